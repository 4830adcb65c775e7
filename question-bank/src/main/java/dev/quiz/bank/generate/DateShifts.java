package dev.quiz.bank.generate;

import dev.quiz.bank.text.Regexes;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wrong but plausible dates written like the answer: other days of the same month, other months,
 * other years, other weekdays or times of day.
 */
final class DateShifts {
  /**
   * A year: four digits, or fewer with an era ("216 BC", "476 AD"), or two that end a date of day
   * and month or follow an apostrophe ("17 Sep 44", "June '44"; not the day of "Oct. 31").
   */
  private static final Pattern YEAR =
      Regexes.compile(
          "(?<!\\d)(?:\\d{4}(?!\\d)|\\d{1,3}(?=\\s?(?:BCE?|B\\.C\\.|AD|CE)(?!\\p{L})))"
              + "|\\d{2}$(?<=\\d\\s\\p{L}{3,9}\\.?\\s\\d{2})|\\d{2}(?<=['’]\\d{2})(?!\\d)");

  private static final Pattern DAY =
      Regexes.compile("(?<![\\d,.])\\d{1,2}(?=(?:st|nd|rd|th)?(?!\\d))");
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final Pattern MONTH =
      Regexes.compile(
          "\\b(?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b");
  private static final Pattern WEEKDAY =
      Regexes.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** The hour of a clock time ("6" of "6.30pm", never its minutes). */
  private static final Pattern CLOCK =
      Regexes.compile(
          "(?<![\\d.:])(\\d{1,2})(?=(?:[.:]\\d{2})?\\s?(?:am|pm|AM|PM|a\\.m\\.|p\\.m\\.|A\\.M\\.|P\\.M\\.))");

  /** A clock time: its hour, its minutes and space (":30 "), its half of the day ("a.m."). */
  private static final Pattern CLOCK_TIME =
      Regexes.compile(
          "(?<![\\d.:])(\\d{1,2})((?:[.:]\\d{2})?\\s?)(am|pm|AM|PM|a\\.m\\.|p\\.m\\.|A\\.M\\.|P\\.M\\.)");

  /*
   * Shifts per place the answer should take among the four sorted choices (earliest to latest;
   * see Distractors#place), each going on with others for when the first are refused. Weekdays go
   * round the week, so they have no order to give away.
   */
  private static final int[][] CLOCK_SHIFTS = {
    {2, 4, 3, 1}, {-1, 2, 4, -3}, {-3, -1, 2, 4}, {-3, -1, -2, -4}
  };
  private static final int[] FALLBACK_CLOCK_SHIFTS = {-2, 1, -4, 3, -5, 5, -6, 6};
  private static final int[] WEEKDAY_SHIFTS = {-1, -2, 2, 3};
  private static final int[][] DAY_SHIFTS = {
    {3, 5, 7, 2, 10, -2}, {-2, 3, 5, -4, 7, 10}, {-4, -2, 3, -6, 5, 7}, {-5, -3, -2, -6, -8, 2}
  };

  /** Tried when a place's day shifts leave the month too often for three choices. */
  private static final int[] FALLBACK_DAY_SHIFTS = {-3, -4, -5, -6, -7, -8, 4, 6, 8, 9, -9, -10};

  private static final int[][] YEAR_SHIFTS = {
    {1, 3, 2, 5, 4, -1}, {-2, 1, 3, -1, 2, 5}, {-2, -1, 2, -4, 1, 3}, {-3, -1, -2, -4, -5, 1}
  };
  private static final int[][] MONTH_SHIFTS = {
    {1, 2, 3, -1, -2}, {-1, 1, 2, -2, 3}, {-2, -1, 1, -3, 2}, {-3, -2, -1, 1, 2}
  };

  private DateShifts() {}

