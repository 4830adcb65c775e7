package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds years and year ranges ("in 1998", "2001–2021", "late 2001", "the summer of 1862") and tells
 * them from counts ("2000 Arab fighters") and name disambiguators ("Battle of Kunduz (2016)").
 */
final class Years {
  private static final Pattern RANGE =
      Regexes.compile(
          "(?<![\\d,.$])(?:(?<pre>between|from|Between|From)\\s+)?(?<a>\\d{4})"
              + "\\s*(?<sep>–|—|-|to|and)\\s*(?<b>\\d{4}|\\d{2})(?!\\d|,\\d|\\s*[%°])");
  private static final Pattern SINGLE =
      Regexes.compile(
          "(?<![\\d,.$/£€#-])(?:(?<mod>early|late|mid-|mid|Early|Late|(?:the\\s+)?"
              + "(?:spring|summer|autumn|fall|winter)\\s+of)\\s*)?(?<y>\\d{4})(?![\\d%°]|s\\b|,\\d|\\.\\d|-\\d)");

  /**
   * A year of three digits after a preposition ("in 637", "since 632"), read as one only in a
   * document of the first millennium (see {@link #find}).
   */
  private static final Pattern EARLY =
      Regexes.compile(
          "(?<=\\b(?:in|In|since|Since|by|By|until|Until|from|From|after|After|before|Before"
              + "|during|During|around|circa|c\\.)\\s)(?<y>[1-9]\\d{2})(?![\\d%°]|s\\b|,\\d|\\.\\d|-\\d)");

  /** How far from the document's year a year of three digits may be. */
  private static final int EARLY_WINDOW = 200;

  /** A decade: "the 1820s", "in the early 1990s" (the decade whole), "1960s". */
  private static final Pattern DECADE =
      Regexes.compile(
          "(?<![\\d,.$/£€#-])(?:the\\s+(?:(?:early|late|mid-)\\s*)?)?(?<y>1\\d{2}0|20[0-2]0)s(?![\\p{L}\\d'’])");

  /** The patterns, for where they can start. */
  static final List<Pattern> PATTERNS = List.of(RANGE, SINGLE, DECADE);

  private static final Prefixes DECADE_STARTS = Prefixes.of(DECADE);

