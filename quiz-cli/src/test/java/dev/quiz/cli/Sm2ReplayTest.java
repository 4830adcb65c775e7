package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.testing.Shared;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sm2Replay} end to end: Anki's vectors in, the reference scripts judge the output. */
class Sm2ReplayTest {
  private static final String ONE_CASE =
      "{\"config\": {\"new\": {\"delays\": [1, 10], \"initialFactor\": 2500, \"ints\": [1, 4]},"
          + " \"rev\": {\"ease4\": 1.3, \"hardFactor\": 1.2, \"ivlFct\": 1, \"maxIvl\": 36500},"
          + " \"lapse\": {\"delays\": [10], \"leechAction\": 0, \"leechFails\": 8, \"minInt\": 1,"
          + " \"mult\": 0}, \"rollover\": 4, \"collapseTime\": 1200}, \"fuzz\": false,"
          + " \"cases\": [{\"id\": \"c1\", \"start\": \"2026-10-21T19:46:22.000Z\","
          + " \"reviews\": [{\"at\": \"2026-10-21T20:13:08.000Z\", \"rating\": 3},"
          + " {\"at\": \"%s\", \"rating\": %s}]}]}";

  @TempDir Path tmp;

  private static String oneCase(String secondAt, String secondRating) {
    return String.format(ONE_CASE, secondAt, secondRating);
  }

  private static int replay(Reader in, Writer out, StringWriter err) {
    return Sm2Replay.run(in, new PrintWriter(out), new PrintWriter(err));
  }

  private Path replayToFile(Path input, String name) throws IOException {
    Path actual = tmp.resolve(name);
    StringWriter err = new StringWriter();
    try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        Writer out = Files.newBufferedWriter(actual, StandardCharsets.UTF_8)) {
      assertThat(replay(in, out, err)).isEqualTo(ExitCodes.OK);
    }
    assertThat(err.toString()).isEmpty();
    return actual;
  }

  private static String python(Path script, String... args) throws Exception {
    String[] cmd = new String[args.length + 2];
    cmd[0] = "python3";
    cmd[1] = script.toString();
    System.arraycopy(args, 0, cmd, 2, args.length);
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not available: " + e.getMessage());
      throw e;
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void replayingAnkisVectorsLeavesNoDifferingFieldForComparePy() throws Exception {
    Path vectors = Shared.path("sm2-ref", "vectors.json");
    Path actual = replayToFile(vectors, "sm2.json");

    String report =
        python(Shared.path("sm2-ref", "compare.py"), vectors.toString(), actual.toString());

    assertThat(report).contains("\"steps\": 16436, \"missing_cases\": 0, \"field_mismatches\": 0");
  }

  @Test
  void seededFuzzDrawsExactlyWhatAnkisRulesAskForAccordingToSpecCheck() throws Exception {
    Path actual = replayToFile(Shared.path("sm2-ref", "vectors-fuzz.json"), "fuzz.json");

    String report = python(Shared.path("sm2-ref", "spec_check.py"), actual.toString());

    assertThat(report).contains("fuzz.json: 200 cases, 2336 steps, 0 mismatching");
  }

  @Test
  void anInputWithoutOutputsGetsDay0AndStepsFilledIn() {
    StringWriter out = new StringWriter();

    int code =
        replay(new StringReader(oneCase("2026-10-21T20:24:12.000Z", "3")), out, new StringWriter());

    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonObject kase =
        JsonParser.parseString(out.toString())
            .getAsJsonObject()
            .getAsJsonArray("cases")
            .get(0)
            .getAsJsonObject();
    assertThat(kase.get("day0").getAsString()).isEqualTo("2026-10-21T04:00:00.000Z");
    JsonObject card = kase.getAsJsonArray("steps").get(1).getAsJsonObject().getAsJsonObject("card");
    assertThat(card.get("due_at").getAsString()).isEqualTo("2026-10-22T04:00:00.000Z");
    assertThat(card.get("factor").getAsInt()).isEqualTo(2500);
  }

  private static String failure(String input, int expectedCode) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(replay(new StringReader(input), out, err)).isEqualTo(expectedCode);
    assertThat(out.toString()).isEmpty();
    return err.toString().trim();
  }

  @Test
  void aRatingOutsideOneToFourNamesTheCaseAndReview() {
    assertThat(failure(oneCase("2026-10-21T20:24:12.000Z", "7"), ExitCodes.BAD_INPUT))
        .isEqualTo("quiz: case c1 review 1: rating must be 1 (Again) to 4 (Easy): 7");
  }

  @Test
  void aReviewBeforeThePreviousOneNamesTheCaseAndReview() {
    assertThat(failure(oneCase("2026-10-21T20:13:07.000Z", "3"), ExitCodes.BAD_INPUT))
        .isEqualTo(
            "quiz: case c1 review 1: review time 2026-10-21T20:13:07Z is before the card's last"
                + " review 2026-10-21T20:13:08Z");
  }

  @Test
  void anOptionOutOfRangeNamesTheCase() {
    String input =
        oneCase("2026-10-21T20:24:12.000Z", "3").replace("\"maxIvl\": 36500", "\"maxIvl\": 0");

    assertThat(failure(input, ExitCodes.BAD_INPUT))
        .isEqualTo("quiz: case c1: maximum interval must be in [1, 99999] days: 0");
  }

  @Test
  void malformedJsonIsBadInput() {
    assertThat(failure("{\"config\": ", ExitCodes.BAD_INPUT))
        .startsWith("quiz: replay input is not valid JSON: ");
  }
}
