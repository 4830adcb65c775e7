package dev.quiz.core.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.grade.AnswerGrader;
import dev.quiz.core.grade.Grade;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.schedule.Schedulers;
import dev.quiz.core.schedule.SchedulingStates;
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

/** The library example of README.md, kept compiling and true. */
class ReadmeExampleTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  @TempDir Path dir;

  @Test
  void theReadmeStudyExampleSavesOneReview() {
    Path bankFile = dir.resolve("bank.db");
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    seed(bankFile, clock);

    // --- as in README.md
    try (Store store = SqliteStore.open(bankFile, clock)) {
      StudySession session =
          StudySession.start(
              store,
              deck -> store.settings(deck).scheduler(deck.scheduler()),
              clock,
              StudyOptions.defaults());
      Optional<StudyCard> next = session.next();
      if (next.isPresent()) {
        StudyCard shown = next.get();
        Grade grade = AnswerGrader.standard().grade(shown.note().question(), "9 November 2001");
        Duration took = Duration.ofSeconds(5);
        session.answer(
            new CardAnswer(
                shown.card().id(),
                shown.card().state(),
                AnswerGrader.suggestRating(grade, took),
                took)); // saved before it returns
      }
      // --- end of example
      assertThat(store.reviews(Optional.empty(), NOW.minusSeconds(1), NOW.plusSeconds(1)))
          .hasSize(1);
    }
  }

  @Test
  void theReadmeSchedulerExampleIsAPureFunction() {
    Instant now = NOW;
    long seed = 42;
    // --- as in README.md
    Scheduler fsrs = Schedulers.fsrs(FsrsParameters.defaults());
    SchedulingStates next = fsrs.next(CardState.newCard(now), new ReviewContext(now, seed));
    CardState ifGood = next.good();
    // --- end of example
    assertThat(ifGood.type()).isEqualTo(CardType.LEARNING);
    assertThat(ifGood.due()).isAfter(now);
  }

  @Test
  void undoOnARealBankWorksWhenTheClockHasNanoseconds() {
    Path bankFile = dir.resolve("bank.db");
    Clock clock = Clock.fixed(NOW.plusNanos(123_456_789), ZoneOffset.UTC);
    seed(bankFile, clock);
    try (Store store = SqliteStore.open(bankFile, clock)) {
      StudySession session =
          StudySession.start(
              store,
              deck -> store.settings(deck).scheduler(deck.scheduler()),
              clock,
              StudyOptions.defaults());
      StudyCard shown = session.next().get();
      session.answer(
          new CardAnswer(
              shown.card().id(),
              shown.card().state(),
              dev.quiz.core.model.Rating.GOOD,
              Duration.ofSeconds(3)));

      assertThat(session.undo()).isPresent();
      assertThat(store.card(shown.card().id()).get().state()).isEqualTo(shown.card().state());
    }
  }

  private static void seed(Path bankFile, Clock clock) {
    String evidence = "The town fell on 9 November 2001.";
    Question q =
        new Question(
            "q-000000000001",
            FactKind.DATE,
            new Prompt.ShortAnswer("When did the town fall?"),
            "9 November 2001",
            AnswerValue.Date.of("2001-11-09", "2001-11-09"),
            new Source(
                "town.txt", evidence, new TextSpan(0, evidence.length()), new TextSpan(17, 32)),
            0.9,
            Collections.emptyList());
    try (Store store = SqliteStore.open(bankFile, clock)) {
      Deck deck = store.deckNamed("History", SchedulerKind.FSRS);
      store.importDocument(
          deck.id(),
          new DocumentImport("town.txt", "The town", "ab", 40, Collections.emptyList(), List.of(q)),
          NOW);
    }
  }
}