  private static final Prefixes RANGE_STARTS = Prefixes.of(RANGE);
  private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "Early", "Late");
  private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");
  private static final Prefixes SINGLE_STARTS = Prefixes.of(SINGLE);
  private static final Pattern RANGE_REST = Regexes.compile("\\s*(?:and|to|-|–|—)\\s*\\d[\\d,]*");
  private static final Pattern SPACES = Regexes.compile("\\s+");
  private static final Pattern NEXT_WORDS =
      Regexes.compile("^\\s+(\\p{L}[\\p{L}-]*)(?:\\s+(\\p{L}[\\p{L}-]*))?");
  private static final Set<String> BEFORE_YEAR =
      Set.of(
          "in",
          "of",
          "since",
          "by",
          "until",
          "till",
          "from",
          "to",
          "during",
          "before",
          "after",
          "early",
          "late",
          "mid",
          "circa",
          "c.",
          "around",
          "the",
          "and",
          "or",
          "between",
          "year",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "(",
          ",",
          "on",
          "than",
          "through",
          "in.",
          // a list's or caption's participle: "launched 1912;", "born 1876"
          "born",
          "died",
          "founded",
          "established",
          "commissioned",
          "launched",
          "completed",
          "built",
          "b.",
          "d.");
  private static final Set<String> NOT_COUNT_NOUNS =
      Set.of(
          "was",
          "has",
          "its",
          "this",
          "his",
          "as",
          "is",
          "plus",
          "thus",
          "less",
          "across",
          "unless",
          "campaigns",
          "elections",
          "olympics",
          "games",
          "riots",
          "protests",
          "attacks",
          "floods",
          "talks",
          "accords",
          "events",
          "agreements",
          "negotiations");

  private Years() {}

  /**
   * Years and year ranges in {@code text} outside {@code used}, which they are added to; only the
   * {@code positions} (ascending) are tried as starts, a superset of where {@link #PATTERNS} can
   * start.
   */
  static List<DateParser.Match> find(
      String text, boolean[] used, int[] positions, DateParser.Anchor anchor) {
    List<DateParser.Match> out = new ArrayList<>();
    if (anchor.year().isPresent() && anchor.year().getAsInt() < 1000) {
      early(text, used, anchor.year().getAsInt(), out);
    }
    SkipMatcher rs = ranges(text, positions);
    while (rs.find()) {
      Matcher r = rs.matcher();
      int a = Integer.parseInt(r.group("a"));
      String bs = r.group("b");
      int b = bs.length() == 2 ? a / 100 * 100 + Integer.parseInt(bs) : Integer.parseInt(bs);
      boolean and = r.group("sep").equals("and");
      if (plausible(a)
          && plausible(b)
          && b > a
          && (!and || r.group("pre") != null)
          && DateParser.free(used, r.start(), r.end())
          && !countFollows(text, r.end())) {
        add(
            out,
            text,
            r.start(),
            r.end(),
            AnswerValue.Date.of(Integer.toString(a), Integer.toString(b)));
        DateParser.mark(used, r.start(), r.end());
      }
    }
    decades(text, used, positions, out);
    SkipMatcher ss = singles(text, positions);
    while (ss.find()) {
      Matcher s = ss.matcher();
      int y = Integer.parseInt(s.group("y"));
      if (plausible(y)
          && DateParser.free(used, s.start(), s.end())
          && (s.group("mod") != null || yearContext(text, s.start("y"), s.end()))) {
        add(out, text, s.start(), s.end(), AnswerValue.Date.of(s.group("y"), s.group("y")));
        DateParser.mark(used, s.start(), s.end());
      }
    }
    return out;
  }

  /**
   * Adds the decades of {@code text} ({@link #DECADE}) outside {@code used}, which they are added
   * to.
   */
  private static void decades(
      String text, boolean[] used, int[] positions, List<DateParser.Match> out) {
    if (text.indexOf("0s") < 0) {
      return;
    }
    SkipMatcher ds = new SkipMatcher(DECADE, text, positions, i -> DECADE_STARTS.at(text, i));
    while (ds.find()) {
      Matcher d = ds.matcher();
      int y = Integer.parseInt(d.group("y"));
      // "(as of the 2020s)": a wiki's note of when it was written, no date of the text
      if (y >= 100
          && DateParser.free(used, d.start(), d.end())
          && !text.startsWith("as of ", Math.max(0, d.start() - 6))) {
        String from = String.format(Locale.ROOT, "%04d", y);
        String to = String.format(Locale.ROOT, "%04d", y + 9);
        add(out, text, d.start(), d.end(), AnswerValue.Date.of(from, to));
        DateParser.mark(used, d.start(), d.end());
      }
    }
  }

  /**
   * Adds the years of three digits of {@code text} ({@link #EARLY}) near {@code year}, the year of
   * a document of the first millennium, that are not counts ("in 300 ships").
   */
  private static void early(String text, boolean[] used, int year, List<DateParser.Match> out) {
    Matcher m = EARLY.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group("y"));
      if (Math.abs(y - year) <= EARLY_WINDOW
          && DateParser.free(used, m.start(), m.end())
          && !countFollows(text, m.end())) {
        String iso = String.format(Locale.ROOT, "%04d", y);
        add(out, text, m.start(), m.end(), AnswerValue.Date.of(iso, iso));
        DateParser.mark(used, m.start(), m.end());
      }
    }
  }

  /**
   * The matches of {@link #RANGE} in {@code text}, tried only at those of the {@code positions}
   * (ascending, a superset of where it can start; null for all) where it can start.
   */
  static SkipMatcher ranges(String text, int[] positions) {
    return new SkipMatcher(
        RANGE, text, positions, i -> RANGE_STARTS.at(text, i) && mayStartRange(text, i));
  }

  /** The matches of {@link #SINGLE} in {@code text}, as {@link #ranges} for {@link #RANGE}. */
  static SkipMatcher singles(String text, int[] positions) {
    return new SkipMatcher(
        SINGLE, text, positions, i -> SINGLE_STARTS.at(text, i) && mayStartSingle(text, i));
  }

  /**
   * Whether {@link #RANGE} can start at {@code i}, a start of its prefixes: four digits (and no
   * more) with no digit, ',', '.' or '$' before, or a word ("between"), white space and four
   * digits.
   */
  private static boolean mayStartRange(String text, int i) {
    if (Chars.isDigit(text.charAt(i))) {
      return !Chars.oneOf(text, i - 1, "0123456789,.$") && Chars.digitsAt(text, i, 4);
    }
    int j = Chars.asciiLettersEnd(text, i);
    int k = Chars.spacesEnd(text, j);
    return k > j && Chars.digitsAt(text, k, 4);
  }

  /**
   * Whether {@link #SINGLE} can start at {@code i}, a start of its prefixes: four digits (and no
   * more) with none of its marks before, or a modifier ("early", "mid-", "the summer of") and then
   * four digits.
   */
  private static boolean mayStartSingle(String text, int i) {
    if (Chars.isDigit(text.charAt(i))) {
      return !Chars.oneOf(text, i - 1, "0123456789,.$/£€#-") && Chars.digitsAt(text, i, 4);
    }
    int j = Chars.asciiLettersEnd(text, i);
    String w = text.substring(i, j);
    if (w.equals("the")) {
      int k = Chars.spacesEnd(text, j);
      return k > j && seasonOfYear(text, k);
    }
    if (SEASONS.contains(w)) {
      return seasonOfYear(text, i);
    }
    int k = w.equals("mid") && Chars.oneOf(text, j, "-") ? j + 1 : j;
    return MODIFIERS.contains(w) && Chars.digitsAt(text, Chars.spacesEnd(text, k), 4);
  }

  /** Whether a season, white space, "of" and a year start at {@code i}: "summer of 1862". */
  private static boolean seasonOfYear(String text, int i) {
    int j = Chars.asciiLettersEnd(text, i);
    if (!SEASONS.contains(text.substring(i, j))) {
      return false;
    }
    int k = Chars.spacesEnd(text, j);
    return k > j
        && text.startsWith("of", k)
        && Chars.digitsAt(text, Chars.spacesEnd(text, k + 2), 4);
  }

  private static void add(
      List<DateParser.Match> out, String text, int s, int e, AnswerValue.Date v) {
    out.add(new DateParser.Match(s, e, text.substring(s, e), v));
  }

  private static boolean plausible(int y) {
    return y >= 1000 && y <= 2100;
  }

  private static boolean yearContext(String text, int start, int end) {
    if (countFollows(text, rangeEnd(text, end))
        || disambiguator(text, start, end)
        || CLOCK.matcher(text).region(end, text.length()).lookingAt()) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 30), start).trim();
    if (before.isEmpty()) {
      return true;
    }
    if (before.endsWith("'s")
        || before.endsWith("’s")
        || before.endsWith("(")
        || before.endsWith(",")) {
      return true;
    }
    String[] words = SPACES.split(before);
    return BEFORE_YEAR.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** After four digits, what makes them a time of day: "2100 GMT", "0600 hours", "1400 local". */
  private static final Pattern CLOCK =
      Regexes.compile("\\s*(?:GMT|UTC|Zulu|hrs\\b|hours\\b|h\\b|local\\b)");

  /** The end of "2000 and 3000" when a range of numbers continues after {@code end}. */
  static int rangeEnd(String text, int end) {
    Matcher m = RANGE_REST.matcher(text).region(end, text.length());
    return m.lookingAt() ? m.end() : end;
  }

  /** "Battle of Kunduz (2016)": a year in brackets right after a name tells which one is meant. */
  private static boolean disambiguator(String text, int start, int end) {
    if (start < 2
        || end >= text.length()
        || text.charAt(start - 1) != '('
        || text.charAt(end) != ')') {
      return false;
    }
    String before = text.substring(Math.max(0, start - 40), start - 1).trim();
    String[] words = SPACES.split(before);
    String last = words[words.length - 1];
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0));
  }

  /** A count, not a year, when a plural noun follows: "2000 Arab fighters", "1500 men". */
  static boolean countFollows(String text, int end) {
    Matcher w = NEXT_WORDS.matcher(text.substring(end, Math.min(text.length(), end + 60)));
    if (!w.find()) {
      return false;
    }
    String first = w.group(1);
    if (plural(first)) {
      return true;
    }
    return Character.isUpperCase(first.charAt(0)) && w.group(2) != null && plural(w.group(2));
  }

  private static boolean plural(String word) {
    return word.length() > 3
            && Character.isLowerCase(word.charAt(0))
            && word.endsWith("s")
            && !word.endsWith("ss")
            && !NOT_COUNT_NOUNS.contains(word)
        || word.equals("men")
        || word.equals("people")
        || word.equals("troops");
  }
}
