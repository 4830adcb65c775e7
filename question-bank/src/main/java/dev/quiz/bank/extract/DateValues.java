package dev.quiz.bank.extract;

import dev.quiz.core.model.AnswerValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a date pattern's match, read from its named groups: months ("m", "m2", or "mn" as a
 * number), days ("d", "d2"), years ("y", "y1"), "inst"/"ult" for this and last month; what is not
 * written comes from the anchor. Stateless.
 */
final class DateValues {
  private DateValues() {}

  /** Which of the groups read here {@code p} has. */
  static Set<String> groups(Pattern p) {
    Set<String> names = new HashSet<>();
    for (String g : List.of("m", "m2", "mn", "d", "d2", "y", "y1", "inst")) {
      if (p.pattern().contains("(?<" + g + ">")) {
        names.add(g);
      }
    }
    return names;
  }

  /**
   * The value of a match of a pattern with the named {@code groups}, completed with {@code anchor};
   * empty when it is no calendar date (no month, "31 February", a range that ends before it
   * starts).
   */
  static Optional<AnswerValue.Date> of(Matcher m, Set<String> groups, DateParser.Anchor anchor) {
    OptionalInt month = month(m, groups, "m", anchor);
    if (!month.isPresent()) {
      return Optional.empty();
    }
    OptionalInt month2 = has(m, groups, "m2") ? month(m, groups, "m2", anchor) : month;
    if (!month2.isPresent()) {
      return Optional.empty();
    }
    OptionalInt y =
        has(m, groups, "y") ? OptionalInt.of(year(m.group("y"), anchor)) : anchor.year();
    OptionalInt y1 = has(m, groups, "y1") ? OptionalInt.of(Integer.parseInt(m.group("y1"))) : y;
    if (!has(m, groups, "d")) {
      if (y1.equals(y) && month2.getAsInt() < month.getAsInt()) {
        return Optional.empty(); // "December to February 1942": which year December is of is unsaid
      }
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
    if (month2.getAsInt() < month.getAsInt() && y1.equals(y)) {
      // "24 December to 2 January 1809": the first day is of the year before; with no year
      // written, which year each is of is unsaid
      if (!has(m, groups, "y") || !y.isPresent()) {
        return Optional.empty();
      }
      y1 = OptionalInt.of(y.getAsInt() - 1);
      if (!valid(y1, month.getAsInt(), d)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        AnswerValue.Date.of(iso(y1, month.getAsInt(), d), iso(y, month2.getAsInt(), d2)));
  }

  /** Whether the month of a match is the anchor's: no month is written ("the 6th inst."). */
  static boolean anchorMonth(Matcher m, Set<String> groups) {
    return !has(m, groups, "mn") && (has(m, groups, "inst") || !has(m, groups, "m"));
  }

  private static OptionalInt month(
      Matcher m, Set<String> groups, String group, DateParser.Anchor anchor) {
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

  /**
   * The year written {@code y}: four or three digits as they are; two, with or without an
   * apostrophe ("17 Sep 44", "June '44"), in the anchor's century, the nearer of it and the one
   * before (the parser takes two digits only with an anchor year near them).
   */
  static int year(String y, DateParser.Anchor anchor) {
    String digits = y.charAt(0) == '\'' || y.charAt(0) == '’' ? y.substring(1) : y;
    int value = Integer.parseInt(digits);
    if (digits.length() != 2 || !anchor.year().isPresent()) {
      return value;
    }
    int a = anchor.year().getAsInt();
    int full = a - Math.floorMod(a, 100) + value;
    return full > a + 50 ? full - 100 : full;
  }
}
