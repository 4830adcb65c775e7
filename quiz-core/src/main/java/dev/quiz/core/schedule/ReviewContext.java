package dev.quiz.core.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * What a scheduler needs besides the card: the review time and a seed for fuzz. Immutable.
 *
 * @param now when the card is answered
 * @param seed the card's fuzz seed (derive it from the card id and its review count, so fuzz is
 *     reproducible); schedulers that derive fuzz as their reference does may ignore it
 */
public record ReviewContext(Instant now, long seed) {
  public ReviewContext {
    Objects.requireNonNull(now, "now == null");
  }
}
