package dev.quiz.bank.extract;

import java.util.Objects;

/**
 * How a number is written, so that distractors look like the answer. Immutable.
 *
 * @param form digits ("4,000"), words ("five"), ordinal ("fourth-largest") or fraction ("5/6")
 * @param prefix words before the number, e.g. "about" or "between" (may be empty)
 * @param unit what follows and belongs to the answer, e.g. "%", " days", "-lb" (may be empty)
 * @param range whether the answer is a range
 */
public record NumberStyle(Form form, String prefix, String unit, boolean range) {
  public NumberStyle {
    Objects.requireNonNull(form, "form == null");
    Objects.requireNonNull(prefix, "prefix == null");
    Objects.requireNonNull(unit, "unit == null");
  }

  /** The ways a number is written. */
  public enum Form {
    DIGITS,
    WORDS,
    ORDINAL,
    FRACTION
  }
}
