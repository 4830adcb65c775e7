package dev.quiz.bank.extract;

import dev.quiz.core.model.AnswerValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final String Y = "(?<y>\\d{4})(?!\\d|,\\d)";
  private static final String Y1 = "(?<y1>\\d{4})";
  private static final String TO = "\\s*(?:–|—|-|to|until|till|and|&)\\s*";
  private static final String PRE = "(?:(?:between|from|Between|From)\\s+)?";

  private static final List<Pattern> PATTERNS =
      List.of(
          // 13 March – 7 May 1954; between 13 March and 7 May 1954
          Pattern.compile(
              PRE + D + "\\s+" + M + "(?:,?\\s+" + Y1 + ")?" + TO + D2 + "\\s+" + M2 + ",?\\s+" + Y,
              Pattern.CASE_INSENSITIVE),
          // November 30December 17, 2001; Nov 30 – Dec 17, 2001
          Pattern.compile(
              PRE
                  + M
                  + "\\s*"
                  + "(?<d>\\d{1,2})(?:,?\\s+"
                  + Y1
                  + ")?"
                  + "\\s*(?:–|—|-|to|until)?\\s*"
                  + M2
                  + "\\s*"
                  + D2
                  + ",?\\s+"
                  + Y,
              Pattern.CASE_INSENSITIVE),
          // 9 to 10 November 2001; 12–13 November; 7 and 8 November
          Pattern.compile(
              PRE + D + TO + D2 + "\\s+" + M + "(?:,?\\s+" + Y + ")?", Pattern.CASE_INSENSITIVE),
          // November 9-10, 2001
          Pattern.compile(
              PRE
                  + M
                  + "\\s+"
                  + "(?<d>\\d{1,2})"
                  + "\\s*(?:–|—|-|to)\\s*"
                  + D2
                  + "(?:,?\\s+"
                  + Y
                  + ")?",
              Pattern.CASE_INSENSITIVE),
          // 2001-11-09
          Pattern.compile("(?<![\\d-])(?<y>\\d{4})-(?<mn>\\d{2})-(?<d>\\d{2})(?![\\d-])"),
          // 9 November 2001; Date2 December 1805
          Pattern.compile(D + "\\s*" + M + "(?:,?\\s+" + Y + ")?", Pattern.CASE_INSENSITIVE),
          // November 9, 2001; Nov. 26; Sept 5
          Pattern.compile(
              M + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)(?:,?\\s+" + Y + ")?",
              Pattern.CASE_INSENSITIVE),
          // November 2001
          Pattern.compile(M + ",?\\s+" + Y, Pattern.CASE_INSENSITIVE),
          // the 1st and 2nd inst.; of the 4th
          Pattern.compile(
              "(?<=\\b(?:of|on|On|Of|,)\\s)the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)"
                  + "(?:\\s+and\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th))?(?:\\s+(?<inst>inst|ult)\\.?)?"),
          Pattern.compile(
              "(?<=\\s)the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)"
                  + "(?:\\s+and\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th))?\\s+(?<inst>inst|ult)\\.?"),
          // in May; in early May
          Pattern.compile(
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

  /** The named groups of each pattern, to ask a match for a group only when it has one. */
  private static final Map<Pattern, Set<String>> GROUPS = groups();

  /** Month names and abbreviations, ASCII case ignored as the patterns ignore it. */
  private static final Prefixes MONTH_NAMES = Prefixes.of(true, Months.MONTH);

  private static final List<String> MONTH_CAPITALS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final Pattern MONTH_WORD =
      Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");

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
    int[] positions = ANY_START.positions(text);
    boolean month = anyMonth(text, positions);
    int first = digits ? 0 : PATTERNS.size() - 1;
    for (int k = first; k < PATTERNS.size(); k++) {
      Pattern p = PATTERNS.get(k);
      if (!month && NEEDS_MONTH.contains(p) || p == ISO && text.indexOf('-') < 0) {
        continue;
      }
      SkipMatcher sm = new SkipMatcher(p, text, positions, STARTS.get(k));
      Matcher m = sm.matcher();
      while (sm.find()) {
        if (free(used, m.start(), m.end())) {
          monthRead |= anchorMonth(m, GROUPS.get(p));
          Optional<AnswerValue.Date> v = value(m, GROUPS.get(p), anchor);
          if (v.isPresent()) {
            out.add(new Match(m.start(), m.end(), text.substring(m.start(), m.end()), v.get()));
            mark(used, m.start(), m.end());
          }
        }
      }
    }
    if (digits) {
      out.addAll(Years.find(text, used, positions));
    }
    out.sort(Comparator.comparingInt(Match::start));
    return new Found(out, monthRead);
  }

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

  private static Map<Pattern, Set<String>> groups() {
    Map<Pattern, Set<String>> out = new HashMap<>();
    for (Pattern p : PATTERNS) {
      Set<String> names = new HashSet<>();
      for (String g : List.of("m", "m2", "mn", "d", "d2", "y", "y1", "inst")) {
        if (p.pattern().contains("(?<" + g + ">")) {
          names.add(g);
        }
      }
      out.put(p, names);
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

  private static Optional<AnswerValue.Date> value(Matcher m, Set<String> groups, Anchor anchor) {
    OptionalInt month = month(m, groups, "m", anchor);
    if (!month.isPresent()) {
      return Optional.empty();
    }
    OptionalInt month2 = has(m, groups, "m2") ? month(m, groups, "m2", anchor) : month;
    if (!month2.isPresent()) {
      return Optional.empty();
    }
    OptionalInt y =
        has(m, groups, "y") ? OptionalInt.of(Integer.parseInt(m.group("y"))) : anchor.year();
    OptionalInt y1 = has(m, groups, "y1") ? OptionalInt.of(Integer.parseInt(m.group("y1"))) : y;
    if (!has(m, groups, "d")) {
      return Optional.of(
          AnswerValue.Date.of(iso(y1, month.getAsInt(), 0), iso(y, month2.getAsInt(), 0)));
    }
    int d = Integer.parseInt(m.group("d"));
    int d2 = has(m, groups, "d2") ? Integer.parseInt(m.group("d2")) : d;
    if (!valid(y1, month.getAsInt(), d) || !valid(y, month2.getAsInt(), d2)) {
      return Optional.empty();
    }
    if (month.getAsInt() == month2.getAsInt() && d2 < d && y1.equals(y)) {
      return Optional.empty();
    }
    return Optional.of(
        AnswerValue.Date.of(iso(y1, month.getAsInt(), d), iso(y, month2.getAsInt(), d2)));
  }

  /** Whether the month of a match is the anchor's: no month is written ("the 6th inst."). */
  private static boolean anchorMonth(Matcher m, Set<String> groups) {
    return !has(m, groups, "mn") && (has(m, groups, "inst") || !has(m, groups, "m"));
  }

  private static OptionalInt month(Matcher m, Set<String> groups, String group, Anchor anchor) {
    if (group.equals("m") && has(m, groups, "mn")) {
      int mn = Integer.parseInt(m.group("mn"));
      return mn >= 1 && mn <= 12 ? OptionalInt.of(mn) : OptionalInt.empty();
    }
    if (group.equals("m") && has(m, groups, "inst")) {
      if (!anchor.month().isPresent()) {
        return OptionalInt.empty();
      }
      int base = anchor.month().getAsInt();
      return OptionalInt.of(m.group("inst").equals("ult") ? (base + 10) % 12 + 1 : base);
    }
    if (group.equals("m") && !has(m, groups, "m")) {
      return anchor.month();
    }
    return Months.number(m.group(group));
  }

  /** Whether the match has {@code group} and it took part in the match. */
  private static boolean has(Matcher m, Set<String> groups, String group) {
    return groups.contains(group) && m.group(group) != null;
  }

  private static boolean valid(OptionalInt year, int month, int day) {
    if (day < 1 || day > 31) {
      return false;
    }
    try {
      LocalDate.of(year.orElse(2000), month, day);
      return day >= 1;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** ISO text: yyyy-mm-dd, yyyy-mm, --mm-dd or --mm (day 0 = no day). */
  static String iso(OptionalInt year, int month, int day) {
    String y = year.isPresent() ? pad(year.getAsInt(), 4) : "-";
    String md = day > 0 ? "-" + pad(month, 2) + "-" + pad(day, 2) : "-" + pad(month, 2);
    return y + md;
  }

  /** {@code n} with leading zeros to {@code width} digits, as {@code %0<width>d} writes it. */
  private static String pad(int n, int width) {
    if (n < 0) {
      return String.format("%0" + width + "d", n);
    }
    String digits = Integer.toString(n);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
