package dev.quiz.core.store;

import static dev.quiz.core.store.Fixtures.CLOCK;
import static dev.quiz.core.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.FactRecord;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.SourceDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips through a real bank file: write, close, reopen, compare. */
class SqliteStoreTest {
  @TempDir Path dir;

  private SqliteStore open() {
    return SqliteStore.open(dir.resolve("bank.db"), CLOCK);
  }

  @Test
  void decksAndTheirSettingsSurviveReopening() {
    Deck deck;
    try (SqliteStore store = open()) {
      deck = store.deckNamed("Quiz::Kabul", SchedulerKind.SM2);
      store.updateDeck(new Deck(deck.id(), "Quiz::Kabul", SchedulerKind.FSRS, 5));
      store.saveDeckSettings(deck.id(), "{\"retention\":0.9}");
      store.deckNamed("Other", SchedulerKind.FSRS);
    }
    try (SqliteStore store = open()) {
      Deck expected = new Deck(deck.id(), "Quiz::Kabul", SchedulerKind.FSRS, 5);
      assertThat(store.findDeck("Quiz::Kabul")).contains(expected);
      assertThat(store.deck(deck.id())).contains(expected);
      assertThat(store.deckNamed("Quiz::Kabul", SchedulerKind.SM2)).isEqualTo(expected);
      assertThat(store.deckSettings(deck.id())).contains("{\"retention\":0.9}");
      assertThat(store.decks()).extracting(Deck::name).containsExactly("Quiz::Kabul", "Other");
      assertThat(store.deckSettings(store.findDeck("Other").get().id())).isEmpty();
    }
  }

  @Test
  void documentsAndFactsSurviveReopening() {
    SourceDocument doc;
    List<FactRecord> facts;
    try (SqliteStore store = open()) {
      doc = store.saveDocument("kabul.txt", "Fall of Kabul", "ab12", 5000);
      facts =
          store.replaceFacts(
              doc.id(),
              Arrays.asList(
                  new Store.NewFact(
                      "fall",
                      "15 August 2021",
                      AnswerValue.Date.of("2021-08-15", "2021-08-15"),
                      Fixtures.source(),
                      false),
                  new Store.NewFact(
                      "evacuated",
                      "about 120,000",
                      new AnswerValue.Number(120000, 120000, true),
                      Fixtures.source(),
                      true)));
    }
    try (SqliteStore store = open()) {
      assertThat(store.findDocument("kabul.txt")).contains(doc);
      assertThat(store.documents()).containsExactly(doc);
      assertThat(store.facts(doc.id())).isEqualTo(facts);
      SourceDocument changed = store.saveDocument("kabul.txt", "Kabul", "cd34", 6000);
      assertThat(changed)
          .isEqualTo(new SourceDocument(doc.id(), "kabul.txt", "Kabul", "cd34", 6000));
      store.replaceFacts(doc.id(), Collections.emptyList());
      assertThat(store.facts(doc.id())).isEmpty();
    }
  }

  @Test
  void notesOfEveryPromptFormSurviveReopeningWithANewCardEach() {
    List<Question> questions =
        Arrays.asList(
            Fixtures.cloze("q-000000000001"),
            Fixtures.multipleChoice("q-000000000002"),
            Fixtures.numeric("q-000000000003"),
            Fixtures.trueFalse("q-000000000004"),
            Fixtures.shortAnswer("q-000000000005"));
    List<Note> saved = new java.util.ArrayList<>();
    try (SqliteStore store = open()) {
      Deck deck = store.deckNamed("D", SchedulerKind.FSRS);
      SourceDocument doc = store.saveDocument("kabul.txt", "Kabul", "ab", 10);
      for (Question q : questions) {
        saved.add(store.upsertNote(deck.id(), doc.id(), q, T0));
      }
    }
    try (SqliteStore store = open()) {
      assertThat(store.notes(Store.NoteQuery.all())).isEqualTo(saved);
      for (Note n : saved) {
        assertThat(store.note(n.id())).contains(n);
        assertThat(store.findNote(n.question().key())).contains(n);
        assertThat(store.cardsOf(n.id()))
            .singleElement()
            .satisfies(c -> assertThat(c.state()).isEqualTo(CardState.newCard(T0)));
      }
    }
  }

