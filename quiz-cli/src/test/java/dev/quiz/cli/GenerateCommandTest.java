package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QuizCli.commandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void writesOneJsonObjectPerQuestionToStandardOutput() throws IOException {
    Path doc =
        write(
            "a.txt",
            "Kabul fell on 13 November 2001 after 4,000 fighters attacked."
                .getBytes(StandardCharsets.UTF_8));
    assertThat(run("generate", "--format", "jsonl", doc.toString())).isZero();
    assertThat(out.toString().trim().split("\n")).allMatch(l -> l.startsWith("{\"id\":\"q-"));
    assertThat(out.toString()).contains("\"doc\":\"a.txt\"");
  }

  @Test
  void badInputsAreReportedOneLineEachAndTheRestIsProcessed() throws IOException {
    write("good.txt", "Kabul fell on 13 November 2001.".getBytes(StandardCharsets.UTF_8));
    write("empty.txt", new byte[0]);
    write("binary.bin", new byte[] {1, 2, 0, 3});
    write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
    Path outFile = dir.resolve("q.jsonl");
    int code = run("generate", "--format", "jsonl", "--out", outFile.toString(), dir.toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .contains("quiz: empty.txt: empty document")
        .contains("quiz: binary.bin: binary file, not text (NUL byte at 2)")
        .contains("quiz: latin1.txt: not valid UTF-8 at byte 3")
        .doesNotContain("Exception");
    assertThat(Files.readString(outFile)).contains("\"doc\":\"good.txt\"");
  }

  @Test
  void aMissingInputIsBadInput() {
    assertThat(run("generate", "--format", "jsonl", dir.resolve("nope.txt").toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("quiz: no such file or folder: ");
  }

  @Test
  void aHugeDocumentIsRejectedWithoutLoadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (var ch =
        Files.newByteChannel(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      ch.position(100L * 1024 * 1024);
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
    }
    assertThat(run("generate", "--format", "jsonl", big.toString())).isEqualTo(3);
    assertThat(err.toString())
        .contains("quiz: big.txt: document too large: 104857601 bytes, limit 16777216");
  }

  @Test
  void withoutAFormatQuestionsGoIntoTheBankOnceAndOutIsRefused() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    Files.writeString(
        docs.resolve("a.txt"),
        "The fort fell on 13 November 2001 after 4,000 soldiers attacked it.");
    Path bank = dir.resolve("bank.db");

    assertThat(run("generate", "--bank", bank.toString(), docs.toString())).isZero();
    assertThat(out.toString()).contains("Documents  1 read").contains(" added, 0 updated");
    assertThat(run("generate", "--bank", bank.toString(), docs.toString())).isZero();
    assertThat(out.toString()).contains("0 added, 0 updated");

    assertThat(run("generate", "--bank", bank.toString(), "--out", "x.jsonl", docs.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--out goes with --format jsonl");
  }
}
