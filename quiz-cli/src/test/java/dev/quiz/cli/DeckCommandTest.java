package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Deck;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.schedule.DeckSettings;
import dev.quiz.core.store.SqliteStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DeckCommandTest {
  @TempDir Path dir;
  private Path bank;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void makeBank() {
    bank = TestBank.tenQuestions(dir);
  }

  private int run(String... args) {
    CommandLine cl = QuizCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void settingsAreSavedInTheBankAndUsedByTheDeck() {
    int code =
        run(
            "deck",
            "set",
            "History",
            "--bank",
            bank.toString(),
            "--scheduler",
            "sm2",
            "--new-per-day",
            "7",
            "--retention",
            "0.85",
            "--learning-steps",
            "2m,20m",
            "--no-fuzz");

    assertThat(code).as(err.toString()).isZero();
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      Deck deck = store.findDeck("History").get();
      DeckSettings settings = store.settings(deck);
      assertThat(deck.scheduler()).isEqualTo(SchedulerKind.SM2);
      assertThat(deck.newCardsPerDay()).isEqualTo(7);
      assertThat(settings.fsrs().desiredRetention()).isEqualTo(0.85);
      assertThat(settings.fsrs().learningSteps()).containsExactly("2m", "20m");
      assertThat(settings.fsrs().enableFuzz()).isFalse();
      assertThat(settings.sm2()).isEqualTo(DeckSettings.defaults().sm2());
    }
    assertThat(out.toString()).contains("Scheduler:      sm2").contains("New cards/day:  7");
  }

  @Test
  void aDeckNobodyConfiguredUsesTheDefaults() {
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      assertThat(store.settings(store.findDeck("History").get()))
          .isEqualTo(DeckSettings.defaults());
    }
  }

  @Test
  void aBadRetentionIsRefusedAndNothingChanges() {
    int code =
        run(
            "deck",
            "set",
            "History",
            "--bank",
            bank.toString(),
            "--retention",
            "1.5",
            "--new-per-day",
            "3");

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).startsWith("quiz: ").contains("1.5");
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      assertThat(store.findDeck("History").get().newCardsPerDay()).isEqualTo(20);
    }
  }

  @Test
  void listShowsEveryDeck() {
    assertThat(run("deck", "list", "--bank", bank.toString())).isZero();
    assertThat(out.toString()).contains("History").contains("fsrs").contains("10 cards");
  }
}
