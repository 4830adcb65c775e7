package dev.quiz.core.model;

/** The id of a deck in a bank: a positive number assigned by the store. Immutable. */
public record DeckId(long value) {
  public DeckId {
    if (value <= 0) {
      throw new IllegalArgumentException("deck id must be > 0: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
