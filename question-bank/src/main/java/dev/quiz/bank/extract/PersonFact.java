package dev.quiz.bank.extract;

import dev.quiz.bank.text.Shown;
import dev.quiz.core.model.AnswerValue;
import java.util.Objects;

/**
 * A named person in a role ("Zabihullah Mujahid", "Taliban spokesperson"). The value's name is the
 * fullest form the document uses; the answer is the form in the evidence. Immutable.
 *
 * @param about the role, e.g. "the Taliban's spokesperson"
 * @param answer the name as written in the evidence
 * @param value the full name and the role
 * @param evidence where it is stated
 */
public record PersonFact(String about, String answer, AnswerValue.Person value, Evidence evidence)
    implements Fact {
  public PersonFact {
    Objects.requireNonNull(about, "about == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(evidence, "evidence == null");
    // shown on one line, as the learner reads it (the evidence keeps the document's text)
    about = Shown.text(about);
    answer = Shown.text(answer);
    value = new AnswerValue.Person(Shown.text(value.name()), Shown.text(value.role()));
  }
}
