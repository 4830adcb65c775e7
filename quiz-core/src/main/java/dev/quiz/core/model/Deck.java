package dev.quiz.core.model;

import java.util.Objects;

/**
 * A named set of cards sharing scheduler settings. Immutable.
 *
 * @param id the deck's id in the bank
 * @param name unique name, e.g. {@code "Quiz::Fall of Kabul"}
 * @param scheduler the algorithm that schedules its cards
 * @param newCardsPerDay how many new cards a day's study introduces, {@code >= 0}
 */
public record Deck(DeckId id, String name, SchedulerKind scheduler, int newCardsPerDay) {
  /** New cards a day when the user has not chosen: 20, as in Anki. */
  public static final int DEFAULT_NEW_CARDS_PER_DAY = 20;

  public Deck {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(scheduler, "scheduler == null");
    if (name.trim().isEmpty()) {
      throw new IllegalArgumentException("deck name is blank");
    }
    if (newCardsPerDay < 0) {
      throw new IllegalArgumentException("newCardsPerDay must be >= 0: " + newCardsPerDay);
    }
  }
}
