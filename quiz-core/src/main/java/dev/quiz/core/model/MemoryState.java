package dev.quiz.core.model;

/**
 * FSRS memory state of a card.
 *
 * @param stability days until retrievability falls to 90%, {@code > 0}
 * @param difficulty how hard the card is, in [1, 10]
 */
public record MemoryState(double stability, double difficulty) {
  public MemoryState {
    if (!(stability > 0) || !Double.isFinite(stability)) {
      throw new IllegalArgumentException("stability must be finite and > 0: " + stability);
    }
    if (!(difficulty >= 1 && difficulty <= 10)) {
      throw new IllegalArgumentException("difficulty must be in [1, 10]: " + difficulty);
    }
  }
}
