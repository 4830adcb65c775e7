package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz schema}: Room JSON on stdout, Android asset copies. */
class SchemaCommandTest {
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
  void roomPrintsTheCommittedSchemaJsonOfTheCurrentVersion() throws Exception {
    Path committed = Paths.get("../quiz-core/schemas/dev.quiz.core.store.QuizDatabase/2.json");

    int code = run("schema", "--room");

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .isEqualTo(new String(Files.readAllBytes(committed), StandardCharsets.UTF_8));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void androidAssetWritesASingleFileCopyOfTheBank() throws Exception {
    Path bank = dir.resolve("bank.db");
    Path asset = dir.resolve("out").resolve("quiz.db");

    int code = run("schema", "--android-asset", asset.toString(), "--bank", bank.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .startsWith("wrote " + asset + " from " + bank + " (schema version 2,");
    byte[] bytes = Files.readAllBytes(asset);
    assertThat(ByteBuffer.wrap(bytes, 60, 4).getInt()).isEqualTo(2);
    assertThat(bytes[18]).isEqualTo((byte) 1);
  }

  @Test
  void androidAssetRefusesToOverwriteWithoutForce() throws Exception {
    Path bank = dir.resolve("bank.db");
    Path asset = dir.resolve("quiz.db");
    Files.write(asset, new byte[] {42});

    int refused = run("schema", "--android-asset", asset.toString(), "--bank", bank.toString());

    assertThat(refused).isEqualTo(4);
    assertThat(err.toString().trim())
        .isEqualTo(
            "quiz: cannot write Android asset "
                + asset
                + ": the file exists; use --force to replace it");
    assertThat(Files.readAllBytes(asset)).containsExactly(42);

    int forced =
        run("schema", "--android-asset", asset.toString(), "--bank", bank.toString(), "--force");

    assertThat(forced).isEqualTo(0);
    assertThat(Files.size(asset)).isGreaterThan(1);
  }

  @Test
  void aBankThatIsNotABankFailsWithOneLine() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.write(notes, "hello".getBytes(StandardCharsets.UTF_8));

    int code =
        run(
            "schema",
            "--android-asset",
            dir.resolve("quiz.db").toString(),
            "--bank",
            notes.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "quiz: "
                + notes
                + " is not a quiz bank: it is not a"
                + " SQLite database file; give another file with --bank or move this one away (it was not"
                + " changed)"
                + System.lineSeparator());
  }

  @Test
  void schemaNeedsOneOfItsTwoOutputs() {
    int code = run("schema");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("quiz: Error: Missing required argument");
  }
}
