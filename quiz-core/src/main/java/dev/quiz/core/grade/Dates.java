package dev.quiz.core.grade;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date or a date range from typed text: {@code "9 Nov 2001"}, {@code "November 9th, 2001"},
 * {@code "2001-11-09"}, {@code "November 2001"}, {@code "2001"}, {@code "12-13 November 2001"},
 * {@code "between 1996 and 2001"}. All-number dates such as {@code "9/11/2001"} are read only when
 * unambiguous: one of the first two numbers is above 12, or both are equal. Two-digit years are
 * 20xx up to 30, else 19xx. Stateless.
 */
final class Dates {
  /** What was read: a span (one date has {@code from == to}) or why nothing could be. */
  record Reading(Optional<Span> span, String problem) {}

  /** A date or range of dates as typed, each end as precise as the learner gave it. */
  record Span(PartialDate from, PartialDate to) {
    boolean single() {
      return from.equals(to);
    }

    String display() {
      return single() ? from.display() : from.display() + " - " + to.display();
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?(?!\\d)"
              + "|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}(?!\\d)"
              + "|\\d{1,2}[-/.]\\d{4}(?!\\d)"
              + "|\\d+|[a-z]+|-");
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2,4})");
  private static final Pattern MY = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
  static final String AMBIGUOUS =
      "ambiguous date: write the month as a word (9 November 2001) or as year-month-day";

  private Dates() {}

  /** Reads {@code typed}; the span is empty when no date could be read. */
  static Reading read(String typed) {
    String text =
        Normalizer.normalize(typed.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[\u2013\u2014]", "-")
            .replaceAll("(\\d+)(st|nd|rd|th)\\b", "$1");
    List<List<String>> parts = new ArrayList<>();
    parts.add(new ArrayList<>());
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      if (t.equals("-")
          || t.equals("to")
          || t.equals("and")
          || t.equals("until")
          || t.equals("till")
          || t.equals("through")) {
        parts.add(new ArrayList<>());
      } else {
        parts.get(parts.size() - 1).add(t);
      }
    }
    parts.removeIf(List::isEmpty);
    if (parts.isEmpty() || parts.size() > 2) {
      return new Reading(Optional.empty(), "");
    }
    List<PartialDate> ends = new ArrayList<>();
    for (List<String> part : parts) {
      Optional<PartialDate> d = readPart(part);
      if (!d.isPresent()) {
        return new Reading(Optional.empty(), ambiguous(part) ? AMBIGUOUS : "");
      }
      ends.add(d.get());
    }
    PartialDate from = ends.get(0);
    PartialDate to = ends.get(ends.size() - 1);
    PartialDate f = from.fillFrom(to);
    PartialDate t = to.fillFrom(from);
    boolean ok =
        f.valid() && t.valid() && (f.year() > 0 || f.month() > 0) && !f.last().isAfter(t.last());
    return ok ? new Reading(Optional.of(new Span(f, t)), "") : new Reading(Optional.empty(), "");
  }

  private static boolean ambiguous(List<String> part) {
    for (String t : part) {
      Matcher m = DMY.matcher(t);
      if (m.matches() && !numeric(m).isPresent()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a >= 1 && b >= 1 && a <= 12 && b <= 12;
      }
    }
    return false;
  }

  private static Optional<PartialDate> readPart(List<String> part) {
    if (part.size() == 1) {
      Optional<PartialDate> n = numericToken(part.get(0));
      if (n.isPresent()) {
        return n;
      }
    }
    int year = 0;
    int month = 0;
    int day = 0;
    for (String t : part) {
      if (Character.isDigit(t.charAt(0))) {
        if (t.length() > 4 || !t.matches("\\d+")) {
          return Optional.empty();
        }
        int v = Integer.parseInt(t);
        if (v > 31 || t.length() >= 3) {
          year = year == 0 ? v : -1;
        } else {
          day = day == 0 ? v : -1;
        }
      } else if (month == 0) {
        month = PartialDate.monthOf(t);
      }
    }
    if (year < 0 || day < 0 || (year == 0 && month == 0 && day == 0)) {
      return Optional.empty();
    }
    return Optional.of(new PartialDate(year, month, day));
  }

  private static Optional<PartialDate> numericToken(String t) {
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      int d = iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3));
      return Optional.of(
          new PartialDate(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), d));
    }
    Matcher dmy = DMY.matcher(t);
    if (dmy.matches()) {
      return numeric(dmy);
    }
    Matcher my = MY.matcher(t);
    if (my.matches()) {
      return Optional.of(
          new PartialDate(Integer.parseInt(my.group(2)), Integer.parseInt(my.group(1)), 0));
    }
    return Optional.empty();
  }

  /** Day and month from {@code a/b/y} when unambiguous. */
  private static Optional<PartialDate> numeric(Matcher dmy) {
    int a = Integer.parseInt(dmy.group(1));
    int b = Integer.parseInt(dmy.group(2));
    int y = Integer.parseInt(dmy.group(3));
    if (dmy.group(3).length() <= 2) {
      y += y <= 30 ? 2000 : 1900;
    }
    if (a == b || (a > 12 && b <= 12)) {
      return Optional.of(new PartialDate(y, b, a));
    }
    if (b > 12 && a <= 12) {
      return Optional.of(new PartialDate(y, a, b));
    }
    return Optional.empty();
  }
}
