package dev.quiz.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.schedule.Sm2Settings;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code quiz schedule replay --scheduler sm2}: replays the review histories of an input in the
 * format of {@code shared/sm2-ref/vectors.json} (its {@code config}, {@code fuzz}, {@code
 * fuzz_seed} and each case's {@code id}, {@code start}, {@code config}, {@code reviews}) through
 * the SM-2 scheduler and writes the same document with each case's {@code day0} and {@code steps}
 * filled in (see {@code shared/contracts/schedule-replay.md}). With {@code "fuzz": true} each step
 * also lists the random numbers drawn, seeded from {@code "<fuzz_seed>:<case id>:<review index>"}.
 */
final class Sm2Replay {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private static final JsonObject DEFAULT_CONFIG =
      JsonParser.parseString(
              "{\"new\":{\"delays\":[1,10],\"ints\":[1,4],\"initialFactor\":2500},"
                  + "\"rev\":{\"ease4\":1.3,\"ivlFct\":1,\"maxIvl\":36500,\"hardFactor\":1.2},"
                  + "\"lapse\":{\"delays\":[10],\"mult\":0,\"minInt\":1,\"leechFails\":8,"
                  + "\"leechAction\":0},\"rollover\":4,\"collapseTime\":1200}")
          .getAsJsonObject();

  private Sm2Replay() {}

  /**
   * Reads the whole input, replays it, and writes the output only when every case succeeded.
   *
   * @return {@link ExitCodes#OK}; {@link ExitCodes#BAD_INPUT} with one line on {@code err} naming
   *     the case and review when the input is malformed or Anki would reject it (a rating outside
   *     1..4, a review before the previous one, an option out of range); {@link ExitCodes#IO} when
   *     the input cannot be read
   */
  static int run(Reader in, PrintWriter out, PrintWriter err) {
    try {
      JsonObject doc = replay(parse(in));
      GSON.toJson(doc, out);
      out.println();
      out.flush();
      return ExitCodes.OK;
    } catch (InvalidInputException e) {
      err.println("quiz: " + e.getMessage());
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (JsonIOException e) {
      err.println("quiz: cannot read the replay input: " + e.getMessage());
      err.flush();
      return ExitCodes.IO;
    }
  }

  private static JsonObject parse(Reader in) {
    JsonElement root;
    try {
      root = JsonParser.parseReader(in);
    } catch (JsonIOException e) {
      throw e;
    } catch (JsonParseException e) {
      throw new InvalidInputException("replay input is not valid JSON: " + e.getMessage(), e);
    }
    if (!root.isJsonObject()) {
      throw new InvalidInputException("replay input must be a JSON object with config and cases");
    }
    return root.getAsJsonObject();
  }

  /** {@code doc} with every case's {@code day0} and {@code steps} (re)computed. */
  static JsonObject replay(JsonObject doc) {
    // Options the input leaves out are Anki 2.1.16's defaults (../shared/sm2-ref/README.md).
    JsonObject config = Sm2ReplayJson.mergedConfig(DEFAULT_CONFIG, doc, "");
    JsonElement fuzz = doc.get("fuzz");
    boolean fuzzOn = fuzz != null && fuzz.isJsonPrimitive() && fuzz.getAsBoolean();
    Optional<String> fuzzSeed =
        fuzzOn
            ? Optional.of(doc.has("fuzz_seed") ? doc.get("fuzz_seed").getAsString() : "sm2-fuzz")
            : Optional.empty();
    JsonArray cases = Sm2ReplayJson.array(doc, "cases", "");
    JsonArray outCases = new JsonArray();
    for (int k = 0; k < cases.size(); k++) {
      if (!cases.get(k).isJsonObject()) {
        throw new InvalidInputException("cases[" + k + "] must be an object");
      }
      outCases.add(replayCase(config, cases.get(k).getAsJsonObject(), k, fuzzSeed));
    }
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonElement> e : doc.entrySet()) {
      out.add(e.getKey(), e.getKey().equals("cases") ? outCases : e.getValue());
    }
    return out;
  }

  private static JsonObject replayCase(
      JsonObject config, JsonObject kase, int k, Optional<String> fuzzSeed) {
    String id = Sm2ReplayJson.string(kase, "id", "cases[" + k + "].");
    String where = "case " + id + ": ";
    Sm2Settings settings =
        Sm2ReplayJson.settings(Sm2ReplayJson.mergedConfig(config, kase, where), where);
    Instant start =
        Sm2ReplayCase.parseTime(Sm2ReplayJson.string(kase, "start", where), where + "start");
    JsonArray reviews = Sm2ReplayJson.array(kase, "reviews", where);
    Sm2ReplayCase replay = new Sm2ReplayCase(settings, id, start, fuzzSeed);
    JsonArray steps = replay.replay(reviews);
    JsonObject out = new JsonObject();
    for (Map.Entry<String, JsonElement> e : kase.entrySet()) {
      if (e.getKey().equals("reviews")) {
        out.addProperty("day0", replay.day0());
      }
      if (!e.getKey().equals("day0") && !e.getKey().equals("steps")) {
        out.add(e.getKey(), e.getValue());
      }
    }
    out.add("steps", steps);
    return out;
  }
}
