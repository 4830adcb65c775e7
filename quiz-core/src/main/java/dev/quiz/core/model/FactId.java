package dev.quiz.core.model;

/** The id of a fact in a bank: a positive number assigned by the store. Immutable. */
public record FactId(long value) {
  public FactId {
    if (value <= 0) {
      throw new IllegalArgumentException("fact id must be > 0: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
