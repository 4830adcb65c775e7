package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.AnswerValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as military staff write them, the month in capitals and the year in two figures: date-time
 * groups ("261618C FEB 91": the 26th at 16:18, zone C, February 1991), their ranges ("261630C -
 * 270100C FEB 91") and plain days and ranges of days ("27 FEB 91", "26-27 FEB 91"). Read before the
 * other forms, which would take "FEB 91" for February of the year 91. Stateless.
 */
final class MilitaryDates {
  private static final String MONTH = "(?<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)";

  /** A day: of a date-time group (day, hours and minutes, a zone letter) or alone. */
  private static final String DAY =
      "(?:(?<d%1$s>0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])[0-5]\\d[A-Z]?)";

  private static final Pattern DATE =
      Regexes.compile(
          "(?<![\\p{L}\\d])(?:"
              + DAY.formatted("")
              + "|(?<day>[1-9]|0[1-9]|[12]\\d|3[01]))"
              + "(?:\\s*[-–]\\s*(?:"
              + DAY.formatted("2")
              + "|(?<day2>[1-9]|0[1-9]|[12]\\d|3[01])))?\\s+"
              + MONTH
              + "\\s+(?<y>\\d{2})(?![\\p{L}\\d])");

  /** Two-figure years from this one on are of the 1900s when no year of the text says else. */
  private static final int LAST_CENTURY_FROM = 30;

  private MilitaryDates() {}

  /** Whether {@code text} may hold such a date: a month in capitals. */
  static boolean mayHave(String text) {
    for (int i = 0; i + 3 <= text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A'
          && c <= 'Y'
          && "JFMASOND".indexOf(c) >= 0
          && Character.isUpperCase(text.charAt(i + 1))
          && Character.isUpperCase(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dates of this kind in {@code text} outside {@code used}, which they are added to; a year in
   * two figures is put in the century nearest the anchor's year, else in the 1900s from '30.
   */
  static List<DateParser.Match> find(String text, boolean[] used, OptionalInt anchorYear) {
    if (!mayHave(text)) {
      return new ArrayList<>();
    }
    return DateParser.takeFree(DATE.matcher(text), used, m -> value(m, anchorYear));
  }

  private static Optional<AnswerValue.Date> value(Matcher m, OptionalInt anchorYear) {
    int month = Months.number(m.group("mon")).orElse(0);
    int year = year(Integer.parseInt(m.group("y")), anchorYear);
    int day = Integer.parseInt(m.group("d") != null ? m.group("d") : m.group("day"));
    int last =
        m.group("d2") != null
            ? Integer.parseInt(m.group("d2"))
            : m.group("day2") != null ? Integer.parseInt(m.group("day2")) : day;
    if (last < day) {
      return Optional.empty();
    }
    try {
      LocalDate start = LocalDate.of(year, month, day);
      LocalDate end = LocalDate.of(year, month, last);
      return Optional.of(AnswerValue.Date.of(start.toString(), end.toString()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The year of two figures {@code yy}: in the century that puts it nearest the anchor's year. */
  static int year(int yy, OptionalInt anchorYear) {
    if (!anchorYear.isPresent()) {
      return (yy >= LAST_CENTURY_FROM ? 1900 : 2000) + yy;
    }
    int a = anchorYear.getAsInt();
    int best = (a / 100) * 100 + yy;
    for (int c : new int[] {best - 100, best + 100}) {
      if (Math.abs(c - a) < Math.abs(best - a)) {
        best = c;
      }
    }
    return best;
  }
}
