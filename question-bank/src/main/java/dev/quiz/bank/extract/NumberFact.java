package dev.quiz.bank.extract;

import dev.quiz.bank.text.Shown;
import dev.quiz.core.model.AnswerValue;
import java.util.Objects;

/**
 * A number or range: a count, measure, share or rank. Immutable.
 *
 * @param about what is counted or measured, e.g. "Taliban fighters" or "days"
 * @param answer the number as written, e.g. "about 5,000"
 * @param value low, high and whether it is approximate
 * @param evidence where it is stated
 * @param style how the number is written, so distractors can be written the same way
 */
public record NumberFact(
    String about, String answer, AnswerValue.Number value, Evidence evidence, NumberStyle style)
    implements Fact {
  public NumberFact {
    Objects.requireNonNull(about, "about == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(evidence, "evidence == null");
    // shown on one line, as the learner reads it (the evidence keeps the document's text)
    about = Shown.text(about);
    answer = Shown.text(answer);
    Objects.requireNonNull(style, "style == null");
  }
}
