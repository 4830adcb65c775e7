package dev.quiz.core.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import dev.quiz.core.schedule.DeckSettings;
import dev.quiz.core.store.DocumentImport;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import dev.quiz.core.study.CardAnswer;
import dev.quiz.core.study.StudyCard;
import dev.quiz.core.study.StudyOptions;
import dev.quiz.core.study.StudySession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SM-2 deck in a study session: Anki's leech rule suspends the card, and undo brings it back.
 */
class Sm2LeechSessionTest {
  private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
  @TempDir Path dir;

  @Test
  void aLeechIsSuspendedAndUndoUnsuspendsIt() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Store store = SqliteStore.open(dir.resolve("bank.db"), clock)) {
      Deck deck = store.deckNamed("History", SchedulerKind.SM2);
      store.saveSettings(
          deck.id(),
          DeckSettings.defaults()
              .withSm2(DeckSettings.defaults().sm2().toBuilder().leechThreshold(1).build()));
      store.importDocument(deck.id(), doc(), NOW);
      Card card = store.cards(Optional.empty()).get(0);
      CardState review =
          new CardState(
              CardType.REVIEW,
              NOW.minus(Duration.ofDays(1)),
              Optional.empty(),
              10,
              0,
              0,
              2500,
              3,
              0,
              Optional.of(NOW.minus(Duration.ofDays(11))));
      store.updateCard(card.withState(review));

      StudySession session =
          StudySession.start(
              store,
              d -> store.settings(d).scheduler(d.scheduler()),
              clock,
              StudyOptions.defaults());
      StudyCard shown = session.next().get();
      session.answer(
          new CardAnswer(shown.card().id(), review, Rating.AGAIN, Duration.ofSeconds(4)));

      assertThat(store.card(card.id()).get().suspended()).isTrue();
      assertThat(store.card(card.id()).get().state().lapses()).isEqualTo(1);

      session.undo();

      assertThat(store.card(card.id()).get().suspended()).isFalse();
      assertThat(store.card(card.id()).get().state()).isEqualTo(review);
    }
  }

  private static DocumentImport doc() {
    String evidence = "The bridge was opened in 1883.";
    Question q =
        new Question(
            "q-00000000000b",
            FactKind.DATE,
            new Prompt.ShortAnswer("When was the bridge opened?"),
            "1883",
            AnswerValue.Date.of("1883", "1883"),
            new Source(
                "bridge.txt", evidence, new TextSpan(0, evidence.length()), new TextSpan(25, 29)),
            0.9,
            Collections.emptyList());
    return new DocumentImport(
        "bridge.txt", "Bridge", "cd", 40, Collections.emptyList(), List.of(q));
  }
}
