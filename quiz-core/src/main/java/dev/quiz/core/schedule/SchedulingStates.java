package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import java.util.Objects;

/**
 * The current state of a card and the state each rating would lead to. Immutable.
 *
 * @param current the state the outcomes were computed from; apply one only if the stored state
 *     still equals it
 */
public record SchedulingStates(
    CardState current, CardState again, CardState hard, CardState good, CardState easy) {
  public SchedulingStates {
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(again, "again == null");
    Objects.requireNonNull(hard, "hard == null");
    Objects.requireNonNull(good, "good == null");
    Objects.requireNonNull(easy, "easy == null");
  }

  /** The state {@code rating} leads to. */
  public CardState of(Rating rating) {
    switch (rating) {
      case AGAIN:
        return again;
      case HARD:
        return hard;
      case GOOD:
        return good;
      case EASY:
        return easy;
      default:
        throw new IllegalArgumentException("unknown rating " + rating);
    }
  }
}
