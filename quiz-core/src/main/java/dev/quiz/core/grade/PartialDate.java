package dev.quiz.core.grade;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * A calendar date known to a year, a month or a day; a year of 0 means unknown (the question asked
 * for a day of a year the document never gives). Years are AD.
 */
record PartialDate(int year, int month, int day) {
  /** The leap year that stands in for an unknown year, so that 29 February stays valid. */
  static final int ANY_YEAR = 2000;

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

  /** How precise: 1 year, 2 month, 3 day. */
  int precision() {
    return day > 0 ? 3 : month > 0 ? 2 : 1;
  }

  boolean hasYear() {
    return year > 0;
  }

  /** A copy with missing parts taken from {@code other} ("12-13 November 2001"). */
  PartialDate fillFrom(PartialDate other) {
    int y = year > 0 ? year : other.year;
    int m = month > 0 ? month : day > 0 ? other.month : 0;
    return new PartialDate(y, m, day);
  }

  /** A copy whose year is {@code y}. */
  PartialDate withYear(int y) {
    return new PartialDate(y, month, day);
  }

  /** The first day this date covers; {@link #ANY_YEAR} stands in for an unknown year. */
  LocalDate first() {
    int y = year > 0 ? year : ANY_YEAR;
    return LocalDate.of(y, month > 0 ? month : 1, day > 0 ? day : 1);
  }

  /** The last day this date covers. */
  LocalDate last() {
    int y = year > 0 ? year : ANY_YEAR;
    if (day > 0) {
      return LocalDate.of(y, month, day);
    }
    return month > 0 ? YearMonth.of(y, month).atEndOfMonth() : LocalDate.of(y, 12, 31);
  }

  /** {@code true} when the day exists (no 30 February). */
  boolean valid() {
    if (month < 0 || month > 12 || day < 0 || day > 31 || year < 0 || (day > 0 && month == 0)) {
      return false;
    }
    try {
      first();
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * ISO partial text as the gold facts write it: {@code 2001-11-09}, {@code 2001-11}, {@code
   * --11-09}.
   */
  String iso() {
    String y = year > 0 ? String.format(Locale.ROOT, "%04d", year) : "-";
    if (month == 0) {
      return y;
    }
    String ym = y + String.format(Locale.ROOT, "-%02d", month);
    return day > 0 ? ym + String.format(Locale.ROOT, "-%02d", day) : ym;
  }

  /** Text for the learner: {@code 9 November 2001}, {@code November 2001}, {@code 9 November}. */
  String display() {
    StringBuilder sb = new StringBuilder();
    if (day > 0) {
      sb.append(day).append(' ');
    }
    if (month > 0) {
      sb.append(MONTHS[month - 1]).append(' ');
    }
    if (year > 0) {
      sb.append(year);
    }
    return sb.toString().trim();
  }

  /**
   * Reads ISO partial text ({@code "2001-11-09"}, {@code "2001"}, {@code "--11-09"}, {@code
   * "--05"}).
   */
  static Optional<PartialDate> ofIso(String iso) {
    String[] p = iso.startsWith("--") ? ("0-" + iso.substring(2)).split("-") : iso.split("-");
    try {
      int y = Integer.parseInt(p[0]);
      int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
      int d = p.length > 2 ? Integer.parseInt(p[2]) : 0;
      PartialDate pd = new PartialDate(y, m, d);
      return pd.valid() && (y > 0 || m > 0) ? Optional.of(pd) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The month 1..12 named by {@code word} (full name or 3+ letter abbreviation), or 0. */
  static int monthOf(String word) {
    if (word.length() < 3) {
      return 0;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      String name = MONTHS[i].toLowerCase(Locale.ROOT);
      if (name.startsWith(word) || (word.equals("sept") && i == 8)) {
        return i + 1;
      }
    }
    return 0;
  }
}
