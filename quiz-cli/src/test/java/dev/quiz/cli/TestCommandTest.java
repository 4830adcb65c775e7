package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.testing.SheetFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestCommandTest {
  @TempDir Path dir;
  private Path questions;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeQuestions() throws IOException {
    questions = dir.resolve("questions.jsonl");
    List<String> lines = new ArrayList<>();
    for (Question q : SheetFixtures.all()) {
      lines.add(new Gson().toJson(json(q)));
    }
    Files.write(questions, lines, StandardCharsets.UTF_8);
  }

  /** A question as the questions.jsonl contract writes it (plus the optional extras). */
  private static JsonObject json(Question q) {
    JsonObject o = new JsonObject();
    o.addProperty("id", q.key());
    o.addProperty("doc", q.source().document());
    o.addProperty("type", q.type().code());
    o.addProperty("fact_kind", q.kind().code());
    o.addProperty("prompt", q.prompt().text());
    o.addProperty("answer", q.answer());
    JsonObject v = new JsonObject();
    if (q.value() instanceof AnswerValue.Date d) {
      d.start().ifPresent(s -> v.addProperty("start", s));
      d.end().ifPresent(s -> v.addProperty("end", s));
    } else if (q.value() instanceof AnswerValue.Number n) {
      v.addProperty("low", n.low());
      v.addProperty("high", n.high());
      v.addProperty("approx", n.approx());
    } else if (q.value() instanceof AnswerValue.Person p) {
      v.addProperty("name", p.name());
      v.addProperty("role", p.role());
    }
    o.add("value", v);
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      JsonArray choices = new JsonArray();
      mc.choices().forEach(choices::add);
      o.add("choices", choices);
      o.addProperty("answer", mc.choices().get(mc.correct()));
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      o.addProperty("truth", tf.truth());
    }
    if (q.prompt() instanceof Prompt.Numeric num) {
      o.addProperty("tolerance", num.tolerance());
    }
    o.addProperty("evidence", q.source().evidence());
    JsonArray span = new JsonArray();
    span.add(q.source().span().start());
    span.add(q.source().span().end());
    o.add("span", span);
    o.addProperty("score", q.score());
    return o;
  }

  private int run(String... args) {
    return QuizCli.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private String[] args(Path outDir, String format, String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "test",
                "--questions",
                questions.toString(),
                "--count",
                "8",
                "--versions",
                "2",
                "--seed",
                "7",
                "--title",
                "Canals and railways",
                "--format",
                format,
                "--out",
                outDir.toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "html", "pdf", "gift", "moodle", "json"})
  void theSameSeedWritesByteIdenticalFiles(String format) throws IOException {
    assertThat(run(args(dir.resolve("one"), format))).isEqualTo(0);
    assertThat(run(args(dir.resolve("two"), format))).isEqualTo(0);

    List<Path> one = files(dir.resolve("one"));
    List<Path> two = files(dir.resolve("two"));
    assertThat(one).hasSize(1);
    assertThat(one.get(0).getFileName().toString()).startsWith("canals-and-railways.");
    assertThat(Files.readAllBytes(two.get(0))).isEqualTo(Files.readAllBytes(one.get(0)));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void thePdfHasEveryQuestionOfEveryVersion() throws IOException {
    assertThat(run(args(dir.resolve("pdf"), "pdf", "--paper", "letter"))).isEqualTo(0);

    String text;
    try (PDDocument doc = PDDocument.load(dir.resolve("pdf/canals-and-railways.pdf").toFile())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
    }
    assertThat(text).contains("Canals and railways", "Version A", "Version B", "answer key");
    assertThat(out.toString())
        .isEqualTo(
            "wrote "
                + dir.resolve("pdf/canals-and-railways.pdf")
                + " (2 versions of 8 questions, seed 7)"
                + System.lineSeparator());
  }

  @Test
  void askingForTooManyQuestionsSaysHowManyThereAre() {
    int code =
        run(
            "test",
            "--questions",
            questions.toString(),
            "--count",
            "30",
            "--format",
            "md",
            "--out",
            dir.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "quiz: asked for 30 questions but only 14 are available (after the quality threshold)"
                + System.lineSeparator());
  }

  @Test
  void anUnknownFormatListsTheValidOnes() {
    int code =
        run(
            "test",
            "--questions",
            questions.toString(),
            "--count",
            "3",
            "--format",
            "docx",
            "--out",
            dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "quiz: Invalid value for option '--format': expected one of"
                + " [md, html, pdf, gift, moodle, json] (case-sensitive) but was 'docx'");
  }

  @Test
  void anUnknownTypeListsTheValidOnes() {
    int code =
        run(
            "test",
            "--questions",
            questions.toString(),
            "--count",
            "3",
            "--types",
            "cloze,essay",
            "--format",
            "md",
            "--out",
            dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "unknown question type 'essay'; valid types: cloze, short_answer,"
                + " multiple_choice, numeric, true_false");
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws IOException {
    Path target = dir.resolve("out/canals-and-railways.gift");
    assertThat(run(args(dir.resolve("out"), "gift"))).isEqualTo(0);
    Files.writeString(target, "teacher's edits");

    assertThat(run(args(dir.resolve("out"), "gift"))).isEqualTo(4);
    assertThat(err.toString())
        .isEqualTo(
            "quiz: cannot write "
                + target
                + ": it already exists (use --force to replace it)"
                + System.lineSeparator());
    assertThat(target).hasContent("teacher's edits");

    assertThat(run(args(dir.resolve("out"), "gift", "--force"))).isEqualTo(0);
    assertThat(Files.readString(target)).startsWith("// Canals and railways");
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsOneLineAndWritesNothing() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");

    int code = run(args(blocker, "html"));

    assertThat(code).isEqualTo(4);
    assertThat(err.toString())
        .isEqualTo(
            "quiz: cannot create folder "
                + blocker
                + ": a file of that name is in the way"
                + System.lineSeparator());
    assertThat(files(dir)).containsExactly(blocker, questions);
  }

  @Test
  void aBadQuestionLineNamesTheFileAndLine() throws IOException {
    Files.writeString(
        questions,
        "\n{\"id\": \"q-1\", \"type\": \"essay\"}\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    int code = run(args(dir.resolve("x"), "md"));

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "quiz: questions.jsonl line 19: missing field \"fact_kind\"" + System.lineSeparator());
  }

  @Test
  void exactlyOneQuestionSourceIsNeeded() {
    int code = run("test", "--count", "3", "--format", "md", "--out", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "quiz: give exactly one question source: INPUT..., --bank FILE --deck NAME,"
                + " or --questions FILE.jsonl");
  }

  @Test
  void distinctVersionsAreDescribed() {
    int code =
        run(
            "test",
            "--questions",
            questions.toString(),
            "--count",
            "5",
            "--versions",
            "2",
            "--distinct",
            "--seed",
            "7",
            "--format",
            "json",
            "--out",
            dir.resolve("d").toString());

    assertThat(code).isEqualTo(0);

    assertThat(out.toString()).contains("(2 distinct versions of 5 questions, seed 7)");
  }

  @Test
  void aBankDeckIsASourceToo() throws IOException {
    Path bank = TestBank.tenQuestions(dir);
    Path outDir = dir.resolve("from-bank");

    int code =
        run(
            "test",
            "--bank",
            bank.toString(),
            "--deck",
            "History",
            "--count",
            "4",
            "--seed",
            "3",
            "--format",
            "md",
            "--out",
            outDir.toString());

    assertThat(code).as(err.toString()).isZero();
    try (Stream<Path> files = Files.list(outDir)) {
      String sheet = Files.readString(files.findFirst().get());
      assertThat(sheet).contains("1.").contains("4.");
    }
  }

  @Test
  void aMissingBankIsOneLine() {
    int code =
        run(
            "test",
            "--bank",
            dir.resolve("none.db").toString(),
            "--count",
            "4",
            "--format",
            "md",
            "--out",
            dir.toString());

    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).startsWith("quiz: cannot open bank ").contains("none.db");
  }
}
