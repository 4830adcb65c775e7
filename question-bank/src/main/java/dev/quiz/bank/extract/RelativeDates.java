package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.AnswerValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates given relative to an unstated day: weekdays ("on Sunday", "Saturday night"), clock
 * times ("at around 10am this morning"), "last night", "yesterday", "a week ago", "the next day",
 * "by mid-morning". They are placed on the calendar only from a known document date, and then only
 * the ones that name a day; otherwise they stay relative.
 */
final class RelativeDates {
  private static final String WD =
      "(?:next\\s+)?(?<wd>"
          + Months.WEEKDAY
          + ")(?:['’]s)?(?:\\s+(?<part>night"
          + "|morning|afternoon|evening|(?:of\\s+)?next\\s+week|next(?!\\s+\\p{L})))?";
  private static final Pattern TIME =
      Regexes.compile(
          "(?:(?:at|by|from|until|At|By)\\s+)?(?:(?:around|about|approximately|roughly)\\s+)?"
              + "(?<rel>\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|AM|PM|a\\.m\\.|p\\.m\\.|A\\.M\\.|P\\.M\\.)|\\d{1,2}\\s"
              + "o['’]clock)(?![a-z])(?:\\s+(?:this "
              + "(?:morning|afternoon|evening)|tonight|last night|on "
              + Months.WEEKDAY
              + "))?");
  private static final Pattern WEEKDAY = Regexes.compile("(?<![\\p{L}])" + WD + "(?![\\p{L}])");

