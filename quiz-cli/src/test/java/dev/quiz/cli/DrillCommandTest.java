package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.store.SqliteStore;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DrillCommandTest {
  static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int drill(String input, String... args) {
    CommandLine cl = QuizCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    DrillCommand drill = cl.getSubcommands().get("drill").getCommand();
    drill.with(new StringReader(input), Clock.fixed(NOW, ZoneOffset.UTC));
    String[] all = new String[args.length + 1];
    all[0] = "drill";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  @Test
  void aScriptedSessionSavesEveryAnswerUndoesOneAndQuits() {
    Path bank = TestBank.tenQuestions(dir);
    String script =
        String.join(
            "\n",
            "1,500",
            "", // card 1 right, suggested Easy (answered at once)
            "7 March 1999",
            "", // card 2 wrong: Again
            "u", // undo card 2: it comes back
            "November 9, 2001",
            "3", // card 2 right, Good chosen
            "Khan",
            "", // card 3 surname alone: right
            "c",
            "", // card 4 wrong letter: Again
            "yes",
            "4", // card 5 true: Easy
            "herat",
            "2", // card 6 cloze: Hard chosen
            "between 400 and 600",
            "", // card 7 right
            "1998",
            "", // card 8 year only: partial, Hard
            "Dostum",
            "1", // card 9 right, but Again chosen
            "3100",
            "", // card 10 within 5%: right
            "q");

    int code = drill(script, "--bank", bank.toString());

    assertThat(code).isEqualTo(0);
    assertThat(err.toString()).isEmpty();
    String shown = out.toString();
    assertThat(shown).contains("Undone: card #2 is back as it was.\n\nCard 2 · History · new · #2");
    assertThat(shown)
        .contains(
            "\nReviewed 10 cards, 8 correct, in 0s. Next card due in 1m (2025-03-10 09:01).\n");
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      List<ReviewLog> logs = store.reviews(Optional.empty(), NOW, NOW.plusSeconds(1));
      assertThat(logs)
          .extracting(l -> l.cardId().value())
          .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
      assertThat(logs)
          .extracting(ReviewLog::rating)
          .containsExactly(
              Rating.EASY,
              Rating.GOOD,
              Rating.EASY,
              Rating.AGAIN,
              Rating.EASY,
              Rating.HARD,
              Rating.EASY,
              Rating.HARD,
              Rating.AGAIN,
              Rating.EASY);
      for (ReviewLog log : logs) {
        Card card = store.card(log.cardId()).get();
        assertThat(card.state()).isEqualTo(log.after());
        assertThat(log.before().type()).isEqualTo(CardType.NEW);
        assertThat(log.reviewedAt()).isEqualTo(NOW);
      }
      assertThat(due(store, 4)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
      assertThat(due(store, 9)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
      assertThat(due(store, 2)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
      assertThat(due(store, 1)).isAfterOrEqualTo(NOW.plus(Duration.ofDays(1)));
      assertThat(store.card(new CardId(1)).get().state().type()).isEqualTo(CardType.REVIEW);
    }
  }

  private static Instant due(SqliteStore store, long id) {
    return store.card(new CardId(id)).get().state().due();
  }

  @Test
  void theEndOfInputEndsTheSessionWithASummary() {
    Path bank = TestBank.tenQuestions(dir);

    int code = drill("1500\n\n9 Nov 2001", "--bank", bank.toString(), "--deck", "History");

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .endsWith(
            "Easy 8d: \nReviewed 1 card, 1 correct, in 0s. Next card due in 8d (2025-03-18 09:00).\n");
    assertThat(out.toString()).contains("Card 2 ").doesNotContain("Card 3 ");
  }

  @Test
  void anEmptyBankHasNothingToStudy() {
    Path bank = TestBank.empty(dir);

    int code = drill("", "--bank", bank.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .isEqualTo(
            "Nothing to study now.\nReviewed 0 cards, 0 correct, in 0s. No cards are scheduled.\n");
  }

  @Test
  void aMissingDeckIsOneLineAndExitCodeThree() {
    Path bank = TestBank.tenQuestions(dir);

    int code = drill("", "--bank", bank.toString(), "--deck", "Geography");

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo("quiz: no deck named 'Geography' in the bank; decks: 'History'\n");
  }

  @Test
  void aMissingBankIsOneLineAndExitCodeFourAndIsNotCreated() {
    Path missing = dir.resolve("nope.db");

    int code = drill("", "--bank", missing.toString());

    assertThat(code).isEqualTo(4);
    assertThat(err.toString())
        .isEqualTo(
            "quiz: cannot open bank "
                + missing
                + ": no such file (make one with 'quiz generate', or give --bank FILE)\n");
    assertThat(missing).doesNotExist();
  }

  @Test
  void controlCharactersAndHugeAnswersAreGradedAndSaved() {
    Path bank = TestBank.tenQuestions(dir);
    String huge = "x".repeat(10_000);

    int code = drill("\u0000\u001b[2J\u0007\n\n" + huge + "\n\n", "--bank", bank.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString()).doesNotContain("\u001b").doesNotContain(huge);
    assertThat(out.toString()).contains("Reviewed 2 cards, 0 correct");
  }

  @Test
  void aBadRatingAsksAgain() {
    Path bank = TestBank.tenQuestions(dir);

    drill("1500\n7\nokay\n2\nq\n", "--bank", bank.toString());

    assertThat(out.toString()).contains("Press Enter for Easy, 1-4 to choose, or q to stop.");
    assertThat(out.toString()).contains("Saved: Hard");
  }

  @Test
  void newCardsAreLimitedByTheNewOption() {
    Path bank = TestBank.tenQuestions(dir);

    drill("1500\n\n9 nov 2001\n\n", "--bank", bank.toString(), "--new", "1");

    assertThat(out.toString()).contains("Reviewed 1 card").doesNotContain("Card 2 ");
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    Path bank = TestBank.tenQuestions(dir);

    int code = drill("", "--bank", bank.toString(), "--limit", "-1");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("quiz: --limit and --new must be >= 0: -1\n");
  }

  @Test
  void aBankLockedByAnotherProcessIsOneLineAndExitCodeOneAndLosesNothing() throws Exception {
    Path bank = TestBank.tenQuestions(dir);
    try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bank);
        java.sql.Statement st = other.createStatement()) {
      st.execute("BEGIN EXCLUSIVE");

      int code = drill("1500\n\n", "--bank", bank.toString());

      assertThat(code).isEqualTo(1);
      assertThat(err.toString())
          .isEqualTo(
              "quiz: bank "
                  + bank
                  + " is locked by another process (waited 5 s);"
                  + " close the other quiz and retry\n");
      st.execute("ROLLBACK");
    }
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      assertThat(store.cards(Optional.empty())).hasSize(10);
    }
  }

  @Test
  void helpDescribesTheCommand() {
    int code = drill("", "--help");

    assertThat(code).isEqualTo(0);
    assertThat(out.toString()).contains("Usage: quiz drill").contains("--new=N");
  }
}