  /**
   * Offers candidate wrong dates for {@code answer} to {@code full}, best first, until it answers
   * true (it wants no more); there may be none, and the answer itself may be among them. {@code
   * place} (0 to 3) is where the answer should sort among four choices.
   */
  static void offer(String answer, int place, Predicate<String> full) {
    if (CLOCK.matcher(answer).find()) {
      // late or early in the day the place's shifts may leave it: others follow
      for (int[] shifts : new int[][] {CLOCK_SHIFTS[place], FALLBACK_CLOCK_SHIFTS}) {
        for (int k : shifts) {
          String moved = shiftHours(answer, k);
          if (!moved.isEmpty() && full.test(moved)) {
            return;
          }
        }
      }
    } else if (WEEKDAY.matcher(answer).find()
        && !YEAR.matcher(answer).find()
        && !MONTH.matcher(answer).find()) {
      // "Thursday, the 18th inst.": the day moves with its weekday
      boolean day = DAY.matcher(answer).find();
      for (int k : WEEKDAY_SHIFTS) {
        String moved = day ? shiftDays(answer, k) : answer;
        if (!moved.isEmpty() && full.test(shiftWeekdays(moved, k))) {
          return;
        }
      }
    } else if (MONTH.matcher(answer).find() && DAY.matcher(stripYears(answer)).find()) {
      // a range moves by more than its length, or a choice would overlap the answer: "13 March –
      // 7 May 1954" by whole spans of months first, "6–10 August" by spans of days, then months
      int months = span(MONTH, answer, DateShifts::month, MONTHS.length);
      int days = daySpan(answer);
      if (months > 0) {
        for (int k : MONTH_SHIFTS[place]) {
          String s = shiftMonths(answer, k * (months + 1));
          if (!s.isEmpty() && full.test(s)) {
            return;
          }
        }
      }
      int step = months > 0 ? 1 : days + 1;
      // "26–30 August" cannot move forward in its month: other shifts follow the place's own
      for (int[] shifts : new int[][] {DAY_SHIFTS[place], FALLBACK_DAY_SHIFTS}) {
        for (int k0 : shifts) {
          int k = k0 * step;
          // "Friday 25 October 1415" moved four days back is "Monday 21 October 1415"
          String s = shiftWeekdays(shiftDays(answer, k), k);
          if (!s.isEmpty() && full.test(s)) {
            return;
          }
        }
      }
      if (days > 0 && months == 0) {
        for (int k : MONTH_SHIFTS[place]) {
          String s = shiftMonths(answer, k);
          if (!s.isEmpty() && full.test(s)) {
            return;
          }
        }
      }
    } else if (MONTH.matcher(answer).find()) {
      int step = span(MONTH, answer, DateShifts::month, MONTHS.length) + 1;
      for (int k : MONTH_SHIFTS[place]) {
        String s = shiftMonths(answer, k * step);
        if (!s.isEmpty() && full.test(s)) {
          return;
        }
      }
    } else if (DECADE.matcher(answer).find()) {
      // "the 1820s": other decades
      for (int k : YEAR_SHIFTS[place]) {
        if (full.test(replaceAll(answer, DECADE_YEAR, v -> shiftYear(v, 10 * k)))) {
          return;
        }
      }
    } else if (YEAR.matcher(answer).find()) {
      int step = span(YEAR, answer, Integer::parseInt, 0) + 1;
      // a long span ("2001–2021") moved forward would run past the document's own time
      for (int k : step > 3 ? YEAR_SHIFTS[YEAR_SHIFTS.length - 1] : YEAR_SHIFTS[place]) {
        if (full.test(replaceAll(answer, YEAR, v -> shiftYear(v, k * step)))) {
          return;
        }
      }
    }
  }

  /**
   * How far the last of {@code answer}'s values of a pattern lies after its first, as {@code value}
   * reads them: 5 for "1996–2001", 1 for "August or September"; 0 for one value. A last value below
   * the first wraps around {@code cycle} ("November to February").
   */
  private static int span(
      Pattern p, String answer, java.util.function.ToIntFunction<String> value, int cycle) {
    Matcher m = p.matcher(answer);
    int first = -1;
    int last = -1;
    while (m.find()) {
      int v = value.applyAsInt(m.group());
      first = first < 0 ? v : first;
      last = v;
    }
    if (first < 0 || last == first) {
      return 0;
    }
    return last > first ? last - first : cycle > 0 ? last + cycle - first : 0;
  }

  /** How many days a range of days spans: 4 for "6–10 August", 0 for one day. */
  private static int daySpan(String answer) {
    Matcher y = YEAR.matcher(answer);
    Matcher d = DAY.matcher(answer);
    int first = -1;
    int last = -1;
    while (d.find()) {
      if (!insideYear(answer, d.start(), y)) {
        int v = Integer.parseInt(d.group());
        first = first < 0 ? v : first;
        last = v;
      }
    }
    if (first < 0 || last == first) {
      return 0;
    }
    return last > first ? last - first : last + 31 - first;
  }

  /** A decade: "the 1820s". */
  private static final Pattern DECADE = Regexes.compile("\\b\\d{3}0s\\b");

