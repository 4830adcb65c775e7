package dev.quiz.core.model;

/** The id of a note in a bank: a positive number assigned by the store. Immutable. */
public record NoteId(long value) {
  public NoteId {
    if (value <= 0) {
      throw new IllegalArgumentException("note id must be > 0: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
