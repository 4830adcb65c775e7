package dev.quiz.core.grade;

import dev.quiz.core.model.AnswerValue;
import java.util.Optional;

/**
 * Grades a typed number or range against a number fact.
 *
 * <p>Rules, with {@code t} the tolerance (the Numeric prompt's, else {@link #APPROX_TOLERANCE} for
 * an approximate fact and 0 for an exact one) and {@code E = [low - t|low|, high + t|high|]}:
 *
 * <ul>
 *   <li>correct: the answer (one value or a range) lies inside {@code E};
 *   <li>partial: an answer range overlaps {@code E} without lying inside it (too wide or shifted),
 *       or one value lies within {@code max(2t, 10%)} of the fact ("close");
 *   <li>wrong: anything else, or no number could be read.
 * </ul>
 */
final class NumberGrader {
  /** Tolerance for a fact the document gives as "about", "some", "as many as": 10%. */
  static final double APPROX_TOLERANCE = 0.10;

  /** Smallest relative distance still called "close": 10%. */
  static final double CLOSE = 0.10;

  private NumberGrader() {}

  static Grade grade(AnswerValue.Number fact, double tolerance, String expected, String typed) {
    Optional<Numbers.Range> read = Numbers.parse(typed);
    if (!read.isPresent()) {
      return Grade.wrong(expected, "", "could not read a number in '" + typed + "'");
    }
    Numbers.Range a = read.get();
    String understood = Numbers.format(a);
    double t = tolerance > 0 ? tolerance : fact.approx() ? APPROX_TOLERANCE : 0;
    double lo = fact.low() - t * Math.abs(fact.low());
    double hi = fact.high() + t * Math.abs(fact.high());
    if (a.low() >= lo && a.high() <= hi) {
      return Grade.correct(expected, understood);
    }
    if (!a.single() && a.low() <= hi && a.high() >= lo) {
      return Grade.partial(
          expected, understood, "your range overlaps the answer but is not inside it");
    }
    double c = Math.max(2 * t, CLOSE);
    if (a.single()
        && a.low() >= fact.low() - c * Math.abs(fact.low())
        && a.low() <= fact.high() + c * Math.abs(fact.high())) {
      return Grade.partial(expected, understood, "close, but not close enough");
    }
    return Grade.wrong(expected, understood, "not the number asked for");
  }
}
