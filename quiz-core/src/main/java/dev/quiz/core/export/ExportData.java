package dev.quiz.core.export;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to export, as plain model values gathered by the caller. Immutable (the lists and map are
 * copied), thread-safe.
 *
 * <p>Every note becomes one Anki note with one card. A note's card state comes from its card in
 * {@code cards} (the one with the lowest id when there are several; a new card when there is none);
 * cards of notes not in {@code notes} are ignored, as are reviews of ignored cards.
 *
 * @param decks the bank decks the notes come from; only their names are used, in messages
 * @param notes the questions to export; their {@code Question.key}s must be unique
 * @param cards the notes' cards (scheduling state, suspension)
 * @param reviews the notes' review history, any order
 * @param documents the source documents by id: their titles name the decks and tag the notes; a
 *     note whose document is missing uses the file name in its {@code Source}
 */
public record ExportData(
    List<Deck> decks,
    List<Note> notes,
    List<Card> cards,
    List<ReviewLog> reviews,
    Map<DocumentId, SourceDocument> documents) {

  public ExportData {
    decks = copy(decks, "decks");
    notes = copy(notes, "notes");
    cards = copy(cards, "cards");
    reviews = copy(reviews, "reviews");
    Objects.requireNonNull(documents, "documents == null");
    documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
  }

  /**
   * Gathers a deck (or, when {@code deck} is empty, the whole bank) from {@code store}: its notes,
   * their cards, the reviews up to {@code now}, all decks and all documents.
   *
   * @throws dev.quiz.core.StorageException as the store's methods do
   */
  public static ExportData gather(Store store, Optional<DeckId> deck, Instant now) {
    Objects.requireNonNull(store, "store == null");
    Objects.requireNonNull(deck, "deck == null");
    Objects.requireNonNull(now, "now == null");
    Store.NoteQuery query =
        new Store.NoteQuery(deck, Optional.empty(), Optional.empty(), Optional.empty());
    Map<DocumentId, SourceDocument> docs = new LinkedHashMap<>();
    for (SourceDocument d : store.documents()) {
      docs.put(d.id(), d);
    }
    List<Deck> decks = new ArrayList<>();
    for (Deck d : store.decks()) {
      if (!deck.isPresent() || d.id().equals(deck.get())) {
        decks.add(d);
      }
    }
    return new ExportData(
        decks,
        store.notes(query),
        store.cards(deck),
        store.reviews(deck, Instant.EPOCH, now),
        docs);
  }

  private static <T> List<T> copy(List<T> list, String name) {
    Objects.requireNonNull(list, name + " == null");
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
