package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.FactRecord;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.model.TextSpan;
import dev.quiz.core.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quiz export anki|csv} against an in-memory bank. */
class ExportCommandTest {
  private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
  private static final Deck HISTORY = new Deck(new DeckId(1), "History", SchedulerKind.FSRS, 20);
  private static final Deck EMPTY = new Deck(new DeckId(2), "Empty", SchedulerKind.SM2, 20);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl =
        new CommandLine(
            new ExportCommand(db -> new MemoryStore(), Clock.fixed(NOW, ZoneOffset.UTC)));
    cl.setExecutionExceptionHandler(new QuizExceptionHandler());
    cl.setParameterExceptionHandler(new QuizExceptionHandler.Usage());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void ankiWritesAPackageAndSaysWhatItWrote() throws Exception {
    Path apkg = dir.resolve("quiz.apkg");
    assertThat(run("--bank", "bank.db", "anki", "--out", apkg.toString(), "--with-scheduling"))
        .isZero();
    assertThat(out.toString())
        .startsWith("wrote 1 notes (1 cards, 0 reviews) in 1 deck to " + apkg + " (");
    try (ZipFile zip = new ZipFile(apkg.toFile())) {
      assertThat(zip.getEntry("collection.anki2")).isNotNull();
      assertThat(zip.getEntry("media")).isNotNull();
    }
  }

  @Test
  void csvWritesTheTextImportFileForOneDeck() throws Exception {
    Path csv = dir.resolve("quiz.txt");
    assertThat(run("csv", "--out", csv.toString(), "--deck", "History")).isZero();
    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).contains("#deck:History");
  }

  @Test
  void anEmptyDeckIsBadInput() {
    assertThat(run("anki", "--out", dir.resolve("q.apkg").toString(), "--deck", "Empty"))
        .isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo("quiz: nothing to export: deck Empty has no questions" + System.lineSeparator());
  }

  @Test
  void anUnknownDeckIsBadInputListingTheDecks() {
    assertThat(run("anki", "--out", dir.resolve("q.apkg").toString(), "--deck", "Nope"))
        .isEqualTo(3);
    assertThat(err.toString()).contains("quiz: no deck named 'Nope'; the bank has: History, Empty");
  }

  @Test
  void aMissingFolderIsAnIoError() {
    Path bad = dir.resolve("no").resolve("q.apkg");
    assertThat(run("anki", "--out", bad.toString())).isEqualTo(4);
    assertThat(err.toString()).contains("quiz: cannot write " + bad + ": folder ");
  }

  @Test
  void missingOutIsAUsageError() {
    assertThat(run("anki")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--out=FILE.apkg'");
  }

  /** A bank with one note in "History" and an empty deck "Empty". */
  private static final class MemoryStore implements Store {
    private final DocumentId doc = new DocumentId(1);
    private final String evidence = "Kabul fell on 13 November 2001.";
    private final Note note =
        new Note(
            new NoteId(1),
            HISTORY.id(),
            doc,
            new Question(
                "q-000000000001",
                FactKind.DATE,
                new Prompt.ShortAnswer("When did Kabul fall?"),
                "13 November 2001",
                AnswerValue.Date.of("2001-11-13", "2001-11-13"),
                new Source(
                    "kabul.txt",
                    evidence,
                    new TextSpan(0, evidence.length()),
                    new TextSpan(14, 30)),
                0.9,
                List.of()),
            NOW);

    @Override
    public <T> T inTransaction(Function<Store, T> work) {
      return work.apply(this);
    }

    @Override
    public Deck deckNamed(String name, SchedulerKind s) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Deck> findDeck(String name) {
      return decks().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Deck> deck(DeckId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Deck> decks() {
      return List.of(HISTORY, EMPTY);
    }

    @Override
    public void updateDeck(Deck deck) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> deckSettings(DeckId id) {
      return Optional.empty();
    }

    @Override
    public void saveDeckSettings(DeckId id, String json) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SourceDocument> findDocument(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceDocument saveDocument(String n, String t, String s, int l) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<SourceDocument> documents() {
      return List.of(new SourceDocument(doc, "kabul.txt", "Kabul", "00", 31));
    }

    @Override
    public List<FactRecord> replaceFacts(DocumentId d, List<NewFact> f) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<FactRecord> facts(DocumentId d) {
      return List.of();
    }

    @Override
    public Note upsertNote(DeckId d, DocumentId doc, Question q, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Note> findNote(String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Note> note(NoteId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Note> notes(NoteQuery q) {
      return q.deck().isEmpty() || q.deck().get().equals(HISTORY.id()) ? List.of(note) : List.of();
    }

    @Override
    public int deleteNotesExcept(DocumentId d, List<String> keep) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Card> card(CardId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Card> cardsOf(NoteId n) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Card> dueCards(Optional<DeckId> d, Instant now, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Card> newCards(Optional<DeckId> d, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Card> cards(Optional<DeckId> d) {
      return List.of(
          new Card(new CardId(1), note.id(), HISTORY.id(), CardState.newCard(NOW), false));
    }

    @Override
    public void updateCard(Card card) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void saveReview(Card updated, ReviewLog log) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ReviewLog> undoLastReview(CardId card) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ReviewLog> reviews(Optional<DeckId> d, Instant from, Instant to) {
      return List.of();
    }

    @Override
    public void close() {}
  }
}
