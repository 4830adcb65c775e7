package dev.quiz.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.schedule.FsrsParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduler settings of a {@code schedule.mjs} input, read the way its {@code lib.mjs} hands
 * them to ts-fsrs: absent keys keep the defaults, {@code request_retention} and {@code
 * maximum_interval} of 0 mean the default ({@code ||}). Stateless.
 */
final class FsrsConfig {
  private FsrsConfig() {}

  /**
   * @throws InvalidInputException when a setting is invalid; unlike ts-fsrs, weights of a length
   *     other than 17, 19 or 21 are an error rather than silently replaced by the defaults
   */
  static FsrsParameters parameters(JsonObject in) {
    FsrsParameters p = FsrsParameters.defaults();
    if (in.has("params") && in.get("params").isJsonArray()) {
      List<Double> w = new ArrayList<>();
      for (JsonElement e : in.getAsJsonArray("params")) {
        w.add(toNumber(e));
      }
      p = p.withWeights(w);
    }
    double retention =
        FsrsJson.present(in, "request_retention") ? toNumber(in.get("request_retention")) : 0;
    if (retention != 0 && !Double.isNaN(retention)) {
      p = p.withDesiredRetention(retention);
    }
    double maxIvl =
        FsrsJson.present(in, "maximum_interval") ? toNumber(in.get("maximum_interval")) : 0;
    if (maxIvl != 0 && !Double.isNaN(maxIvl)) {
      if (maxIvl != Math.rint(maxIvl) || maxIvl > Integer.MAX_VALUE) {
        throw new InvalidInputException(
            "maximum interval must be a whole number of days: " + in.get("maximum_interval"));
      }
      p = p.withMaximumInterval((int) Math.max(maxIvl, Integer.MIN_VALUE));
    }
    if (FsrsJson.present(in, "enable_fuzz")) {
      p = p.withFuzz(truthy(in.get("enable_fuzz")));
    }
    if (FsrsJson.present(in, "enable_short_term")) {
      p = p.withShortTerm(truthy(in.get("enable_short_term")));
    }
    // relearning steps first: they set the bounds the weights are clipped to, not their validity
    if (in.has("relearning_steps") && in.get("relearning_steps").isJsonArray()) {
      p = p.withRelearningSteps(steps(in.getAsJsonArray("relearning_steps"), "relearning"));
    }
    if (in.has("learning_steps") && in.get("learning_steps").isJsonArray()) {
      p = p.withLearningSteps(steps(in.getAsJsonArray("learning_steps"), "learning"));
    }
    return p;
  }

  private static List<String> steps(JsonArray a, String what) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonElement e = a.get(i);
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
        throw new InvalidInputException(
            what + " step " + i + " must be a string like \"10m\": " + e);
      }
      out.add(e.getAsString());
    }
    return out;
  }

  /** JavaScript {@code Number(x)} for JSON values; NaN for what is not a number. */
  static double toNumber(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return 0;
    }
    if (!e.isJsonPrimitive()) {
      return Double.NaN;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean() ? 1 : 0;
    }
    if (p.isNumber()) {
      return p.getAsDouble();
    }
    String s = p.getAsString().trim();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e2) {
      return Double.NaN;
    }
  }

  /** JavaScript truthiness ({@code !!x}) of a JSON value. */
  static boolean truthy(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return false;
    }
    if (!e.isJsonPrimitive()) {
      return true;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    if (p.isNumber()) {
      double d = p.getAsDouble();
      return d != 0 && !Double.isNaN(d);
    }
    return !p.getAsString().isEmpty();
  }
}
