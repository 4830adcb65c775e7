package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.store.SqliteStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code quiz drill} process (SIGKILL) in the middle of a session fed through a pipe:
 * every answer it acknowledged must be in the bank, and the bank must pass {@code PRAGMA
 * integrity_check}.
 */
class DrillKillTest {
  @TempDir Path dir;

  @Test
  void aKilledDrillKeepsEveryAcknowledgedAnswerAndAnIntactBank() throws Exception {
    Path bank = TestBank.tenQuestions(dir);
    Process p = start(bank);
    Output out = new Output(p.getInputStream());
    out.start();
    OutputStream in = p.getOutputStream();
    int acknowledged = 0;
    try {
      for (int card = 0; card < 5; card++) {
        send(in, TestBank.ANSWERS.get(card) + "\n");
        Thread.sleep(50);
        send(in, "\n");
        out.awaitCount("Saved: ", ++acknowledged);
      }
      send(in, TestBank.ANSWERS.get(5) + "\n\n" + TestBank.ANSWERS.get(6) + "\n");
      Thread.sleep(20);
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    acknowledged = out.count("Saved: ");

    assertThat(acknowledged).isGreaterThanOrEqualTo(5);
    assertThat(integrityCheck(bank)).isEqualTo("ok");
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      List<ReviewLog> logs =
          store.reviews(Optional.empty(), Instant.EPOCH, Instant.now().plusSeconds(60));
      assertThat(logs.size()).isBetween(acknowledged, acknowledged + 1);
      for (ReviewLog log : logs) {
        assertThat(store.card(log.cardId()).get().state()).isEqualTo(log.after());
      }
    }
  }

  @Test
  void ctrlCEndsTheSessionWithASummary() throws Exception {
    Path bank = TestBank.tenQuestions(dir);
    Process p = start(bank);
    Output out = new Output(p.getInputStream());
    out.start();
    try {
      for (int card = 0; card < 2; card++) {
        send(p.getOutputStream(), TestBank.ANSWERS.get(card) + "\n\n");
        out.awaitCount("Saved: ", card + 1);
      }
      out.awaitCount("answer> ", 3);
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
      assertThat(kill.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }

    assertThat(out.text()).contains("\nReviewed 2 cards, 2 correct, in ");
    assertThat(integrityCheck(bank)).isEqualTo("ok");
  }

  private static Process start(Path bank) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.quiz.cli.QuizCli",
            "drill",
            "--bank",
            bank.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static void send(OutputStream in, String s) throws IOException {
    in.write(s.getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  private static String integrityCheck(Path bank) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bank);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Collects a process's output on a thread of its own. */
  private static final class Output extends Thread {
    private final InputStream in;
    private final StringBuilder text = new StringBuilder();

    Output(InputStream in) {
      this.in = in;
      setDaemon(true);
    }

    @Override
    public void run() {
      byte[] buf = new byte[4096];
      try {
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
          synchronized (text) {
            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            text.notifyAll();
          }
        }
      } catch (IOException closed) {
        // the process was killed
      }
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }

    int count(String needle) {
      synchronized (text) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
          n++;
        }
        return n;
      }
    }

    void awaitCount(String needle, int n) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      synchronized (text) {
        while (count(needle) < n) {
          long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
          if (left <= 0) {
            throw new AssertionError("no '" + needle + "' #" + n + " in:\n" + text);
          }
          text.wait(left);
        }
      }
    }
  }
}
