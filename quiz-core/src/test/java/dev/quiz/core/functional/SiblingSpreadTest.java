package dev.quiz.core.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New cards: one question per fact before a second form of any fact (Anki's sibling burying). */
class SiblingSpreadTest {
  private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
  @TempDir Path dir;

  @Test
  void aSessionAsksEachFactOnceBeforeAskingAnyTwice() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Store store = SqliteStore.open(dir.resolve("bank.db"), clock)) {
      Deck deck = store.deckNamed("History", SchedulerKind.FSRS);
      store.importDocument(deck.id(), threeFactsTwoFormsEach(), NOW);

      StudySession session =
          StudySession.start(
              store,
              d -> store.settings(d).scheduler(d.scheduler()),
              clock,
              new StudyOptions(Optional.empty(), 3, OptionalInt.of(3)));
      List<Integer> factsShown = new ArrayList<>();
      for (Optional<StudyCard> c = session.next(); c.isPresent(); c = session.next()) {
        factsShown.add(c.get().note().question().source().answerSpan().start());
        session.answer(
            new CardAnswer(
                c.get().card().id(), c.get().card().state(), Rating.EASY, Duration.ZERO));
      }

      assertThat(factsShown).containsExactly(4, 14, 24);
    }
  }

  private static DocumentImport threeFactsTwoFormsEach() {
    String text = "Ships: 100; Guns: 200; Forts: 300.";
    List<Question> qs = new ArrayList<>();
    int[] at = {4, 14, 24};
    for (int f = 0; f < 3; f++) {
      for (int form = 0; form < 2; form++) {
        Prompt p =
            form == 0
                ? new Prompt.ShortAnswer("How many, fact " + f + "?")
                : new Prompt.Numeric("How many (typed), fact " + f + "?", 0.05);
        qs.add(
            new Question(
                "q-00000000000" + f + form,
                FactKind.NUMBER,
                p,
                "" + (f + 1) * 100,
                new AnswerValue.Number((f + 1) * 100, (f + 1) * 100, false),
                new Source(
                    "n.txt", text, new TextSpan(0, text.length()), new TextSpan(at[f], at[f] + 3)),
                0.9,
                Collections.emptyList()));
      }
    }
    return new DocumentImport("n.txt", "Numbers", "ef", text.length(), Collections.emptyList(), qs);
  }
}
