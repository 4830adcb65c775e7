package dev.quiz.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored question: one note in a deck, with one card. Immutable.
 *
 * @param id the note's id in the bank
 * @param deckId the deck it belongs to
 * @param documentId the document it was generated from
 * @param question its content
 * @param modified when its content last changed
 */
public record Note(
    NoteId id, DeckId deckId, DocumentId documentId, Question question, Instant modified) {
  public Note {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(deckId, "deckId == null");
    Objects.requireNonNull(documentId, "documentId == null");
    Objects.requireNonNull(question, "question == null");
    Objects.requireNonNull(modified, "modified == null");
  }
}
