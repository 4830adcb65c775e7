package dev.quiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentImportTest {
  @TempDir Path dir;

  private static DocumentImport doc(String sha, List<Question> questions) {
    return new DocumentImport("kabul.txt", "Kabul", sha, 100, Collections.emptyList(), questions);
  }

  @Test
  void importingTheSameDocumentTwiceAddsNothing() {
    try (Store store = SqliteStore.open(dir.resolve("bank.db"), Fixtures.CLOCK)) {
      Deck deck = store.deckNamed("History", SchedulerKind.FSRS);
      List<Question> qs = List.of(Fixtures.cloze("q-1"), Fixtures.numeric("q-2"));

      DocumentImport.Outcome first = store.importDocument(deck.id(), doc("a", qs), Fixtures.T0);
      DocumentImport.Outcome second = store.importDocument(deck.id(), doc("a", qs), Fixtures.T0);

      assertThat(first).isEqualTo(new DocumentImport.Outcome(2, 0, 0, 0));
      assertThat(second).isEqualTo(new DocumentImport.Outcome(0, 0, 2, 0));
      assertThat(store.cards(Optional.empty())).hasSize(2);
    }
  }

  @Test
  void aChangedDocumentUpdatesItsQuestionsAndKeepsTheirReviews() {
    try (Store store = SqliteStore.open(dir.resolve("bank.db"), Fixtures.CLOCK)) {
      Deck deck = store.deckNamed("History", SchedulerKind.FSRS);
      store.importDocument(
          deck.id(),
          doc("a", List.of(Fixtures.cloze("q-1"), Fixtures.numeric("q-2"))),
          Fixtures.T0);
      Card card = store.cardsOf(store.findNote("q-1").get().id()).get(0);
      Card reviewed = card.withState(Fixtures.reviewed(Fixtures.T0.plus(Duration.ofDays(3))));
      store.saveReview(
          reviewed,
          new ReviewLog(
              card.id(), Fixtures.T0, Rating.GOOD, card.state(), reviewed.state(), Duration.ZERO));

      Question changed = Fixtures.cloze("q-1", List.of("edited"));
      DocumentImport.Outcome outcome =
          store.importDocument(deck.id(), doc("b", List.of(changed)), Fixtures.T0);

      assertThat(outcome).isEqualTo(new DocumentImport.Outcome(0, 1, 0, 1));
      assertThat(store.findNote("q-2")).isEmpty();
      assertThat(store.findNote("q-1").get().question().tags()).containsExactly("edited");
      assertThat(store.card(card.id()).get().state()).isEqualTo(reviewed.state());
      assertThat(
              store.reviews(
                  Optional.empty(), Fixtures.T0.minusSeconds(1), Fixtures.T0.plusSeconds(1)))
          .hasSize(1);
    }
  }
}
