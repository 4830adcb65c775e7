package dev.quiz.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.schedule.Sm2LeechAction;
import dev.quiz.core.schedule.Sm2Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the typed values of an SM-2 replay input ({@code shared/sm2-ref} vectors format); every
 * error names where in the input the value is missing or wrong.
 */
final class Sm2ReplayJson {
  private Sm2ReplayJson() {}

  static JsonObject object(JsonObject parent, String key, String where) {
    JsonElement e = parent.get(key);
    if (e == null || !e.isJsonObject()) {
      throw new InvalidInputException(where + key + " must be an object");
    }
    return e.getAsJsonObject();
  }

  static JsonArray array(JsonObject parent, String key, String where) {
    JsonElement e = parent.get(key);
    if (e == null || !e.isJsonArray()) {
      throw new InvalidInputException(where + key + " must be an array");
    }
    return e.getAsJsonArray();
  }

  static String string(JsonObject parent, String key, String where) {
    JsonElement e = parent.get(key);
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw new InvalidInputException(where + key + " must be a string");
    }
    return e.getAsString();
  }

  static double number(JsonElement e, String what) {
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw new InvalidInputException(what + " must be a number: " + e);
    }
    return e.getAsDouble();
  }

  static int integer(JsonElement e, String what) {
    double d = number(e, what);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new InvalidInputException(what + " must be a whole number: " + e);
    }
    return (int) d;
  }

  /** The document's options overridden, key by key, by the case's own. */
  static JsonObject mergedConfig(JsonObject base, JsonObject kase, String where) {
    JsonObject cfg = base.deepCopy();
    if (!kase.has("config")) {
      return cfg;
    }
    for (Map.Entry<String, JsonElement> e : object(kase, "config", where).entrySet()) {
      JsonElement old = cfg.get(e.getKey());
      if (e.getValue().isJsonObject() && old != null && old.isJsonObject()) {
        for (Map.Entry<String, JsonElement> f : e.getValue().getAsJsonObject().entrySet()) {
          old.getAsJsonObject().add(f.getKey(), f.getValue());
        }
      } else {
        cfg.add(e.getKey(), e.getValue());
      }
    }
    return cfg;
  }

  /** The settings of Anki options {@code cfg}; {@code where} prefixes every error. */
  static Sm2Settings settings(JsonObject cfg, String where) {
    String c = where + "config.";
    JsonObject nw = object(cfg, "new", c);
    JsonObject rev = object(cfg, "rev", c);
    JsonObject lapse = object(cfg, "lapse", c);
    JsonArray ints = array(nw, "ints", c + "new.");
    if (ints.size() != 2) {
      throw new InvalidInputException(c + "new.ints must hold 2 numbers: " + ints);
    }
    try {
      return Sm2Settings.builder()
          .learningStepsMinutes(minutes(array(nw, "delays", c + "new."), c + "new.delays"))
          .graduatingIntervalDays(integer(ints.get(0), c + "new.ints[0]"))
          .easyIntervalDays(integer(ints.get(1), c + "new.ints[1]"))
          .startingEasePermille(integer(nw.get("initialFactor"), c + "new.initialFactor"))
          .easyBonus(number(rev.get("ease4"), c + "rev.ease4"))
          .intervalModifier(number(rev.get("ivlFct"), c + "rev.ivlFct"))
          .maximumIntervalDays(integer(rev.get("maxIvl"), c + "rev.maxIvl"))
          .hardIntervalFactor(number(rev.get("hardFactor"), c + "rev.hardFactor"))
          .relearningStepsMinutes(minutes(array(lapse, "delays", c + "lapse."), c + "lapse.delays"))
          .newIntervalFactor(number(lapse.get("mult"), c + "lapse.mult"))
          .minimumIntervalDays(integer(lapse.get("minInt"), c + "lapse.minInt"))
          .leechThreshold(integer(lapse.get("leechFails"), c + "lapse.leechFails"))
          .leechAction(
              Sm2LeechAction.fromCode(integer(lapse.get("leechAction"), c + "lapse.leechAction")))
          .rolloverHour(integer(cfg.get("rollover"), c + "rollover"))
          .learnAheadSeconds(integer(cfg.get("collapseTime"), c + "collapseTime"))
          .build();
    } catch (InvalidInputException e) {
      if (e.getMessage().startsWith(where)) {
        throw e;
      }
      throw new InvalidInputException(where + e.getMessage(), e);
    }
  }

  private static List<Integer> minutes(JsonArray a, String what) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(integer(a.get(i), what + "[" + i + "]"));
    }
    return out;
  }
}
