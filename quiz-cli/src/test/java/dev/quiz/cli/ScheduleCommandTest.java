package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code quiz schedule replay} speaks the contract of schedule-replay.md: on the golden vectors
 * (quiz-core's test jar) its output equals schedule.mjs's, and bad input exits 3 with one line.
 */
class ScheduleCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return QuizCli.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private static JsonObject golden(String group) throws IOException {
    String name = "/dev/quiz/core/schedule/fsrs-golden-" + group + ".json.gz";
    try (InputStream raw = ScheduleCommandTest.class.getResourceAsStream(name)) {
      assertThat(raw).as(name).isNotNull();
      try (Reader r = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(r).getAsJsonObject();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"fuzz, ''", "long-term-fuzz, ''", "preview-fuzz, --with-preview", "fsrs45-w17, ''"})
  void replayOutputEqualsTheReferenceOutput(String group, String flag) throws IOException {
    JsonObject g = golden(group);
    Path input = Files.writeString(dir.resolve("in.json"), g.get("input").toString());

    int code =
        flag.isEmpty()
            ? run("schedule", "replay", input.toString())
            : run("schedule", "replay", flag, input.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    JsonElement actual = JsonParser.parseString(out.toString());
    assertThat(actual).isEqualTo(g.get("expected"));
    assertThat(out.toString().trim()).isEqualTo(g.get("expected").toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"at\":\"2026-01-02T10:00:00Z\",\"rating\":3},{\"at\":\"2026-01-01T23:00:00Z\",\"rating\":3}]"
            + " | | quiz: case c1 review 1: review at 2026-01-01T23:00:00Z is on an earlier UTC day"
            + " than the last review at 2026-01-02T10:00:00Z",
        "[{\"at\":\"2026-01-02T10:00:00Z\",\"rating\":5}] | "
            + "| quiz: case c1 review 0: rating must be 1 (Again) to 4 (Easy): 5",
        "[{\"at\":\"2026-01-02T10:00:00Z\",\"rating\":3}] | \"learning_steps\":[\"1m\",\"90s\"],"
            + "| quiz: case c1 review 0: learning step 1 has an unknown unit (expected m, h or d):"
            + " \"90s\""
      })
  void badInputExitsThreeWithOneLineNamingCaseAndReview(
      String reviews, String config, String message) throws IOException {
    String json =
        "{"
            + (config == null ? "" : config)
            + "\"cases\":[{\"id\":\"c1\",\"start\":\"2026-01-02T00:00:00Z\",\"reviews\":"
            + reviews
            + "}]}";
    Path input = Files.writeString(dir.resolve("bad.json"), json);

    int code = run("schedule", "replay", input.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).isEqualTo(message + System.lineSeparator());
  }

  @Test
  void theSm2SchedulerReplaysAnkiStyleInput() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("in.json"),
            "{\"cases\":[{\"id\":\"c1\",\"start\":\"2026-01-01T00:00:00.000Z\","
                + "\"reviews\":[{\"at\":\"2026-01-01T09:00:00.000Z\",\"rating\":3}]}]}");

    int code = run("schedule", "replay", "--scheduler", "sm2", input.toString());

    assertThat(code).as(err.toString()).isEqualTo(0);
    assertThat(out.toString()).contains("\"day0\"").contains("\"steps\"");
  }

  @Test
  void previewModePrintsTheFourOutcomesOfAGivenCard() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("p.json"),
            "{\"cards\":[{\"id\":\"p1\",\"now\":\"2026-03-11T08:00:00Z\",\"card\":{\"due\":"
                + "\"2026-03-11T08:00:00Z\",\"stability\":10.5,\"difficulty\":5.2,\"elapsed_days\":4,"
                + "\"scheduled_days\":10,\"learning_steps\":0,\"reps\":4,\"lapses\":0,\"state\":\"Review\","
                + "\"last_review\":\"2026-03-01T08:00:00Z\"}}]}");

    int code = run("schedule", "replay", input.toString());

    assertThat(code).isZero();
    JsonObject doc = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertThat(doc.get("mode").getAsString()).isEqualTo("preview");
    JsonObject card = doc.getAsJsonArray("cards").get(0).getAsJsonObject();
    assertThat(card.get("elapsed_days").getAsInt()).isEqualTo(10);
    assertThat(card.getAsJsonObject("outcomes").keySet())
        .containsExactly("Again", "Hard", "Good", "Easy");
  }
}
