package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import java.time.Instant;

/**
 * What every outcome of one review shares.
 *
 * @param before the card's state before the review
 * @param now the review time
 * @param elapsedDays ts-fsrs's t: UTC calendar days since the last review, 0 for a new card
 * @param fuzz the Alea draw in [0, 1) for this review, or NaN when fuzz is off
 */
record FsrsReview(CardState before, Instant now, int elapsedDays, double fuzz) {

  /** Difficulty before the review; 0 for a card without memory, as in ts-fsrs. */
  double difficulty() {
    return before.memory().isPresent() ? before.memory().get().difficulty() : 0;
  }

  /** Stability before the review; 0 for a card without memory, as in ts-fsrs. */
  double stability() {
    return before.memory().isPresent() ? before.memory().get().stability() : 0;
  }
}
