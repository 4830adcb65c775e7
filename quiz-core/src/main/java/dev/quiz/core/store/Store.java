package dev.quiz.core.store;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactRecord;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.schedule.DeckSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The question bank: decks, source documents, facts, notes (questions), cards and the review log.
 * {@link SqliteStore} keeps it in one SQLite file; an Android app may implement it with Room over
 * the same schema. One instance per thread; every method runs in its own transaction unless called
 * inside {@link #inTransaction}. Instants and durations are kept to the millisecond (finer parts
 * are cut). Failures of the bank itself throw {@link dev.quiz.core.StorageException}; an id that is
 * not in the bank throws {@link dev.quiz.core.InvalidInputException}.
 */
public interface Store extends AutoCloseable {

  /**
   * Runs {@code work} in one transaction: all its writes are saved together, or none when it
   * throws.
   */
  <T> T inTransaction(Function<Store, T> work);

  // --- decks

  /** The deck named {@code name}, created with default settings if it does not exist. */
  Deck deckNamed(String name, SchedulerKind scheduler);

  /** The deck named exactly {@code name}, if any. */
  Optional<Deck> findDeck(String name);

  /** The deck with id {@code id}, if any. */
  Optional<Deck> deck(DeckId id);

  /** Every deck, in creation order. */
  List<Deck> decks();

  /** Saves a changed deck (name, scheduler, new cards a day). */
  void updateDeck(Deck deck);

  /**
   * The deck's scheduler settings as the scheduler package's JSON (see {@code DeckSettings}); empty
   * when the deck uses the defaults.
   */
  Optional<String> deckSettings(DeckId id);

  /** Replaces the deck's scheduler settings text (see {@link #deckSettings}). */
  void saveDeckSettings(DeckId id, String settingsJson);

  /**
   * The deck's scheduler settings; {@link DeckSettings#defaults()} when none were saved.
   *
   * @throws dev.quiz.core.StorageException when the stored settings cannot be read
   */
  default DeckSettings settings(Deck deck) {
    Optional<String> json = deckSettings(deck.id());
    return json.isPresent()
        ? DeckSettingsJson.read(json.get(), deck.name())
        : DeckSettings.defaults();
  }

  /** Saves the deck's scheduler settings. */
  default void saveSettings(DeckId id, DeckSettings settings) {
    saveDeckSettings(id, DeckSettingsJson.write(settings));
  }

  // --- documents and facts

  /** The document named {@code name} (file name without folders), if any. */
  Optional<SourceDocument> findDocument(String name);

  /** Adds or replaces (by name) a document's record; its id stays when it existed. */
  SourceDocument saveDocument(String name, String title, String sha256, int length);

  /** Every document, in the order they were first saved. */
  List<SourceDocument> documents();

  /** Replaces the facts of a document with {@code facts} and returns them with ids. */
  List<FactRecord> replaceFacts(DocumentId document, List<NewFact> facts);

  /** The facts of a document, in the order they were saved. */
  List<FactRecord> facts(DocumentId document);

  /** A fact to store: the id comes from the store. */
  record NewFact(String about, String answer, AnswerValue value, Source source, boolean conflict) {}

  /**
   * Stores a document's facts and questions in one transaction: new questions get a new card,
   * changed ones keep their card and review history, and questions the document no longer yields
   * are removed. Importing the same content again changes nothing.
   *
   * @param deck the deck new questions go to
   * @param now the time recorded as the questions' modification time
   * @return counts of what changed
   */
  default DocumentImport.Outcome importDocument(DeckId deck, DocumentImport doc, Instant now) {
    return inTransaction(
        s -> {
          SourceDocument stored =
              s.saveDocument(doc.name(), doc.title(), doc.sha256(), doc.length());
          s.replaceFacts(stored.id(), doc.facts());
          int added = 0;
          int updated = 0;
          int unchanged = 0;
          java.util.List<String> keys = new java.util.ArrayList<>();
          for (Question q : doc.questions()) {
            keys.add(q.key());
            Optional<Note> old = s.findNote(q.key());
            Note saved = s.upsertNote(deck, stored.id(), q, now);
            if (!old.isPresent()) {
              added++;
            } else if (saved.equals(old.get())) {
              unchanged++;
            } else {
              updated++;
            }
          }
          int removed = s.deleteNotesExcept(stored.id(), keys);
          return new DocumentImport.Outcome(added, updated, unchanged, removed);
        });
  }

  // --- notes and cards

  /**
   * Adds {@code question} to {@code deck} with one new card, or, when a note with the same key
   * exists, updates its content and keeps its card and review history.
   */
  Note upsertNote(DeckId deck, DocumentId document, Question question, Instant now);

  /** The note with {@link Question#key()} {@code key}, if any. */
  Optional<Note> findNote(String key);

  /** The note with id {@code id}, if any. */
  Optional<Note> note(NoteId id);

  /** The notes matching {@code query}, in creation order. */
  List<Note> notes(NoteQuery query);

  /**
   * Deletes a document's notes whose keys are not in {@code keep}, with their cards and reviews.
   */
  int deleteNotesExcept(DocumentId document, List<String> keep);

  /** The card with id {@code id}, if any. */
  Optional<Card> card(CardId id);

  /** The cards of a note (one per note today). */
  List<Card> cardsOf(NoteId note);

  /**
   * Learning and review cards of a deck (all decks when empty), not suspended, due at or before
   * {@code now}, most overdue first; at most {@code limit} (>= 0). New cards are in {@link
   * #newCards}.
   */
  List<Card> dueCards(Optional<DeckId> deck, Instant now, int limit);

  /** New cards of a deck (all decks when empty), not suspended, oldest first. */
  List<Card> newCards(Optional<DeckId> deck, int limit);

  /** Every card of a deck (all decks when empty), in creation order. */
  List<Card> cards(Optional<DeckId> deck);

  /** Saves a card's state and suspended flag. */
  void updateCard(Card card);

  // --- reviews

  /** Saves the answer: the card's new state and its review log, in one transaction. */
  void saveReview(Card updated, ReviewLog log);

  /**
   * Removes the newest review of {@code card} and restores the state it had before; empty if none.
   */
  Optional<ReviewLog> undoLastReview(CardId card);

  /**
   * Reviews of a deck (all decks when empty) with {@code from <= reviewedAt < to}, oldest first.
   */
  List<ReviewLog> reviews(Optional<DeckId> deck, Instant from, Instant to);

  /** Closes the bank; further calls fail. */
  @Override
  void close();

  /**
   * Filters for {@link #notes}; empty fields match everything; {@code text} matches a
   * case-insensitive substring of the prompt, the answer or the evidence.
   */
  record NoteQuery(
      Optional<DeckId> deck,
      Optional<DocumentId> document,
      Optional<dev.quiz.core.model.FactKind> kind,
      Optional<String> text) {
    /** A query that matches every note. */
    public static NoteQuery all() {
      return new NoteQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
