package dev.quiz.core.study;

import dev.quiz.core.model.DeckId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a study session shows. Immutable.
 *
 * @param deck the deck to study; empty for all decks
 * @param limit the most answers the session takes, {@code >= 0}
 * @param newCards new cards to introduce in this session, replacing the decks' daily limits minus
 *     what today already introduced; empty to use those limits
 */
public record StudyOptions(Optional<DeckId> deck, int limit, OptionalInt newCards) {
  /** The default session length: 200 answers. */
  public static final int DEFAULT_LIMIT = 200;

  public StudyOptions {
    Objects.requireNonNull(deck, "deck == null");
    Objects.requireNonNull(newCards, "newCards == null");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    if (newCards.isPresent() && newCards.getAsInt() < 0) {
      throw new IllegalArgumentException("new cards must be >= 0: " + newCards.getAsInt());
    }
  }

  /** All decks, {@link #DEFAULT_LIMIT} answers, the decks' daily new-card limits. */
  public static StudyOptions defaults() {
    return new StudyOptions(Optional.<DeckId>empty(), DEFAULT_LIMIT, OptionalInt.empty());
  }
}
