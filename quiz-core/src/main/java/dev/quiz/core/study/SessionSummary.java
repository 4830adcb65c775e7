package dev.quiz.core.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a study session did so far. Immutable.
 *
 * @param reviewed answers saved (undone ones not counted), {@code >= 0}
 * @param again of those, how many were rated Again
 * @param introduced of those, how many were new cards
 * @param elapsed time since the session started
 * @param nextDue when the earliest learning or review card of the studied decks is due (at or
 *     before now when some are still due); empty when there are none
 */
public record SessionSummary(
    int reviewed, int again, int introduced, Duration elapsed, Optional<Instant> nextDue) {
  public SessionSummary {
    Objects.requireNonNull(elapsed, "elapsed == null");
    Objects.requireNonNull(nextDue, "nextDue == null");
  }
}
