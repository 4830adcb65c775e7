package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void theDemoRunsEveryStepOnTheShippedSamples() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path target = dir.resolve("demo");

    int code =
        QuizCli.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute("demo", "--out", target.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("== 1. Generate", "Reviewed 5 cards, 4 correct", "== 4. Progress", "== Done.");
    assertThat(target.resolve("demo-bank.db")).exists();
    assertThat(target.resolve("demo.apkg")).exists();
    assertThat(target.resolve("test/turning-points.html")).exists();
  }

  @Test
  void aFolderInUseIsRefused() throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    StringWriter err = new StringWriter();

    int code =
        QuizCli.commandLine()
            .setErr(new PrintWriter(err, true))
            .execute("demo", "--out", dir.toString());

    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).startsWith("quiz: cannot use demo folder ");
    assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
  }
}
