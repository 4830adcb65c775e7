package dev.quiz.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The scheduling state of one card, shared by the FSRS and SM-2 schedulers. Immutable.
 *
 * @param type where the card is in its life
 * @param due when the card is next shown; for a new card, its creation time
 * @param memory FSRS stability and difficulty; empty for a new card and under SM-2
 * @param scheduledDays the interval in days the last answer set (ts-fsrs {@code scheduled_days},
 *     Anki {@code ivl}), {@code >= 0}
 * @param elapsedDays days between the last two reviews, as ts-fsrs counts them, {@code >= 0}
 * @param step FSRS: index of the current learning step; SM-2: Anki's {@code left} bookkeeping
 * @param easePermille SM-2 ease in permille (2500 = 250%); 0 until the card graduates and under
 *     FSRS
 * @param reps number of answers so far
 * @param lapses number of times a review card was forgotten
 * @param lastReview when the card was last answered; empty for a new card
 */
public record CardState(
    CardType type,
    Instant due,
    Optional<MemoryState> memory,
    int scheduledDays,
    int elapsedDays,
    int step,
    int easePermille,
    int reps,
    int lapses,
    Optional<Instant> lastReview) {

  public CardState {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(due, "due == null");
    Objects.requireNonNull(memory, "memory == null");
    Objects.requireNonNull(lastReview, "lastReview == null");
    if (scheduledDays < 0 || elapsedDays < 0 || reps < 0 || lapses < 0 || easePermille < 0) {
      throw new IllegalArgumentException(
          "card state counts must be >= 0: scheduledDays="
              + scheduledDays
              + " elapsedDays="
              + elapsedDays
              + " reps="
              + reps
              + " lapses="
              + lapses
              + " ease="
              + easePermille);
    }
  }

  /** A card never answered, due at {@code created}. */
  public static CardState newCard(Instant created) {
    return new CardState(
        CardType.NEW, created, Optional.empty(), 0, 0, 0, 0, 0, 0, Optional.empty());
  }

  /** A copy due at {@code newDue}. */
  public CardState withDue(Instant newDue) {
    return new CardState(
        type,
        newDue,
        memory,
        scheduledDays,
        elapsedDays,
        step,
        easePermille,
        reps,
        lapses,
        lastReview);
  }
}