  @Test
  void cardsKeepEveryComponentOfTheirStateAndTheSuspendedFlag() {
    Card card;
    try (SqliteStore store = open()) {
      card = newCard(store, "q-000000000001");
      card = card.withState(Fixtures.reviewed(T0.plusSeconds(3600))).withSuspended(true);
      store.updateCard(card);
    }
    try (SqliteStore store = open()) {
      assertThat(store.card(card.id())).contains(card);
      assertThat(store.cards(Optional.of(card.deckId()))).containsExactly(card);
      assertThat(store.cards(Optional.empty())).containsExactly(card);
    }
  }

  @Test
  void aReviewSavesTheCardAndItsLogTogetherAndSurvivesReopening() {
    ReviewLog log;
    Card after;
    try (SqliteStore store = open()) {
      Card card = newCard(store, "q-000000000001");
      after = card.withState(Fixtures.reviewed(T0.plus(Duration.ofDays(3))));
      log =
          new ReviewLog(
              card.id(), T0, Rating.GOOD, card.state(), after.state(), Duration.ofMillis(4200));
      store.saveReview(after, log);
    }
    try (SqliteStore store = open()) {
      assertThat(store.card(after.id())).contains(after);
      assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(1))).containsExactly(log);
      assertThat(store.reviews(Optional.of(after.deckId()), T0, T0.plusSeconds(1)))
          .containsExactly(log);
      assertThat(store.reviews(Optional.empty(), T0.plusSeconds(1), T0.plusSeconds(2))).isEmpty();
    }
  }

  @Test
  void undoRemovesTheNewestReviewAndRestoresTheStateBeforeIt() {
    try (SqliteStore store = open()) {
      Card card = newCard(store, "q-000000000001");
      CardState first = Fixtures.reviewed(T0.plus(Duration.ofDays(1)));
      CardState second = Fixtures.reviewed(T0.plus(Duration.ofDays(5)));
      ReviewLog log1 =
          new ReviewLog(card.id(), T0, Rating.GOOD, card.state(), first, Duration.ZERO);
      ReviewLog log2 =
          new ReviewLog(
              card.id(), T0.plusSeconds(60), Rating.EASY, first, second, Duration.ofSeconds(2));
      store.saveReview(card.withState(first), log1);
      store.saveReview(card.withState(second), log2);

      assertThat(store.undoLastReview(card.id())).contains(log2);
      assertThat(store.card(card.id())).contains(card.withState(first));
      assertThat(store.undoLastReview(card.id())).contains(log1);
      assertThat(store.card(card.id())).contains(card);
      assertThat(store.undoLastReview(card.id())).isEmpty();
      assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(3600))).isEmpty();
    }
  }

  @Test
  void upsertWithChangedContentKeepsTheCardAndItsReviews() {
    try (SqliteStore store = open()) {
      Card card = newCard(store, "q-000000000001");
      Card after = card.withState(Fixtures.reviewed(T0.plus(Duration.ofDays(2))));
      store.saveReview(
          after,
          new ReviewLog(
              card.id(), T0, Rating.HARD, card.state(), after.state(), Duration.ofSeconds(3)));
      Note old = store.findNote("q-000000000001").get();
      Question changed = Fixtures.numeric("q-000000000001");

      Note updated = store.upsertNote(old.deckId(), old.documentId(), changed, T0.plusSeconds(99));

      assertThat(updated.id()).isEqualTo(old.id());
      assertThat(store.note(old.id())).contains(updated);
      assertThat(updated.question()).isEqualTo(changed);
      assertThat(updated.modified()).isEqualTo(T0.plusSeconds(99));
      assertThat(store.cardsOf(old.id())).containsExactly(after);
      assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(1))).hasSize(1);
    }
  }

  @Test
  void dueAndNewCardsComeMostOverdueAndOldestFirstLeavingOutSuspendedOnes() {
    try (SqliteStore store = open()) {
      Card a = newCard(store, "q-000000000001");
      Card b = newCard(store, "q-000000000002");
      Card c = newCard(store, "q-000000000003");
      Card d = newCard(store, "q-000000000004");
      store.updateCard(a.withState(Fixtures.reviewed(T0.plusSeconds(50))));
      store.updateCard(b.withState(Fixtures.reviewed(T0.plusSeconds(10))));
      store.updateCard(c.withState(Fixtures.reviewed(T0.plusSeconds(5))).withSuspended(true));
      store.updateCard(d.withState(Fixtures.reviewed(T0.plusSeconds(500))));
      Card e = newCard(store, "q-000000000005");

      assertThat(store.dueCards(Optional.of(a.deckId()), T0.plusSeconds(100), 10))
          .extracting(Card::id)
          .containsExactly(b.id(), a.id());
      assertThat(store.dueCards(Optional.empty(), T0.plusSeconds(100), 1))
          .extracting(Card::id)
          .containsExactly(b.id());
      assertThat(store.newCards(Optional.of(a.deckId()), 10))
          .extracting(Card::id)
          .containsExactly(e.id());
      assertThat(store.newCards(Optional.empty(), 10)).extracting(Card::id).containsExactly(e.id());
    }
  }

  @Test
  void notesAreFilteredByDeckDocumentKindAndText() {
    try (SqliteStore store = open()) {
      Deck deck = store.deckNamed("D", SchedulerKind.FSRS);
      SourceDocument doc = store.saveDocument("kabul.txt", "Kabul", "ab", 10);
      store.upsertNote(deck.id(), doc.id(), Fixtures.cloze("q-000000000001"), T0);
      store.upsertNote(deck.id(), doc.id(), Fixtures.numeric("q-000000000002"), T0);

      Store.NoteQuery numbers =
          new Store.NoteQuery(
              Optional.of(deck.id()),
              Optional.of(doc.id()),
              Optional.of(FactKind.NUMBER),
              Optional.empty());
      Store.NoteQuery text =
          new Store.NoteQuery(
              Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("FLOWN"));

      assertThat(store.notes(numbers))
          .extracting(n -> n.question().key())
          .containsExactly("q-000000000002");
      assertThat(store.notes(text))
          .extracting(n -> n.question().key())
          .containsExactly("q-000000000002");
    }
  }

  @Test
  void deletingNotesNotKeptRemovesTheirCardsAndReviews() {
    try (SqliteStore store = open()) {
      Card gone = newCard(store, "q-000000000001");
      Card kept = newCard(store, "q-000000000002");
      store.saveReview(
          gone,
          new ReviewLog(gone.id(), T0, Rating.AGAIN, gone.state(), gone.state(), Duration.ZERO));
      SourceDocument doc = store.findDocument("kabul.txt").get();

      int deleted = store.deleteNotesExcept(doc.id(), Collections.singletonList("q-000000000002"));

      assertThat(deleted).isEqualTo(1);
      assertThat(store.card(gone.id())).isEmpty();
      assertThat(store.card(kept.id())).contains(kept);
      assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(1))).isEmpty();
    }
  }

  @Test
  void aFailedTransactionSavesNothing() {
    try (SqliteStore store = open()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              store.inTransaction(
                  s -> {
                    s.deckNamed("Lost", SchedulerKind.FSRS);
                    throw new IllegalStateException("boom");
                  }));

      assertThat(store.findDeck("Lost")).isEmpty();
      String name = store.inTransaction(s -> s.deckNamed("Kept", SchedulerKind.FSRS).name());
      assertThat(name).isEqualTo("Kept");
    }
  }

  @Test
  void updatingACardThatIsNotInTheBankSaysWhich() {
    try (SqliteStore store = open()) {
      Card card = newCard(store, "q-000000000001");
      Card ghost =
          new Card(
              new dev.quiz.core.model.CardId(999),
              card.noteId(),
              card.deckId(),
              card.state(),
              false);

      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> store.updateCard(ghost));

      assertThat(e).hasMessage("no card 999 in bank " + dir.resolve("bank.db"));
    }
  }

  private static Card newCard(SqliteStore store, String key) {
    Deck deck = store.deckNamed("D", SchedulerKind.FSRS);
    SourceDocument doc =
        store
            .findDocument("kabul.txt")
            .orElseGet(() -> store.saveDocument("kabul.txt", "Kabul", "ab", 10));
    Note note = store.upsertNote(deck.id(), doc.id(), Fixtures.cloze(key), T0);
    return store.cardsOf(note.id()).get(0);
  }
}
