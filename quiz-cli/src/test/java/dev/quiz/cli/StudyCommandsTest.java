package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.core.model.CardId;
import dev.quiz.core.store.SqliteStore;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** quiz stats, list, suspend and unsuspend on a bank where three cards were drilled. */
class StudyCommandsTest {
  private static final Clock CLOCK = Clock.fixed(DrillCommandTest.NOW, ZoneOffset.UTC);

  @TempDir Path dir;
  private Path bank;
  private StringWriter out;
  private StringWriter err;
  private Clock clock = CLOCK;

  @BeforeEach
  void drillThreeCards() {
    bank = TestBank.tenQuestions(dir);
    run("1500\n4\n1999\n1\nKhan\n3\nq\n", "drill", "--bank", bank.toString());
  }

  private int run(String input, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = QuizCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.getSubcommands()
        .get("drill")
        .<DrillCommand>getCommand()
        .with(new StringReader(input), CLOCK);
    cl.getSubcommands().get("stats").<StatsCommand>getCommand().with(clock);
    cl.getSubcommands().get("list").<ListCommand>getCommand().with(clock);
    return cl.execute(args);
  }

  @Test
  void statsAsJsonCountCardsDueDatesAndReviews() {
    int code = run("", "stats", "--bank", bank.toString(), "--json");

    assertThat(code).isEqualTo(0);
    JsonObject o = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertThat(o.getAsJsonObject("cards").get("new").getAsInt()).isEqualTo(7);
    assertThat(o.getAsJsonObject("cards").get("learning").getAsInt()).isEqualTo(2);
    assertThat(o.getAsJsonObject("cards").get("review").getAsInt()).isEqualTo(1);
    assertThat(o.getAsJsonObject("due").get("today").getAsInt()).isEqualTo(2);
    assertThat(o.getAsJsonArray("forecast")).hasSize(30);
    assertThat(o.getAsJsonArray("reviewsPerDay").get(29).getAsInt()).isEqualTo(3);
    assertThat(o.get("streak").getAsInt()).isEqualTo(1);
    assertThat(o.getAsJsonObject("retention").get("target").getAsDouble()).isEqualTo(0.9);
    assertThat(o.getAsJsonObject("retention").getAsJsonObject("last7").has("rate")).isFalse();
  }

  @Test
  void statsAsTextDrawTheForecast() {
    int code = run("", "stats", "--bank", bank.toString(), "--deck", "History");

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .startsWith(
            "Cards: 7 new, 2 learning, 1 review, 0 relearning, 0 suspended\nDue: 2 today, 0 tomorrow\n")
        .contains(
            "  Mon 10 Mar     2 ########################################\n  Tue 11 Mar     0\n")
        .contains(
            "Retention (target 90%): last 7 days - (no reviews), last 30 days - (no reviews)\n")
        .contains("Streak: 1 day\n");
  }

  @Test
  void listFiltersByKindDueAndText() {
    run("", "list", "--bank", bank.toString(), "--kind", "date");
    assertThat(out.toString())
        .contains("When did the fort fall?")
        .contains("When was the treaty signed?")
        .doesNotContain("How many")
        .endsWith("2 cards.\n");

    clock = Clock.offset(CLOCK, java.time.Duration.ofMinutes(5));
    run("", "list", "--bank", bank.toString(), "--due");
    assertThat(out.toString())
        .contains("learning    2025-03-10 09:01  date    When did the fort fall?")
        .endsWith("1 card.\n");

    run("", "list", "--bank", bank.toString(), "--search", "horses", "--doc", TestBank.DOC);
    assertThat(out.toString()).contains("How many horses were lost?").endsWith("1 card.\n");
  }

  @Test
  void listRefusesAnUnknownKindOrDocument() {
    assertThat(run("", "list", "--bank", bank.toString(), "--kind", "place")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "quiz: Invalid value for option '--kind': fact kind must be date, number or person: place\n");

    assertThat(run("", "list", "--bank", bank.toString(), "--doc", "other.txt")).isEqualTo(3);
    assertThat(err.toString()).isEqualTo("quiz: no document named 'other.txt' in the bank\n");
  }

  @Test
  void suspendedCardsLeaveSessionsAndComeBack() {
    assertThat(run("", "suspend", "--bank", bank.toString(), "2", "3")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("Card 2 suspended.\nCard 3 suspended.\n");
    run("", "suspend", "--bank", bank.toString(), "2");
    assertThat(out.toString()).isEqualTo("Card 2 was already suspended.\n");
    clock = Clock.offset(CLOCK, java.time.Duration.ofHours(1));
    run("", "list", "--bank", bank.toString(), "--due");
    assertThat(out.toString()).endsWith("0 cards.\n");

    assertThat(run("", "unsuspend", "--bank", bank.toString(), "2")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("Card 2 unsuspended.\n");
    try (SqliteStore store = SqliteStore.open(bank, CLOCK)) {
      assertThat(store.card(new CardId(2)).get().suspended()).isFalse();
      assertThat(store.card(new CardId(3)).get().suspended()).isTrue();
    }
  }

  @Test
  void suspendingAMissingCardChangesNothing() {
    int code = run("", "suspend", "--bank", bank.toString(), "1", "99");

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).isEqualTo("quiz: no card 99 in the bank (see 'quiz list')\n");
    try (SqliteStore store = SqliteStore.open(bank, CLOCK)) {
      assertThat(store.card(new CardId(1)).get().suspended()).isFalse();
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"stats", "list", "suspend", "unsuspend", "drill"}) {
      assertThat(run("", c, "--help")).isEqualTo(0);
      assertThat(out.toString()).contains("Usage: quiz " + c + " [-hV]");
    }
  }
}
