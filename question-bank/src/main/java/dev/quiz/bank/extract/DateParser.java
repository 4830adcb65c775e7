package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds calendar dates in a text: single days, day and month ranges, months, years and year ranges,
 * in day-month and month-day order, ISO, and "the 6th inst.". Stateless, thread-safe.
 */
final class DateParser {
  /** A date found: [start, end) in the text, the words, the value. */
  record Match(int start, int end, String text, AnswerValue.Date value) {}

  /**
   * The dates of a text, and whether a month was taken from the anchor ("the 6th inst."): when not,
   * they are the same for every anchor with the same year.
   */
  record Found(List<Match> matches, boolean anchorMonthRead) {
    Found {
      matches = Collections.unmodifiableList(new ArrayList<>(matches));
    }
  }

  /** What completes a partial date: the year and month the document is about. */
  record Anchor(OptionalInt year, OptionalInt month) {
    static final Anchor NONE = new Anchor(OptionalInt.empty(), OptionalInt.empty());
  }

  private static final String M = "(?<m>" + Months.MONTH + ")";
  private static final String M2 = "(?<m2>" + Months.MONTH + ")";
  private static final String D = "(?<![\\d,.])(?<d>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String D2 = "(?<d2>\\d{1,2})(?:st|nd|rd|th)?";

  /**
   * A year: four digits, or three ("August 636"; see {@link #threeDigitYear} for when), or two ("17
   * Sep 44", "June '44"; see {@link #twoDigitYear}).
   */
  private static final String Y = "(?<y>\\d{4}|[1-9]\\d{2}|['’]?\\d{2})(?!\\d|,\\d)";

  private static final String Y1 = "(?<y1>\\d{4})";
  private static final String TO = "\\s*(?:–|—|-|to|until|till|and|&|or)\\s*";
  private static final String PRE = "(?:(?:between|from|Between|From)\\s+)?";

  /**
   * The Old Style day in brackets between a day and its year: "7 September [O.S. 26 August] 1812".
   */
  private static final String OLD_STYLE =
      "(?:\\s*\\[(?:O\\.S\\.|N\\.S\\.)\\s[^\\]\\n]{1,30}\\]|\\s*\\((?:O\\.S\\.|N\\.S\\.)\\))?";

  /** What an ordinal before it names: "the 23rd Battalion", "the 38th parallel". */
  private static final String UNIT_NOUN =
      "(?:[Bb]attalion|[Rr]egiment|[Dd]ivision|[Bb]rigade|[Cc]orps|[Aa]rmy|[Ii]nfantry|[Cc]avalry"
          + "|[Aa]rtillery|[Cc]ompany|[Ss]quadron|[Ff]leet|[Ff]oot|[Pp]arallel|[Cc]entury|Light"
          + "|Dragoons|Hussars|Lancers|Rifles|Marines|Airborne|Parachute|Punjab"
          // what else an ordinal counts: "of the 9th month", "the 25th anniversary"
          + "|[Mm]onth|[Yy]ear|[Ww]eek|[Aa]nniversary|[Bb]irthday|[Tt]ime|[Hh]our|[Mm]inute"
          + "|[Gg]eneration|[Pp]lace|[Rr]ound|[Ff]loor|[Gg]rade)\\b";