  /** The year of a decade, before its "s". */
  private static final Pattern DECADE_YEAR = Regexes.compile("\\b\\d{3}0(?=s\\b)");

  /** The answer with its months moved by {@code k}; "" when one would leave its year. */
  private static String shiftMonths(String answer, int k) {
    Matcher m = MONTH.matcher(answer);
    while (m.find()) {
      int moved = month(m.group()) + k;
      if (moved < 0 || moved >= MONTHS.length) {
        return "";
      }
    }
    return replaceAll(answer, MONTH, v -> MONTHS[month(v) + k]);
  }

  /** {@code s} with its weekdays moved by {@code k} days. */
  private static String shiftWeekdays(String s, int k) {
    return replaceAll(s, WEEKDAY, v -> WEEKDAYS[Math.floorMod(index(WEEKDAYS, v) + k, 7)]);
  }

  /** Year {@code v} moved by {@code k}; unchanged when that leaves year 1 behind. */
  private static String shiftYear(String v, int k) {
    int y = Integer.parseInt(v) + k;
    return y >= 1 ? String.valueOf(y) : v;
  }

  private static String stripYears(String s) {
    return YEAR.matcher(s).replaceAll("");
  }

  private static String shiftDays(String answer, int k) {
    Matcher y = YEAR.matcher(answer);
    StringBuilder sb = new StringBuilder();
    Matcher d = DAY.matcher(answer);
    int last = 0;
    while (d.find()) {
      if (insideYear(answer, d.start(), y)) {
        continue;
      }
      int nd = Integer.parseInt(d.group()) + k;
      if (nd < 1 || nd > 28) {
        return "";
      }
      sb.append(answer, last, d.start()).append(nd);
      last = d.end();
      if (answer.startsWith("st", last)
          || answer.startsWith("nd", last)
          || answer.startsWith("rd", last)
          || answer.startsWith("th", last)) {
        sb.append(NumberFormats.ordinalSuffix(nd));
        last += 2;
      }
    }
    sb.append(answer.substring(last));
    return sb.toString();
  }

  private static boolean insideYear(String s, int pos, Matcher y) {
    y.reset();
    while (y.find()) {
      if (pos >= y.start() && pos < y.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code answer} with each clock time {@code k} hours later (earlier when negative), its "a.m."
   * turned "p.m." when noon is passed ("11:30 a.m." and 2 is "1:30 p.m."); "" when a time would
   * leave its day, or the part of the day the answer names ("this morning").
   */
  static String shiftHours(String answer, int k) {
    Matcher m = CLOCK_TIME.matcher(answer);
    // "at 9am this morning" stays in the morning, "at 7 p.m. in the evening" after noon
    boolean morning = answer.contains("morning");
    boolean later = answer.contains("afternoon") || answer.contains("evening");
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      int h = Integer.parseInt(m.group(1));
      String half = m.group(3);
      boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
      if (h < 1 || h > 12) {
        return "";
      }
      int h24 = h % 12 + (pm ? 12 : 0) + k;
      if (h24 < 0 || h24 > 23 || morning && h24 >= 12 || later && h24 < 12) {
        return "";
      }
      boolean toPm = h24 >= 12;
      String newHalf = toPm == pm ? half : flipHalf(half);
      sb.append(answer, last, m.start())
          .append((h24 + 11) % 12 + 1)
          .append(m.group(2))
          .append(newHalf);
      last = m.end();
    }
    return sb.append(answer.substring(last)).toString();
  }

  /** "a.m." as "p.m.", "PM" as "AM": the other half of the day, written alike. */
  private static String flipHalf(String half) {
    char c = half.charAt(0);
    char other =
        switch (c) {
          case 'a' -> 'p';
          case 'p' -> 'a';
          case 'A' -> 'P';
          default -> 'A';
        };
    return other + half.substring(1);
  }

  private static String replaceAll(
      String s, Pattern p, java.util.function.UnaryOperator<String> f) {
    Matcher m = p.matcher(s);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(s, last, m.start()).append(f.apply(m.group()));
      last = m.end();
    }
    return sb.append(s.substring(last)).toString();
  }

  private static int index(String[] names, String v) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(v)) {
        return i;
      }
    }
    return 0;
  }

  private static int month(String v) {
    String l = v.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].toLowerCase(Locale.ROOT).startsWith(l.substring(0, 3))) {
        return i;
      }
    }
    return 0;
  }
}
