package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the golden vectors made by {@code scripts/fsrs-golden.sh} with ts-fsrs 5.4.2 and checks
 * every field of every step: S, D and R within 1e-8, everything else exactly; for the preview
 * groups also the four outcomes before every review.
 */
class FsrsGoldenTest {
  private static final double TOL = 1e-8;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "default", "fuzz", "long-term", "long-term-fuzz", "steps-three", "steps-days",
        "steps-none", "retention-80-max-30", "random-w1", "random-w2", "random-w3", "random-w4",
        "fsrs45-w17", "fsrs5-w19", "preview-fuzz", "preview-long-term"
      })
  void everyStepMatchesTsFsrs(String group) throws IOException {
    JsonObject golden = load("fsrs-golden-" + group + ".json.gz");
    JsonObject input = golden.getAsJsonObject("input");
    JsonObject expected = golden.getAsJsonObject("expected");
    FsrsParameters params = parameters(input);
    Scheduler scheduler = Schedulers.fsrs(params);
    assertThat(params.effectiveWeights())
        .containsExactlyElementsOf(
            doubles(expected.getAsJsonObject("meta").getAsJsonArray("params")));

    List<String> mismatches = new ArrayList<>();
    int steps = 0;
    JsonArray cases = expected.getAsJsonArray("cases");
    for (JsonElement ce : cases) {
      JsonObject c = ce.getAsJsonObject();
      CardState card = CardState.newCard(Instant.parse(c.get("start").getAsString()));
      for (JsonElement se : c.getAsJsonArray("steps")) {
        JsonObject step = se.getAsJsonObject();
        String where = group + " case " + c.get("id").getAsString() + " step " + step.get("i");
        Instant at = Instant.parse(step.get("at").getAsString());
        SchedulingStates states = scheduler.next(card, new ReviewContext(at, 0));
        CardState next = states.of(Rating.fromCode(step.get("rating").getAsInt()));
        checkStep(where, step, card, next, params, mismatches);
        checkCard(where, step.getAsJsonObject("card"), next, mismatches);
        if (step.has("preview")) {
          for (Rating r : Rating.values()) {
            JsonObject want = step.getAsJsonObject("preview").getAsJsonObject(r.label());
            checkCard(where + " preview " + r.label(), want, states.of(r), mismatches);
          }
        }
        card = next;
        steps++;
      }
    }
    assertThat(steps).isGreaterThan(cases.size());
    assertThat(mismatches).as("%d steps of %d cases", steps, cases.size()).isEmpty();
  }

  private static void checkStep(
      String where,
      JsonObject step,
      CardState before,
      CardState next,
      FsrsParameters params,
      List<String> out) {
    eq(where, "elapsed_days", step.get("elapsed_days").getAsInt(), next.elapsedDays(), out);
    if (!step.get("retrievability").isJsonNull()) {
      double r = params.forgettingCurve(next.elapsedDays(), before.memory().get().stability());
      close(where, "retrievability", step.get("retrievability").getAsDouble(), r, out);
    }
  }

  private static void checkCard(String where, JsonObject want, CardState got, List<String> out) {
    eq(where, "due", Instant.parse(want.get("due").getAsString()), got.due(), out);
    close(
        where,
        "stability",
        want.get("stability").getAsDouble(),
        got.memory().get().stability(),
        out);
    close(
        where,
        "difficulty",
        want.get("difficulty").getAsDouble(),
        got.memory().get().difficulty(),
        out);
    eq(where, "elapsed_days", want.get("elapsed_days").getAsInt(), got.elapsedDays(), out);
    eq(where, "scheduled_days", want.get("scheduled_days").getAsInt(), got.scheduledDays(), out);
    eq(where, "learning_steps", want.get("learning_steps").getAsInt(), got.step(), out);
    eq(where, "reps", want.get("reps").getAsInt(), got.reps(), out);
    eq(where, "lapses", want.get("lapses").getAsInt(), got.lapses(), out);
    eq(where, "state", want.get("state").getAsString(), got.type().label(), out);
    eq(
        where,
        "last_review",
        Instant.parse(want.get("last_review").getAsString()),
        got.lastReview().get(),
        out);
  }

  private static void eq(String where, String field, Object want, Object got, List<String> out) {
    if (!want.equals(got)) {
      out.add(where + ": " + field + " expected " + want + " got " + got);
    }
  }

  private static void close(String where, String field, double want, double got, List<String> out) {
    if (!(Math.abs(want - got) <= TOL)) {
      out.add(where + ": " + field + " expected " + want + " got " + got);
    }
  }

  /** The config keys gen_cases.mjs writes (all present), as lib.mjs passes them to ts-fsrs. */
  static FsrsParameters parameters(JsonObject in) {
    FsrsParameters p = FsrsParameters.defaults();
    if (in.get("params").isJsonArray()) {
      p = p.withWeights(doubles(in.getAsJsonArray("params")));
    }
    p =
        p.withDesiredRetention(in.get("request_retention").getAsDouble())
            .withMaximumInterval(in.get("maximum_interval").getAsInt())
            .withFuzz(in.get("enable_fuzz").getAsBoolean())
            .withShortTerm(in.get("enable_short_term").getAsBoolean());
    if (in.has("relearning_steps")) {
      p = p.withRelearningSteps(strings(in.getAsJsonArray("relearning_steps")));
    }
    if (in.has("learning_steps")) {
      p = p.withLearningSteps(strings(in.getAsJsonArray("learning_steps")));
    }
    return p;
  }

  static JsonObject load(String resource) throws IOException {
    try (InputStream raw = FsrsGoldenTest.class.getResourceAsStream(resource)) {
      assertThat(raw).as("resource %s", resource).isNotNull();
      try (Reader r = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)) {
        return JsonParser.parseReader(r).getAsJsonObject();
      }
    }
  }

  private static List<Double> doubles(JsonArray a) {
    List<Double> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsDouble()));
    return out;
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }
}
