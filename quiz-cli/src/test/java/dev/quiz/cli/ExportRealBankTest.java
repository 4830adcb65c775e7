package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz export} as a user runs it: on a real SQLite bank. */
class ExportRealBankTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QuizCli.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void aBankExportsToAnApkgAndACsv() throws Exception {
    Path bank = TestBank.tenQuestions(dir);
    Path apkg = dir.resolve("history.apkg");
    Path csv = dir.resolve("history.csv");

    assertThat(run("export", "anki", "--bank", bank.toString(), "--out", apkg.toString()))
        .as(err.toString())
        .isZero();
    assertThat(run("export", "csv", "--bank", bank.toString(), "--out", csv.toString()))
        .as(err.toString())
        .isZero();

    try (ZipFile zip = new ZipFile(apkg.toFile())) {
      assertThat(zip.getEntry("collection.anki2")).isNotNull();
      assertThat(zip.getEntry("media")).isNotNull();
    }
    assertThat(Files.readAllLines(csv)).anyMatch(l -> l.startsWith("#separator:"));
    assertThat(out.toString()).contains("wrote 10 notes");
  }

  @Test
  void aMissingBankIsOneLineAndNoFile() {
    Path apkg = dir.resolve("x.apkg");

    int code =
        run(
            "export",
            "anki",
            "--bank",
            dir.resolve("none.db").toString(),
            "--out",
            apkg.toString());

    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).startsWith("quiz: cannot open bank ").doesNotContain("\tat ");
    assertThat(apkg).doesNotExist();
  }
}
