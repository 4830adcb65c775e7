package dev.quiz.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer to one card: the rating and the state before and after, so it can be undone and
 * exported to Anki's revlog. Immutable.
 *
 * @param cardId the card answered
 * @param reviewedAt when it was answered
 * @param rating the rating applied
 * @param before the card's state before the answer
 * @param after the card's state after the answer
 * @param took how long the learner took to answer, {@code >= 0}
 */
public record ReviewLog(
    CardId cardId,
    Instant reviewedAt,
    Rating rating,
    CardState before,
    CardState after,
    Duration took) {
  public ReviewLog {
    Objects.requireNonNull(cardId, "cardId == null");
    Objects.requireNonNull(reviewedAt, "reviewedAt == null");
    Objects.requireNonNull(rating, "rating == null");
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    Objects.requireNonNull(took, "took == null");
    if (took.isNegative()) {
      throw new IllegalArgumentException("answer time must be >= 0: " + took);
    }
  }
}
