package dev.quiz.core.model;

/** The id of a document in a bank: a positive number assigned by the store. Immutable. */
public record DocumentId(long value) {
  public DocumentId {
    if (value <= 0) {
      throw new IllegalArgumentException("document id must be > 0: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
