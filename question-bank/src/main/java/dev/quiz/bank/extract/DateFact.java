package dev.quiz.bank.extract;

import dev.quiz.bank.text.Shown;
import dev.quiz.core.model.AnswerValue;
import java.util.Objects;

/**
 * A date or date range, or a relative date ("on Sunday") that stays relative when the document's
 * date is unknown. Immutable.
 *
 * @param about what happened then, in a few words
 * @param answer the date as written, e.g. "9 to 10 November 2001"
 * @param value ISO start and end (partial allowed), or the relative words
 * @param evidence where it is stated
 */
public record DateFact(String about, String answer, AnswerValue.Date value, Evidence evidence)
    implements Fact {
  public DateFact {
    Objects.requireNonNull(about, "about == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(evidence, "evidence == null");
    // shown on one line, as the learner reads it (the evidence keeps the document's text)
    about = Shown.text(about);
    answer = Shown.text(answer);
  }
}
