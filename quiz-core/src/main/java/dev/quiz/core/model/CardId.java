package dev.quiz.core.model;

/** The id of a card in a bank: a positive number assigned by the store. Immutable. */
public record CardId(long value) {
  public CardId {
    if (value <= 0) {
      throw new IllegalArgumentException("card id must be > 0: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
