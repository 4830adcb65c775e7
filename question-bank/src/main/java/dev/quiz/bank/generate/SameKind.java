package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.text.Regexes;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a question already names something of its answer's kind ("In what year did they return in
 * 1990?"), which makes it read wrong or hint at the answer. Stateless.
 */
final class SameKind {
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September"
          + "|October|November|December)";
  private static final Pattern YEAR = Regexes.compile("\\b(?:1[0-9]|20)\\d\\d\\b");
  private static final Pattern DATE_WORD =
      Regexes.compile(
          "\\b"
              + MONTH
              + "\\b|\\b(?:Monday|Tuesday"
              + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern DATE =
      Regexes.compile(
          "\\b(?:\\d{1,2}(?:\\s*(?:,|and|to|–|-)\\s*\\d{1,2})*\\s+"
              + MONTH
              + "|"
              + MONTH
              + "\\s+\\d{1,2})(?:,?\\s+\\d{4})?|\\b(?:1[0-9]|20)\\d\\d\\b");

  /** A day of a month, not a count: "7 February", "July 10", "25 and 26 June". */
  private static final Pattern DAY_OF_MONTH =
      Regexes.compile(
          "\\b(?:\\d{1,2}(?:\\s*(?:,|and|to|–|-)\\s*\\d{1,2})*\\s+"
              + MONTH
              + "|"
              + MONTH
              + "\\s+\\d{1,2})\\b");

  /** A piece of each word {@link #DATE_WORD} matches. */
  private static final java.util.List<String> DATE_WORD_PIECES =
      java.util.List.of("day", "uary", "March", "April", "May", "June", "July", "August", "ber");

  private SameKind() {}

  /**
   * Whether {@code prompt} shows the answer's value in another form: the year of a year answer
   * ("1415" in "14 October 1415"), or the figure of a number written in words ("80" for "eighty").
   */
  static boolean givesAway(String prompt, Fact f) {
    if (f instanceof DateFact d) {
      Optional<String> y = d.value().start();
      return y.isPresent()
          && y.get().length() == 4
          && digits(y.get())
          && d.value().end().equals(y)
          && figure(prompt, y.get(), "", false);
    }
    if (f instanceof NumberFact n
        && n.value().low() == n.value().high()
        && n.value().low() >= 1
        && n.value().low() == Math.rint(n.value().low())) {
      long v = (long) n.value().low();
      String plain = Long.toString(v);
      String grouped = String.format(Locale.US, "%,d", v);
      // "seven months" is not given away by "7 February": a figure found is looked for again
      // without the days of months
      return !digitOnOneLine(f.answer())
          && figure(prompt, plain, grouped, true)
          && (!mayNameDate(prompt)
              || figure(DAY_OF_MONTH.matcher(prompt).replaceAll(" "), plain, grouped, true));
    }
    return false;
  }

  /**
   * Whether {@code text} shows {@code plain} or {@code grouped} (when not "") as a figure of its
   * own: no digit before it and none after it, nor (for {@code numberLike}) a "," or "." before it
   * or a "," and digit after it.
   */
  private static boolean figure(String text, String plain, String grouped, boolean numberLike) {
    return alone(text, plain, numberLike) || !grouped.isEmpty() && alone(text, grouped, numberLike);
  }

  private static boolean alone(String text, String figure, boolean numberLike) {
    for (int i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + 1)) {
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      int j = i + figure.length();
      char after = j < text.length() ? text.charAt(j) : ' ';
      // "2" is not alone in "20", nor (for a number) in "2,500", "6.34 p.m.", "7:30" or "3rd"
      boolean digitAfter =
          digit(after)
              || numberLike
                  && (",.:".indexOf(after) >= 0
                          && j + 1 < text.length()
                          && digit(text.charAt(j + 1))
                      || ordinalAt(text, j));
      if (!digit(before) && !(numberLike && (before == ',' || before == '.')) && !digitAfter) {
        return true;
      }
    }
    return false;
  }

  /** Whether an ordinal's suffix starts at {@code j} ("3rd", "21st"), ending its word. */
  private static boolean ordinalAt(String text, int j) {
    if (j + 2 > text.length() || j + 2 < text.length() && Character.isLetter(text.charAt(j + 2))) {
      return false;
    }
    String suffix = text.substring(j, j + 2).toLowerCase(Locale.ROOT);
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  /** Whether {@code text} has a digit and no line break, as {@code text.matches(".*\\d.*")}. */
  private static boolean digitOnOneLine(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      digit |= digit(c);
    }
    return digit;
  }

  private static boolean digits(String text) {
    return text.chars().allMatch(c -> digit((char) c));
  }

  /** [0-9], the regex {@code \d}. */
  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code question} shows a date (for a date fact) or a figure (for a number fact). */
  static boolean mentions(String question, Fact f) {
    if (f instanceof DateFact) {
      // each pattern is run only when what it cannot match without is there
      return hasDigit(question) && YEAR.matcher(question).find()
          || mayNameDate(question) && DATE_WORD.matcher(question).find();
    }
    if (f instanceof NumberFact) {
      return hasDigit(question) && hasDigit(DATE.matcher(question).replaceAll(" "));
    }
    return false;
  }

  /** Whether {@code text} has a digit (what the regex {@code \\d} finds). */
  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (digit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} has a piece that each word of {@link #DATE_WORD} has: the month names
   * ("Jan-uary", "Septem-ber", "May") and the weekdays ("-day").
   */
  private static boolean mayNameDate(String text) {
    for (String piece : DATE_WORD_PIECES) {
      if (text.contains(piece)) {
        return true;
      }
    }
    return false;
  }
}
