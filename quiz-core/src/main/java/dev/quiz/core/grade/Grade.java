package dev.quiz.core.grade;

import java.util.Objects;

/**
 * The result of grading one typed answer. Immutable.
 *
 * @param verdict how right the answer is
 * @param expected the correct answer as it should be shown, e.g. {@code "9 November 2001"} or
 *     {@code "b) Kabul"}
 * @param understood how the typed answer was read, normalized (e.g. {@code "2001-11"}, {@code
 *     "2,500"}, {@code "fahim"}); empty when nothing could be read
 * @param feedback one line for the learner, e.g. {@code "right month, but the day is missing"}
 */
public record Grade(Verdict verdict, String expected, String understood, String feedback) {
  public Grade {
    Objects.requireNonNull(verdict, "verdict == null");
    Objects.requireNonNull(expected, "expected == null");
    Objects.requireNonNull(understood, "understood == null");
    Objects.requireNonNull(feedback, "feedback == null");
  }

  /** {@code true} when the verdict is {@link Verdict#CORRECT}. */
  public boolean correct() {
    return verdict == Verdict.CORRECT;
  }

  static Grade correct(String expected, String understood) {
    return new Grade(Verdict.CORRECT, expected, understood, "correct");
  }

  static Grade partial(String expected, String understood, String feedback) {
    return new Grade(Verdict.PARTIAL, expected, understood, feedback);
  }

  static Grade wrong(String expected, String understood, String feedback) {
    return new Grade(Verdict.WRONG, expected, understood, feedback);
  }
}
