package dev.quiz.core.model;

import java.util.Objects;

/**
 * One card of a note: the thing that is scheduled and reviewed. Immutable.
 *
 * @param id the card's id in the bank
 * @param noteId the note (question) it shows
 * @param deckId the deck whose settings schedule it
 * @param state its scheduling state
 * @param suspended {@code true} when it is kept out of study sessions
 */
public record Card(CardId id, NoteId noteId, DeckId deckId, CardState state, boolean suspended) {
  public Card {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(noteId, "noteId == null");
    Objects.requireNonNull(deckId, "deckId == null");
    Objects.requireNonNull(state, "state == null");
  }

  /** A copy with {@code newState}. */
  public Card withState(CardState newState) {
    return new Card(id, noteId, deckId, newState, suspended);
  }

  /** A copy suspended or not. */
  public Card withSuspended(boolean value) {
    return new Card(id, noteId, deckId, state, value);
  }
}
