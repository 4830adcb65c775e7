package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import java.util.regex.Pattern;

/**
 * Whether a question already names something of its answer's kind ("In what year did they return in
 * 1990?"), which makes it read wrong or hint at the answer. Stateless.
 */
final class SameKind {
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September"
          + "|October|November|December)";
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[0-9]|20)\\d\\d\\b");
  private static final Pattern DATE_WORD =
      Pattern.compile(
          "\\b"
              + MONTH
              + "\\b|\\b(?:Monday|Tuesday"
              + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:\\d{1,2}(?:\\s*(?:,|and|to|–|-)\\s*\\d{1,2})*\\s+"
              + MONTH
              + "|"
              + MONTH
              + "\\s+\\d{1,2})(?:,?\\s+\\d{4})?|\\b(?:1[0-9]|20)\\d\\d\\b");
  private static final Pattern FIGURE = Pattern.compile("\\d");

  private SameKind() {}

  /**
   * Whether {@code prompt} shows the answer's value in another form: the year of a year answer
   * ("1415" in "14 October 1415"), or the figure of a number written in words ("80" for "eighty").
   */
  static boolean givesAway(String prompt, Fact f) {
    if (f instanceof DateFact d) {
      return d.value()
          .start()
          .filter(y -> y.matches("\\d{4}") && d.value().end().equals(d.value().start()))
          .map(y -> Pattern.compile("(?<!\\d)" + y + "(?!\\d)").matcher(prompt).find())
          .orElse(false);
    }
    if (f instanceof NumberFact n
        && n.value().low() == n.value().high()
        && n.value().low() >= 1
        && n.value().low() == Math.rint(n.value().low())) {
      long v = (long) n.value().low();
      String plain = Long.toString(v);
      String grouped = String.format(java.util.Locale.US, "%,d", v);
      Pattern p =
          Pattern.compile(
              "(?<![\\d,.])(?:" + plain + "|" + Pattern.quote(grouped) + ")(?![\\d,]\\d)");
      return !f.answer().matches(".*\\d.*") && p.matcher(prompt).find();
    }
    return false;
  }

  /** Whether {@code question} shows a date (for a date fact) or a figure (for a number fact). */
  static boolean mentions(String question, Fact f) {
    if (f instanceof DateFact) {
      return YEAR.matcher(question).find() || DATE_WORD.matcher(question).find();
    }
    if (f instanceof NumberFact) {
      return FIGURE.matcher(DATE.matcher(question).replaceAll(" ")).find();
    }
    return false;
  }
}
