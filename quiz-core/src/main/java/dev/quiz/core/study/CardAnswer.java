package dev.quiz.core.study;

import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import java.time.Duration;
import java.util.Objects;

/**
 * The learner's answer to a shown card. Immutable.
 *
 * @param cardId the card answered
 * @param currentState the state the card had when it was shown; the answer is refused when the
 *     stored state differs (another session answered or changed it meanwhile)
 * @param rating the rating to apply
 * @param took time from showing the card to the answer, {@code >= 0}
 */
public record CardAnswer(CardId cardId, CardState currentState, Rating rating, Duration took) {
  public CardAnswer {
    Objects.requireNonNull(cardId, "cardId == null");
    Objects.requireNonNull(currentState, "currentState == null");
    Objects.requireNonNull(rating, "rating == null");
    Objects.requireNonNull(took, "took == null");
    if (took.isNegative()) {
      throw new IllegalArgumentException("answer time must be >= 0: " + took);
    }
  }
}
