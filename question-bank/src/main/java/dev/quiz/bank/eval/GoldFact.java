package dev.quiz.bank.eval;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import java.util.Objects;

/**
 * One hand-annotated fact of a gold file ({@code shared/gold/SCHEMA.md}). Immutable.
 *
 * @param document the document's file name
 * @param kind date, number or person
 * @param about what the fact is about
 * @param answer the answer as the document words it
 * @param value the normalized value
 * @param evidence the sentence or infobox line that states it
 */
public record GoldFact(
    String document,
    FactKind kind,
    String about,
    String answer,
    AnswerValue value,
    String evidence) {
  public GoldFact {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(about, "about == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(evidence, "evidence == null");
  }
}
