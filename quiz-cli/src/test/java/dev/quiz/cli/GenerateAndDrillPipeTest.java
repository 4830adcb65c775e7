package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.study.StudyOptions;
import dev.quiz.core.study.StudySession;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole day through a pipe, as a script would run it: generate from a document into a bank, then
 * a separate {@code quiz drill} process answers 10 cards (some wrong), undoes one, and quits.
 */
class GenerateAndDrillPipeTest {
  @TempDir Path dir;

  @Test
  void generateThenDrillTenCardsThroughAPipe() throws Exception {
    Path doc = dir.resolve("battle-of-hastings.txt");
    try (InputStream in =
        GenerateAndDrillPipeTest.class.getResourceAsStream(
            "/dev/quiz/cli/samples/battle-of-hastings.txt")) {
      Files.copy(in, doc);
    }
    Path bank = dir.resolve("bank.db");
    StringWriter out = new StringWriter();
    int generated =
        QuizCli.commandLine()
            .setOut(new PrintWriter(out, true))
            .execute("generate", "--bank", bank.toString(), doc.toString());
    assertThat(generated).as(out.toString()).isZero();
    assertThat(out.toString()).contains("Changes    ").contains(" added, 0 updated");

    List<Card> order;
    List<Question> questions = new ArrayList<>();
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      order =
          StudySession.start(
                  store,
                  d -> store.settings(d).scheduler(d.scheduler()),
                  Clock.systemUTC(),
                  StudyOptions.defaults())
              .plannedNewCards()
              .subList(0, 10);
      for (Card c : order) {
        Note n = store.note(c.noteId()).get();
        questions.add(n.question());
      }
    }
    assertThat(order).hasSize(10);

    Set<Integer> wrong = new HashSet<>();
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      boolean answerWrong = wrong.size() < 3 && typedFreely(questions.get(i));
      if (answerWrong) {
        wrong.add(i);
      }
      script.append(answerWrong ? "no idea at all" : rightAnswer(questions.get(i))).append('\n');
      script.append('\n'); // accept the suggested rating
      if (i == 2) {
        script.append("u\n"); // undo card 3: it is shown again next
        script.append(rightAnswer(questions.get(i))).append("\n\n");
        wrong.remove(i);
      }
    }
    script.append("q\n");

    Instant before = Instant.now().minusSeconds(1);
    Process p =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.quiz.cli.QuizCli",
                "drill",
                "--bank",
                bank.toString(),
                "--limit",
                "10")
            .redirectErrorStream(true)
            .start();
    try (OutputStream stdin = p.getOutputStream()) {
      stdin.write(script.toString().getBytes(StandardCharsets.UTF_8));
    }
    String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(shown).isZero();
    assertThat(shown).contains("Undone").contains("Reviewed 10 cards");

    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      List<ReviewLog> logs = store.reviews(Optional.empty(), before, Instant.now().plusSeconds(1));
      assertThat(logs).hasSize(10);
      for (int i = 0; i < 10; i++) {
        ReviewLog log = logs.get(i);
        assertThat(log.cardId()).isEqualTo(order.get(i).id());
        Card card = store.card(log.cardId()).get();
        assertThat(card.state()).isEqualTo(log.after());
        if (wrong.contains(i)) {
          assertThat(log.rating()).as("card %d answered wrong", i).isEqualTo(Rating.AGAIN);
          assertThat(card.state().due()).isBefore(log.reviewedAt().plus(Duration.ofHours(1)));
        } else {
          assertThat(log.rating()).as("card %d answered right", i).isNotEqualTo(Rating.AGAIN);
          assertThat(card.state().due()).isAfter(log.reviewedAt());
        }
      }
    }
  }

  private static boolean typedFreely(Question q) {
    return q.prompt() instanceof Prompt.Cloze || q.prompt() instanceof Prompt.ShortAnswer;
  }

  private static String rightAnswer(Question q) {
    if (q.prompt() instanceof Prompt.TrueFalse) {
      return ((Prompt.TrueFalse) q.prompt()).truth() ? "true" : "false";
    }
    return q.answer();
  }
}
