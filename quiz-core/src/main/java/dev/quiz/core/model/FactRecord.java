package dev.quiz.core.model;

import java.util.Objects;

/**
 * A fact as the bank keeps it: what it is about, its answer and value, and its evidence. Immutable.
 *
 * @param id the fact's id in the bank
 * @param documentId the document that states it
 * @param about a few words naming what the fact is about
 * @param answer the answer as the document words it
 * @param value the answer normalized
 * @param source the evidence
 * @param conflict {@code true} when another document states a different value for the same thing
 */
public record FactRecord(
    FactId id,
    DocumentId documentId,
    String about,
    String answer,
    AnswerValue value,
    Source source,
    boolean conflict) {
  public FactRecord {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(documentId, "documentId == null");
    Objects.requireNonNull(about, "about == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** The kind of fact, from its value. */
  public FactKind kind() {
    return value.kind();
  }
}