  /** Number words a count before "ago" is made of ("six hundred", "twenty-five"). */
  private static final String COUNT_WORD =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety|hundred|thousand)";

  private static final Pattern PHRASE =
      Regexes.compile(
          "(?i)(?<![\\p{L}\\d,.-])(?<rel>last night|last year|last week|last month|yesterday"
              // "last August": a month of the year before, named
              + "|(?<!the )last (?-i:January|February|March|April|May|June|July|August|September"
              + "|October|November|December)"
              + "|(?:the )?night before last|the (?:next|following|previous) (?:day|morning|night)"
              // "two days ago", "Twenty-five years ago", "one hundred years ago"
              + "|the day before|(?:the )?next year|(?:a|\\d+|"
              + COUNT_WORD
              + "(?:(?:[- ]|\\s+and\\s+)"
              + COUNT_WORD
              + "){0,4}) (?:days?|weeks?|months?|years?) ago)(?![\\p{L}])");

  /**
   * An anniversary: "Six hundred years ago today", "75 years ago today"; placed on the document's
   * date that many years back.
   */
  private static final Pattern ANNIVERSARY =
      Regexes.compile(
          "(?i)(?<![\\p{L}\\d])(?<rel>(?<n>\\d{1,4}|(?:a\\s+)?"
              + COUNT_WORD
              + "(?:(?:[- ]|\\s+and\\s+)"
              + COUNT_WORD
              + "){0,4})\\s+years\\s+ago\\s+today)(?![\\p{L}])");

  private static final Pattern ANNIVERSARY_REL =
      Regexes.compile("(?<n>.+?)\\s+years\\s+ago\\s+today");

  private static final Pattern PART_OF_DAY =
      Regexes.compile(
          "(?<=\\b(?:by|at|until|before|By|At|Until|Before)\\s)(?:the\\s+)?"
              + "(?<rel>mid-morning|morning|afternoon|evening|nightfall|noon|midday|midnight|dawn|dusk"
              // "until the morning of 23 January", "before dawn Tuesday, Jan. 30": the day is the
              // date, asked by itself
              + "|daybreak)\\b(?!\\s+of\\s|,?\\s+(?:on\\s+)?"
              + Months.WEEKDAY
              + ")|\\b(?<rel2>dawn|dusk|midnight)(?=\\s+(?:attack|raid|assault|offensive"
              + "|strike))");

  private static final Pattern POSSESSIVE = Regexes.compile("['’]s\\b");
  private static final Pattern LEADING_THE = Regexes.compile("(?i)^the ");

  /**
   * Words each pattern cannot match without (TIME, PHRASE, WEEKDAY, PART_OF_DAY), so most units
   * skip most patterns; PHRASE is case-insensitive (ASCII) and checked on the lower-cased text.
   */
  private static final List<String> TIME_WORDS =
      List.of("am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M.", "o'clock", "o’clock");

  private static final List<String> PHRASE_WORDS =
      List.of("last", "yesterday", "next", "following", "previous", "day before", " ago");
  private static final List<String> PART_OF_DAY_WORDS =
      List.of(
          "morning",
          "afternoon",
          "evening",
          "nightfall",
          "noon",
          "midday",
          "midnight",
          "dawn",
          "dusk",
          "daybreak");

  /** The patterns, in the order their matches are taken. */
  static final List<Pattern> PATTERNS = List.of(TIME, ANNIVERSARY, PHRASE, WEEKDAY, PART_OF_DAY);

  /** The short counts of "two days ago", "one hundred years ago" (longer words are let through). */
  private static final Set<String> COUNTS =
      Set.of("one", "two", "three", "four", "five", "six", "ten");

  private static final Map<Pattern, Prefixes> STARTS =
      Map.of(
          ANNIVERSARY,
          Prefixes.of(ANNIVERSARY),
          TIME,
          Prefixes.of(TIME),
          PHRASE,
          Prefixes.of(PHRASE),
          WEEKDAY,
          Prefixes.of(WEEKDAY),
          PART_OF_DAY,
          Prefixes.of(PART_OF_DAY));

  /**
   * A match as found, before it is checked against the spans already taken: the whole match [start,
   * end), the date's words [s, e) and the relative expression.
   */
  record Found(int start, int end, int s, int e, String rel) {}

  private RelativeDates() {}

  /** Relative dates in {@code text} outside {@code used}, placed from {@code date} when known. */
  static List<DateParser.Match> find(String text, boolean[] used, Optional<LocalDate> date) {
    return place(text, found(text), used, date);
  }

  /**
   * The {@code found} matches of {@code text} (see {@link #found}) outside {@code used}, which they
   * are added to in turn, placed from {@code date} when known.
   */
  static List<DateParser.Match> place(
      String text, List<Found> found, boolean[] used, Optional<LocalDate> date) {
    List<DateParser.Match> out = new ArrayList<>();
    for (Found f : found) {
      if (DateParser.free(used, f.start(), f.end())) {
        // "it should continue on Wednesday": a day to come, not the last one of its name
        Optional<LocalDate> from =
            date.isPresent()
                    && WEEKDAY_FIRST.matcher(f.rel()).lookingAt()
                    && !f.rel().endsWith("next week")
                    && toCome(text, f.s())
                ? Optional.empty()
                : date;
        out.add(
            new DateParser.Match(f.s(), f.e(), text.substring(f.s(), f.e()), value(f.rel(), from)));
        DateParser.mark(used, f.start(), f.end());
      }
    }
    return out;
  }

  /** A word that puts its clause in time to come: "will", "should", "is due to", "planned". */
  private static final Pattern TO_COME =
      Regexes.compile(
          "(?i)\\b(?:will|shall|should|would|could|may|might|must|going to|due to|expected to"
              + "|scheduled|planned|plans? to|intends? to|propose)\\b|['’]ll\\b");

  private static final Pattern WEEKDAY_FIRST = Regexes.compile(Months.WEEKDAY);

  /** How far back before a day's name {@link #toCome} looks, within its clause. */
  private static final int TO_COME_CHARS = 80;

  /**
   * Whether the clause before {@code i} (back to a sentence mark or semicolon, at most {@value
   * #TO_COME_CHARS} characters) speaks of time to come ({@link #TO_COME}).
   */
  private static boolean toCome(String text, int i) {
    int from = Math.max(0, i - TO_COME_CHARS);
    for (int k = i - 1; k >= from; k--) {
      char c = text.charAt(k);
      if (c == '.' || c == ';' || c == '?' || c == '!') {
        from = k + 1;
        break;
      }
    }
    return TO_COME.matcher(text).region(from, i).find();
  }

  /** Adds the spans of the {@code found} matches to {@code used} as {@link #place} does. */
  static void mark(List<Found> found, boolean[] used) {
    for (Found f : found) {
      if (DateParser.free(used, f.start(), f.end())) {
        DateParser.mark(used, f.start(), f.end());
      }
    }
  }

  /**
   * Every match of the patterns in {@code text}, pattern by pattern, overlapping ones included: the
   * same for every caller, so found once per unit.
   */
  static List<Found> found(String text) {
    List<Found> out = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      if (!mayMatch(p, text)) {
        continue;
      }
      SkipMatcher found = matcher(p, text);
      while (found.find()) {
        Matcher m = found.matcher();
        int s = m.start();
        int e = m.end();
        String rel;
        if (p == WEEKDAY) {
          e = m.end("part") >= 0 ? m.end("part") : m.end("wd");
          rel = POSSESSIVE.matcher(text.substring(s, e)).replaceAll("");
        } else if (p == PART_OF_DAY && m.group("rel2") != null) {
          s = m.start("rel2");
          e = m.end("rel2");
          rel = m.group("rel2");
        } else {
          rel = m.group("rel");
        }
        rel = LEADING_THE.matcher(rel).replaceFirst("");
        out.add(new Found(m.start(), m.end(), s, e, rel));
      }
    }
    return out;
  }

  /** The matches of {@code p} in {@code text}, tried only where they can start. */
  static SkipMatcher matcher(Pattern p, String text) {
    Prefixes starts = STARTS.get(p);
    if (p == TIME) {
      return new SkipMatcher(p, text, i -> starts.at(text, i) && mayStartTime(text, i));
    }
    if (p == PHRASE) {
      return new SkipMatcher(p, text, i -> starts.atWord(text, i) && mayStartPhrase(text, i));
    }
    return new SkipMatcher(p, text, starts);
  }

  /**
   * Whether {@link #TIME} can start at {@code i}, a start of its prefixes: at a digit, one or two
   * digits must be followed by '.' or ':' or by 'a' or 'p', either case (after one white space at
   * most), or by a space and 'o' ("5 o'clock").
   */
  private static boolean mayStartTime(String text, int i) {
    if (!Chars.isDigit(text.charAt(i))) {
      return true;
    }
    for (int k = i + 1; k <= i + 2 && k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '.' || c == ':' || c == 'a' || c == 'p' || c == 'A' || c == 'P') {
        return true;
      }
      if (Chars.isSpace(c)) {
        return Chars.oneOf(text, k + 1, "apAPo");
      }
      if (!Chars.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@link #PHRASE} can start at {@code i}, a word start of its prefixes: "a" or digits
   * must be followed by a space and a unit ("days"), a short count word by a space or hyphen, and
   * "the" by a space and "next", "following", "previous", "day" or "night".
   */
  private static boolean mayStartPhrase(String text, int i) {
    int j = Chars.alnumEnd(text, i);
    if (j == i || j - i > 5 && !Chars.isDigit(text.charAt(i))) {
      return true;
    }
    String w = Chars.asciiLower(text, i, j);
    if (Chars.isDigit(text.charAt(i)) && Chars.digitsEnd(text, i) == j || w.equals("a")) {
      return Chars.oneOf(text, j, " ") && Chars.oneOf(text, j + 1, "dwmyDWMY");
    }
    if (COUNTS.contains(w)) {
      // "two days", "one hundred years", "two-thirds"
      return Chars.oneOf(text, j, " -");
    }
    if (w.equals("the")) {
      return Chars.oneOf(text, j, " ") && Chars.oneOf(text, j + 1, "nfpdNFPD");
    }
    return true;
  }

  /** False when {@code p} cannot match {@code text}: a word every match contains is missing. */
  private static boolean mayMatch(Pattern p, String text) {
    if (p == TIME) {
      return containsAny(text, TIME_WORDS) && Chars.hasDigit(text);
    }
    if (p == PHRASE) {
      return containsAny(text.toLowerCase(Locale.ROOT), PHRASE_WORDS);
    }
    if (p == WEEKDAY) {
      return text.contains("day");
    }
    if (p == ANNIVERSARY) {
      return text.contains(" ago today");
    }
    return containsAny(text, PART_OF_DAY_WORDS);
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static AnswerValue.Date value(String rel, Optional<LocalDate> date) {
    Optional<LocalDate> day = date.flatMap(d -> place(rel.toLowerCase(Locale.ROOT), d));
    if (day.isPresent()) {
      String iso = day.get().toString();
      return new AnswerValue.Date(Optional.of(iso), Optional.of(iso), Optional.of(rel));
    }
    return AnswerValue.Date.relative(rel);
  }

  /** The calendar day of a relative expression seen from the document's date, when it names one. */
  static Optional<LocalDate> place(String rel, LocalDate docDate) {
    if (rel.equals("yesterday") || rel.equals("last night")) {
      return Optional.of(docDate.minusDays(1));
    }
    if (rel.equals("night before last")) {
      return Optional.of(docDate.minusDays(2));
    }
    Matcher years = ANNIVERSARY_REL.matcher(rel);
    if (years.matches()) {
      String n = years.group("n");
      OptionalDouble count =
          Chars.isDigit(n.charAt(0))
              ? OptionalDouble.of(Integer.parseInt(n))
              : NumberWords.cardinal(n.replace(" and ", " "));
      return count.isPresent() && count.getAsDouble() >= 1 && count.getAsDouble() < 5000
          ? Optional.of(docDate.minusYears((long) count.getAsDouble()))
          : Optional.empty();
    }
    if (rel.startsWith("next ") || rel.endsWith(" next")) {
      return Optional.empty(); // "next Friday" said on a Tuesday: this week's or the next?
    }
    if (rel.endsWith("next week")) {
      // "Tuesday of next week": that day of the week after the document's
      for (DayOfWeek d : DayOfWeek.values()) {
        if (rel.startsWith(d.name().toLowerCase(Locale.ROOT))) {
          return Optional.of(
              docDate.plusDays(7L - docDate.getDayOfWeek().getValue() + d.getValue()));
        }
      }
      return Optional.empty();
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (rel.startsWith(d.name().toLowerCase(Locale.ROOT))) {
        int back = (docDate.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        return Optional.of(docDate.minusDays(back));
      }
    }
    return Optional.empty();
  }
}
