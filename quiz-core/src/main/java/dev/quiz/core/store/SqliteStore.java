package dev.quiz.core.store;

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
import dev.quiz.core.model.SourceDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bank in one SQLite file, through sqlite-jdbc, in the schema a Room database {@code
 * dev.quiz.core.store.QuizDatabase} of version {@link #SCHEMA_VERSION} declares: an Android app can
 * open the file with Room, or ship {@link #writeAndroidAsset a copy} through {@code
 * createFromAsset}. The file uses WAL; writers in other processes are waited for up to 5 s.
 * Instants and durations are kept to the millisecond.
 *
 * <p>One instance per thread (it holds one connection); several instances, in this or other
 * processes, may share a file.
 */
public final class SqliteStore implements Store {
  /** The schema version new banks get ({@code PRAGMA user_version}) and the newest this opens. */
  public static final int SCHEMA_VERSION = QuizSchema.CURRENT;

  private final Db db;
  private final DeckTable decks;
  private final DocumentTable documents;
  private final NoteTable notes;
  private final CardTable cards;

  private SqliteStore(Db db) {
    this.db = db;
    this.decks = new DeckTable(db);
    this.documents = new DocumentTable(db);
    this.notes = new NoteTable(db);
    this.cards = new CardTable(db);
  }

  /**
   * Opens the bank {@code file}, creating it (and its folders) when absent and upgrading it when
   * its schema is older; a file that is not a quiz bank is refused and left unchanged.
   *
   * @param clock names the backup saved before an upgrade ({@code <file>.v<old>-<utc time>.bak})
   * @throws dev.quiz.core.FileOpException when the path is a folder, read-only or unreadable
   * @throws dev.quiz.core.StorageException when the file is not a quiz bank, is damaged, comes from
   *     a newer version, or stays locked by another process
   */
  public static SqliteStore open(Path file, Clock clock) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(clock, "clock == null");
    return new SqliteStore(BankOpener.open(file, clock));
  }

  /** {@link #open(Path, Clock)} with the system clock. */
  public static SqliteStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /**
   * Room's schema JSON of the bank at {@code version}, as Room exports it to {@code
   * schemas/dev.quiz.core.store.QuizDatabase/<version>.json}; ends with a newline.
   *
   * @param version 1..{@link #SCHEMA_VERSION}
   */
  public static String roomSchemaJson(int version) {
    return SchemaJson.write(QuizSchema.version(version));
  }

  /** Room's identity hash of schema {@code version} (1..{@link #SCHEMA_VERSION}), 32 hex digits. */
  public static String roomIdentityHash(int version) {
    return IdentityHash.of(QuizSchema.version(version));
  }

  /** The bank file. */
  public Path file() {
    return db.file();
  }

  /**
   * Writes a copy of the bank for Android's {@code Room.createFromAsset}: one compact, checkpointed
   * file in rollback-journal mode, with {@code user_version} and {@code room_master_table} set.
   * Written to a temp file beside {@code out}, then renamed.
   *
   * @param replace whether an existing {@code out} may be replaced
   * @throws dev.quiz.core.FileOpException when {@code out} exists and {@code replace} is false, or
   *     it cannot be written
   */
  public void writeAndroidAsset(Path out, boolean replace) {
    AndroidAsset.write(db, out, replace);
  }

  @Override
  public <T> T inTransaction(Function<Store, T> work) {
    return db.tx(() -> work.apply(this));
  }

  @Override
  public Deck deckNamed(String name, SchedulerKind scheduler) {
    return decks.named(name, scheduler);
  }

  @Override
  public Optional<Deck> findDeck(String name) {
    return decks.find(name);
  }

  @Override
  public Optional<Deck> deck(DeckId id) {
    return decks.byId(id);
  }

  @Override
  public List<Deck> decks() {
    return decks.all();
  }

  @Override
  public void updateDeck(Deck deck) {
    decks.update(deck);
  }

  @Override
  public Optional<String> deckSettings(DeckId id) {
    return decks.settings(id);
  }

  @Override
  public void saveDeckSettings(DeckId id, String settingsJson) {
    decks.saveSettings(id, settingsJson);
  }

  @Override
  public Optional<SourceDocument> findDocument(String name) {
    return documents.find(name);
  }

  @Override
  public SourceDocument saveDocument(String name, String title, String sha256, int length) {
    return documents.save(name, title, sha256, length);
  }

  @Override
  public List<SourceDocument> documents() {
    return documents.all();
  }

  @Override
  public List<FactRecord> replaceFacts(DocumentId document, List<NewFact> facts) {
    return documents.replaceFacts(document, facts);
  }

  @Override
  public List<FactRecord> facts(DocumentId document) {
    return documents.facts(document);
  }

  @Override
  public Note upsertNote(DeckId deck, DocumentId document, Question question, Instant now) {
    return notes.upsert(deck, document, question, now);
  }

  @Override
  public Optional<Note> findNote(String key) {
    return notes.find(key);
  }

  @Override
  public Optional<Note> note(NoteId id) {
    return notes.byId(id);
  }

  @Override
  public List<Note> notes(NoteQuery query) {
    return notes.query(query);
  }

  @Override
  public int deleteNotesExcept(DocumentId document, List<String> keep) {
    return notes.deleteExcept(document, keep);
  }

  @Override
  public Optional<Card> card(CardId id) {
    return cards.byId(id);
  }

  @Override
  public List<Card> cardsOf(NoteId note) {
    return cards.ofNote(note);
  }

  @Override
  public List<Card> dueCards(Optional<DeckId> deck, Instant now, int limit) {
    return cards.due(deck, now, limit);
  }

  @Override
  public List<Card> newCards(Optional<DeckId> deck, int limit) {
    return cards.fresh(deck, limit);
  }

  @Override
  public List<Card> cards(Optional<DeckId> deck) {
    return cards.all(deck);
  }

  @Override
  public void updateCard(Card card) {
    cards.update(card);
  }

  @Override
  public void saveReview(Card updated, ReviewLog log) {
    cards.saveReview(updated, log);
  }

  @Override
  public Optional<ReviewLog> undoLastReview(CardId card) {
    return cards.undoLast(card);
  }

  @Override
  public List<ReviewLog> reviews(Optional<DeckId> deck, Instant from, Instant to) {
    return cards.reviews(deck, from, to);
  }

  @Override
  public void close() {
    db.close();
  }
}