  static final List<Pattern> PATTERNS =
      List.of(
          // 13 March – 7 May 1954; between 13 March and 7 May 1954; from 23 October to 4 November
          // (without a year only as a range: see yearlessRange)
          Regexes.compile(
              PRE
                  + D
                  + "\\s+"
                  + M
                  + "(?:,?\\s+"
                  + Y1
                  + ")?"
                  + TO
                  + D2
                  + "\\s+"
                  + M2
                  + "(?:,?\\s+"
                  + Y
                  + ")?",
              Pattern.CASE_INSENSITIVE),
          // November 30December 17, 2001; Nov 30 – Dec 17, 2001
          Regexes.compile(
              PRE
                  + M
                  + "\\s*"
                  + "(?<d>\\d{1,2})(?:,?\\s+"
                  + Y1
                  + ")?"
                  + "\\s*(?:–|—|-|to|until|till|and|&)?\\s*"
                  + M2
                  + "\\s*"
                  + D2
                  + "(?:st|nd|rd|th)?(?:,?\\s+"
                  + Y
                  + ")?",
              Pattern.CASE_INSENSITIVE),
          // 9 to 10 November 2001; 12–13 November; 7 and 8 November
          Regexes.compile(
              PRE + D + TO + D2 + "\\s+" + M + "(?:,?\\s+" + Y + ")?", Pattern.CASE_INSENSITIVE),
          // November 9-10, 2001; June 25 and 26, 1876 ("and" only before a year)
          Regexes.compile(
              PRE
                  + M
                  + "\\s+"
                  + "(?<d>\\d{1,2})"
                  + "\\s*(?:–|—|-|to|(?:and|&)(?=\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)))\\s*"
                  + D2
                  + "(?:,?\\s+"
                  + Y
                  + ")?",
              Pattern.CASE_INSENSITIVE),
          // 2001-11-09
          Regexes.compile("(?<![\\d-])(?<y>\\d{4})-(?<mn>\\d{2})-(?<d>\\d{2})(?![\\d-])"),
          // 9 November 2001; Date2 December 1805
          Regexes.compile(
              D + "\\s*" + M + OLD_STYLE + "(?:,?\\s+" + Y + ")?", Pattern.CASE_INSENSITIVE),
          // November 9, 2001; Nov. 26; Sept 5
          Regexes.compile(
              M
                  + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)"
                  + OLD_STYLE
                  + "(?:,?\\s+"
                  + Y
                  + ")?",
              Pattern.CASE_INSENSITIVE),
          // November 2001
          Regexes.compile(M + ",?\\s+" + Y, Pattern.CASE_INSENSITIVE),
          // the 1st and 2nd inst.; of the 4th; "the 2d inst." as the 1860s wrote it
          Regexes.compile(
              "(?<=\\b(?:of|on|On|Of|,)\\s)the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th|d)"
                  // "of the 23rd Battalion", "the 38th parallel": a name's number, no day
                  + "(?!\\s+"
                  + UNIT_NOUN
                  + ")"
                  + "(?:\\s+and\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th|d))?(?:\\s+(?<inst>inst|ult)\\.?)?"),
          // the 6th inst.; the 10th of this instant; the 30th ultimo
          Regexes.compile(
              "(?<=\\s)the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th|d)"
                  + "(?:\\s+and\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th|d))?\\s+(?:of\\s+(?:this\\s+)?)?"
                  + "(?<inst>inst|ult)(?:\\.|ant\\b|imo\\b)?"),
          // in May; in early May
          Regexes.compile(
              "(?<=\\b(?:in|In|during|During|by|By|since|Since|until|of|Of)\\s)"
                  + "(?:(?:early|late|mid-?)\\s*)?"
                  + M
                  + "(?![\\s.]*\\d)"));

  /** Where each pattern can start, in the order of the patterns. */
  private static final List<Prefixes> STARTS = PATTERNS.stream().map(Prefixes::of).toList();

  /** Where any of the patterns or those of {@link Years} can start. */
  private static final Prefixes ANY_START =
      Prefixes.ofAny(
          java.util.stream.Stream.concat(PATTERNS.stream(), Years.PATTERNS.stream()).toList());

  /** The patterns that only match around a month name (the ISO and "the 6th inst." ones do not). */
  private static final Set<Pattern> NEEDS_MONTH =
      Set.of(
          PATTERNS.get(0),
          PATTERNS.get(1),
          PATTERNS.get(2),
          PATTERNS.get(3),
          PATTERNS.get(5),
          PATTERNS.get(6),
          PATTERNS.get(7),
          PATTERNS.get(10));

  private static final Pattern ISO = PATTERNS.get(4);

  /**
   * Two months of one year, written as a range or coordinated: "April and May 1967", "from June to
   * August 1944", "December 1941 – February 1942". Read before {@link #PATTERNS}, whose "May 1967"
   * would take the second month alone.
   */
  static final Pattern MONTH_RANGE =
      Regexes.compile(
          "(?<![\\p{L}\\d])"
              + PRE
              + M
              + "(?:,?\\s+"
              + Y1
              + ")?\\s*(?:–|—|-|to|until|till|and|&|or)\\s*"
              + M2
              + ",?\\s+"
              + Y);

  private static final Prefixes MONTH_RANGE_STARTS = Prefixes.of(MONTH_RANGE);

  /**
   * A month, or two, that opens a timeline's entry before its dash or colon: "July – Russian troops
   * cross the Pruth", "May–June – Russian forces besiege Silistra", "March: the siege begins".
   */
  private static final Pattern LEADING_MONTH =
      Regexes.compile(
          "(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?"
              + M
              + "(?:\\s*[–—-]\\s*"
              + M2
              + ")?(?=\\s+[–—-]\\s|:\\s)");

  private static final Set<String> LEADING_MONTH_GROUPS = DateValues.groups(LEADING_MONTH);

  private static final Set<String> MONTH_RANGE_GROUPS = DateValues.groups(MONTH_RANGE);

  /** "the 24th of June, 1916"; "the 31st of August and the 1st of September". */
  private static final Pattern ORDINAL_OF =
      Regexes.compile(
          "(?<![\\p{L}\\d])(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+"
              + M
              + "(?:\\s+(?:and|to)\\s+(?:the\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+"
              + M2
              + ")?"
              + "(?:,?\\s+"
              + Y
              + ")?",
          Pattern.CASE_INSENSITIVE);

  /**
   * Date forms read before {@link #PATTERNS}: {@link #ORDINAL_OF}, and day/month/year in digits
   * when the day is past 12 ("18/11/1916", "11/18/1916"); "5/6/1916" could be either and is no
   * date.
   */
  private static final List<Pattern> OTHER =
      List.of(
          ORDINAL_OF,
          Regexes.compile(
              "(?<![\\d/])(?<d>1[3-9]|2\\d|3[01])/(?<mn>0?[1-9]|1[0-2])/(?<y>\\d{4})(?![\\d/])"),
          Regexes.compile(
              "(?<![\\d/])(?<mn>0?[1-9]|1[0-2])/(?<d>1[3-9]|2\\d|3[01])/(?<y>\\d{4})(?![\\d/])"));

  private static final Map<Pattern, Set<String>> OTHER_GROUPS =
      OTHER.stream().collect(Collectors.toMap(p -> p, DateValues::groups));

  /** The named groups of each pattern, to ask a match for a group only when it has one. */
  private static final Map<Pattern, Set<String>> GROUPS =
      PATTERNS.stream().collect(Collectors.toMap(p -> p, DateValues::groups));

  /** Month names and abbreviations, ASCII case ignored as the patterns ignore it. */
  private static final Prefixes MONTH_NAMES = Prefixes.of(true, Months.MONTH);

  private static final List<String> MONTH_CAPITALS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final Pattern MONTH_WORD =
      Regexes.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");

  private DateParser() {}

  /** The calendar dates in {@code text}, in text order, not overlapping. */
  static List<Match> absolute(String text, Anchor anchor) {
    return find(text, anchor).matches();
  }

  /** The calendar dates in {@code text}, and whether the anchor's month was read. */
  static Found find(String text, Anchor anchor) {
    boolean[] used = new boolean[text.length()];
    List<Match> out = new ArrayList<>();
    boolean monthRead = false;
    boolean digits = hasDigit(text);
    if (!digits && !monthWord(text)) {
      return new Found(out, false);
    }
    if (digits) {
      out.addAll(MilitaryDates.find(text, used, anchor.year()));
      out.addAll(Eras.find(text, used));
      monthRead |= findOther(text, used, anchor, out);
    }
    int[] positions = ANY_START.positions(text);
    boolean month = anyMonth(text, positions);
    if (month) {
      int at = itemStart(text);
      Matcher lead = LEADING_MONTH.matcher(text).useTransparentBounds(true);
      if (lead.region(at, text.length()).lookingAt()) {
        monthRead |= take(lead, LEADING_MONTH_GROUPS, text, used, anchor, out);
      }
    }
    if (digits && month) {
      SkipMatcher sm =
          new SkipMatcher(MONTH_RANGE, text, positions, i -> MONTH_RANGE_STARTS.at(text, i));
      while (sm.find()) {
        monthRead |= take(sm.matcher(), MONTH_RANGE_GROUPS, text, used, anchor, out);
      }
    }
    int first = digits ? 0 : PATTERNS.size() - 1;
    for (int k = first; k < PATTERNS.size(); k++) {
      Pattern p = PATTERNS.get(k);
      if (!month && NEEDS_MONTH.contains(p) || p == ISO && text.indexOf('-') < 0) {
        continue;
      }
      SkipMatcher sm = matcher(k, text, positions);
      while (sm.find()) {
        monthRead |= take(sm.matcher(), GROUPS.get(p), text, used, anchor, out);
      }
    }
    if (digits) {
      out.addAll(Years.find(text, used, positions, anchor));
    }
    out.sort(Comparator.comparingInt(Match::start));
    return new Found(out, monthRead);
  }

  /**
   * Adds to {@code out} the dates of {@link #OTHER} forms ("the 24th of June, 1916", "18/11/1916")
   * in the free parts of {@code text}; true when one of them gives the month the document is about.
   */
  private static boolean findOther(String text, boolean[] used, Anchor anchor, List<Match> out) {
    boolean monthRead = false;
    for (Pattern p : OTHER) {
      if (p == ORDINAL_OF ? !ordinalOf(text) : text.indexOf('/') < 0) {
        continue;
      }
      Matcher m = p.matcher(text);
      while (m.find()) {
        monthRead |= take(m, OTHER_GROUPS.get(p), text, used, anchor, out);
      }
    }
    return monthRead;
  }

  /**
   * Adds the date of match {@code m} to {@code out} and marks its characters used, when they are
   * free and it has a value; true when it gives the month the document is about.
   */
  private static boolean take(
      Matcher m, Set<String> groups, String text, boolean[] used, Anchor anchor, List<Match> out) {
    if (!free(used, m.start(), m.end())) {
      return false;
    }
    if ((m.pattern() == PATTERNS.get(0) || m.pattern() == PATTERNS.get(1))
        && !yearlessRange(m, text)) {
      return false;
    }
    if (text.regionMatches(true, m.start(), "from ", 0, 5) && changedFrom(text, m.start())) {
      return false; // "put back from 29 June to 1 July": two dates, the old and the new
    }
    String y = groups.contains("y") ? m.group("y") : null;
    if (y != null
        && y.length() < 4
        && (y.length() == 3 && Chars.isDigit(y.charAt(0))
            ? !threeDigitYear(text, m.end("y"), anchor)
            : !twoDigitYear(text, m.start("y"), m.end("y"), anchor))) {
      // two or three digits that are no year: the date before them, if the pattern has one
      // without it
      int end = m.start("y");
      while (end > m.start()
          && (Chars.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
        end--;
      }
      Matcher shorter = m.pattern().matcher(text).useTransparentBounds(true).region(m.start(), end);
      return shorter.lookingAt()
          && shorter.end() == end
          && take(shorter, groups, text, used, anchor, out);
    }
    boolean monthRead = DateValues.anchorMonth(m, groups);
    Optional<AnswerValue.Date> v = DateValues.of(m, groups, anchor);
    if (v.isPresent()) {
      out.add(new Match(m.start(), m.end(), text.substring(m.start(), m.end()), v.get()));
      mark(used, m.start(), m.end());
    }
    return monthRead;
  }

  /** A change of date before "from": "was put back from 29 June to 1 July", "postponed". */
  private static final Pattern CHANGED =
      Regexes.compile(
          "(?i)\\b(?:postponed|put back|pushed back|put off|delayed|moved|brought forward"
              + "|rescheduled|changed|deferred|advanced)\\s+$");

  /** Whether a change of date ends right before {@code from}, its "from". */
  private static boolean changedFrom(String text, int from) {
    int start = Math.max(0, from - 24);
    return CHANGED.matcher(text).region(start, from).find();
  }

  /** Where a line's text starts after a list item's bullet ("* ", "- ", "• "), if any. */
  private static int itemStart(String text) {
    int i = 0;
    if (!text.isEmpty() && "*-•–".indexOf(text.charAt(0)) >= 0) {
      i = Chars.spacesEnd(text, 1);
      return i > 1 ? i : 0;
    }
    return 0;
  }

  /**
   * Whether a match of a range of two months' days ({@code PATTERNS} 0 and 1) is one: with its year
   * after a dash, "to", "until" or "and" ("7 and 8 November 1942" counts its days as one range);
   * without it after a dash, "to" or "until" ("from October 23 to November 4"), or "and" after
   * "between". "on 5 May and 7 June" is two days, read one by one; so is "May 2 and May 6, 1943"
   * (month-first days coordinated are written "May 2 and 6").
   */
  private static boolean yearlessRange(Matcher m, String text) {
    boolean dayFirst = m.pattern() == PATTERNS.get(0);
    int from = m.end("y1") >= 0 ? m.end("y1") : dayFirst ? m.end("m") : m.end("d");
    int to = dayFirst ? m.start("d2") : m.start("m2");
    String sep = text.substring(from, to).trim().toLowerCase(Locale.ROOT);
    boolean and = sep.equals("and") || sep.equals("&");
    boolean between = text.regionMatches(true, m.start(), "between", 0, 7);
    if (and) {
      return between || dayFirst && m.group("y") != null;
    }
    return m.group("y") != null || m.group("y1") == null && !sep.isEmpty();
  }

  /** Whether an ordinal's suffix comes before " of " in {@code text}, as in "the 24th of June". */
  private static boolean ordinalOf(String text) {
    for (int i = text.indexOf(" of "); i >= 0; i = text.indexOf(" of ", i + 1)) {
      if (i < 3) {
        continue;
      }
      char c = text.charAt(i - 1);
      if ((c == 'h' || c == 't' || c == 'd') && Chars.isDigit(text.charAt(i - 3))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The matches of pattern {@code k} in {@code text}, tried only at those of the {@code positions}
   * (ascending, a superset of where it can start; null for all) where it can start.
   */
  static SkipMatcher matcher(int k, String text, int[] positions) {
    Prefixes starts = STARTS.get(k);
    return new SkipMatcher(
        PATTERNS.get(k), text, positions, i -> starts.at(text, i) && mayStart(k, text, i));
  }

  /**
   * Whether pattern {@code k} can start at {@code i}, a start of its prefixes: a day's one or two
   * digits (see {@link #dayFirst}), a month before a day or year (see {@link #monthFirst}), an ISO
   * date's four digits and '-', "the" and white space before a digit, white space before the month
   * of "in May".
   */
  private static boolean mayStart(int k, String text, int i) {
    char c = text.charAt(i);
    if (k == 0 || k == 2 || k == 5) {
      return !Chars.isDigit(c)
          || dayFirst(text, i, k == 2 ? "–—-&" : "") && !(k == 2 && numbered(text, i));
    }
    if (k == 1 || k == 3 || k == 6 || k == 7) {
      return monthFirst(text, i, k == 7);
    }
    if (k == 4) {
      return !Chars.oneOf(text, i - 1, "0123456789-")
          && Chars.digitsAt(text, i, 4)
          && Chars.oneOf(text, i + 4, "-");
    }
    if (k == 8 || k == 9) {
      int j = Chars.spacesEnd(text, i + 3);
      return j > i + 3 && j < text.length() && Chars.isDigit(text.charAt(j));
    }
    return k != 10 || i > 0 && Chars.isSpace(text.charAt(i - 1));
  }

  /**
   * Whether a day can start at {@code i}: one or two digits (no more, and no digit, ',' or '.'
   * before), then after any white space a letter (an ordinal suffix, a month, "to") or one of
   * {@code marks}.
   */
  /**
   * Whether the digits at {@code i} follow a word that numbers something ({@link
   * NumberExtractor#STRUCTURE_WORDS}): "Stop 2 — 6 August 1945" is stop 2 of a tour, then a date,
   * not the days 2 to 6.
   */
  private static boolean numbered(String text, int i) {
    int end = i;
    while (end > 0 && Chars.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end == i) {
      return false;
    }
    int start = end;
    while (start > 0 && !Chars.isSpace(text.charAt(start - 1))) {
      start--;
    }
    return NumberExtractor.STRUCTURE_WORDS.contains(
        text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static boolean dayFirst(String text, int i, String marks) {
    int j = Chars.digitsEnd(text, i);
    if (Chars.oneOf(text, i - 1, "0123456789,.") || j - i > 2) {
      return false;
    }
    int k = Chars.spacesEnd(text, j);
    return k < text.length()
        && (Chars.isAsciiLetter(text.charAt(k)) || Chars.oneOf(text, k, marks));
  }

  /**
   * Whether a month can start at {@code i} with a day after it (after a '.' and white space), or
   * with a year after it (after a '.', a ',' and white space; two digits or more, maybe after an
   * apostrophe) when {@code year}; "between" and "from" are let through.
   */
  private static boolean monthFirst(String text, int i, boolean year) {
    int j = Chars.asciiLettersEnd(text, i);
    String w = Chars.asciiLower(text, i, j);
    if (w.equals("between") || w.equals("from")) {
      return true;
    }
    j = Chars.oneOf(text, j, ".") ? j + 1 : j;
    if (!year) {
      int k = Chars.spacesEnd(text, j);
      return k < text.length() && Chars.isDigit(text.charAt(k));
    }
    j = Chars.oneOf(text, j, ",") ? j + 1 : j;
    int k = Chars.spacesEnd(text, j);
    return k > j
        && (Chars.digitsAt(text, k, 4)
            || Chars.digitsAt(text, k, 3)
            || Chars.digitsAt(text, k, 2)
            || Chars.oneOf(text, k, "'’") && Chars.digitsAt(text, k + 1, 2));
  }

  /**
   * Whether the three digits of a year that end at {@code end} are one: in a document of the first
   * millennium (its year, the anchor's, is below 1000), or in one whose year is not known when no
   * word follows ("15–20 August 636" in an infobox, not "November 9, 300 soldiers").
   */
  private static boolean threeDigitYear(String text, int end, Anchor anchor) {
    if (anchor.year().isPresent()) {
      return anchor.year().getAsInt() < 1000;
    }
    int k = Chars.spacesEnd(text, end);
    return k >= text.length() || !Character.isLetter(text.charAt(k));
  }

  /**
   * Whether the two digits of a year at [start, end), maybe after an apostrophe, are one: only in a
   * document whose year is known and within {@link #TWO_DIGIT_SPAN} years of the year they give in
   * its century ("17 Sep 44" in a war diary of 1944); digits alone must follow the day and month
   * after white space, not a comma, and not be followed by a word in lower case ("on 12 November 44
   * men died").
   */
  private static boolean twoDigitYear(String text, int start, int end, Anchor anchor) {
    if (!anchor.year().isPresent()) {
      return false;
    }
    String y = text.substring(start, end);
    int full = DateValues.year(y, anchor);
    if (Math.abs(full - anchor.year().getAsInt()) > TWO_DIGIT_SPAN) {
      return false;
    }
    if (!Chars.isDigit(y.charAt(0))) {
      return true;
    }
    int b = start;
    while (b > 0 && Chars.isSpace(text.charAt(b - 1))) {
      b--;
    }
    if (b == start || b > 0 && text.charAt(b - 1) == ',') {
      return false;
    }
    int k = Chars.spacesEnd(text, end);
    return k >= text.length() || !Character.isLowerCase(text.charAt(k));
  }

  /** How far from the document's year a year of two digits may be. */
  private static final int TWO_DIGIT_SPAN = 20;

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (SkipMatcher.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a month name (in any case) starts at one of the {@code positions}. */
  private static boolean anyMonth(String text, int[] positions) {
    for (int i : positions) {
      if (MONTH_NAMES.at(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalized month name starts a word (only such a month can date a digitless unit).
   */
  private static boolean monthWord(String text) {
    for (String m : MONTH_CAPITALS) {
      if (text.contains(m)) {
        return MONTH_WORD.matcher(text).find();
      }
    }
    return false;
  }

  /**
   * The matches of {@code m} outside {@code used} that {@code value} gives a date, in text order;
   * their characters are added to {@code used}.
   */
  static List<Match> takeFree(
      Matcher m,
      boolean[] used,
      java.util.function.Function<Matcher, java.util.Optional<AnswerValue.Date>> value) {
    List<Match> out = new ArrayList<>();
    while (m.find()) {
      if (!free(used, m.start(), m.end())) {
        continue;
      }
      java.util.Optional<AnswerValue.Date> v = value.apply(m);
      if (v.isPresent()) {
        out.add(new Match(m.start(), m.end(), m.group(), v.get()));
        mark(used, m.start(), m.end());
      }
    }
    return out;
  }

  static boolean free(boolean[] used, int s, int e) {
    for (int i = s; i < e; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  static void mark(boolean[] used, int s, int e) {
    for (int i = s; i < e; i++) {
      used[i] = true;
    }
  }
}
