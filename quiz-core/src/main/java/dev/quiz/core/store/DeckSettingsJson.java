package dev.quiz.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.quiz.core.StorageException;
import dev.quiz.core.schedule.DeckSettings;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.schedule.Sm2LeechAction;
import dev.quiz.core.schedule.Sm2Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code decks.settings} column: a deck's scheduler settings as JSON, {@code {"fsrs": {..},
 * "sm2": {..}}}. Keys left out take the defaults, so settings written by an older version still
 * read. Stateless.
 */
final class DeckSettingsJson {
  private DeckSettingsJson() {}

  static String write(DeckSettings s) {
    JsonObject root = new JsonObject();
    root.add("fsrs", fsrs(s.fsrs()));
    root.add("sm2", sm2(s.sm2()));
    return root.toString();
  }

  static DeckSettings read(String json, String deck) {
    try {
      JsonObject root = JsonParser.parseString(json).getAsJsonObject();
      DeckSettings d = DeckSettings.defaults();
      FsrsParameters f = root.has("fsrs") ? fsrs(root.getAsJsonObject("fsrs"), d.fsrs()) : d.fsrs();
      Sm2Settings m = root.has("sm2") ? sm2(root.getAsJsonObject("sm2"), d.sm2()) : d.sm2();
      return new DeckSettings(f, m);
    } catch (JsonParseException
        | IllegalStateException
        | ClassCastException
        | UnsupportedOperationException
        | dev.quiz.core.InvalidInputException e) {
      throw new StorageException(
          "settings of deck '"
              + deck
              + "' are not valid JSON ("
              + e.getMessage()
              + "); set them again with 'quiz deck set'",
          e);
    }
  }

  private static JsonObject fsrs(FsrsParameters p) {
    JsonObject o = new JsonObject();
    JsonArray w = new JsonArray();
    for (double x : p.weights()) {
      w.add(x);
    }
    o.add("weights", w);
    o.addProperty("desired_retention", p.desiredRetention());
    o.addProperty("maximum_interval", p.maximumInterval());
    o.add("learning_steps", strings(p.learningSteps()));
    o.add("relearning_steps", strings(p.relearningSteps()));
    o.addProperty("enable_short_term", p.enableShortTerm());
    o.addProperty("enable_fuzz", p.enableFuzz());
    return o;
  }

  private static FsrsParameters fsrs(JsonObject o, FsrsParameters p) {
    if (o.has("weights")) {
      List<Double> w = new ArrayList<>();
      for (JsonElement e : o.getAsJsonArray("weights")) {
        w.add(e.getAsDouble());
      }
      p = p.withWeights(w);
    }
    if (o.has("desired_retention")) {
      p = p.withDesiredRetention(o.get("desired_retention").getAsDouble());
    }
    if (o.has("maximum_interval")) {
      p = p.withMaximumInterval(o.get("maximum_interval").getAsInt());
    }
    if (o.has("learning_steps")) {
      p = p.withLearningSteps(stringList(o.getAsJsonArray("learning_steps")));
    }
    if (o.has("relearning_steps")) {
      p = p.withRelearningSteps(stringList(o.getAsJsonArray("relearning_steps")));
    }
    if (o.has("enable_short_term")) {
      p = p.withShortTerm(o.get("enable_short_term").getAsBoolean());
    }
    if (o.has("enable_fuzz")) {
      p = p.withFuzz(o.get("enable_fuzz").getAsBoolean());
    }
    return p;
  }

  private static JsonObject sm2(Sm2Settings s) {
    JsonObject o = new JsonObject();
    o.add("learning_steps_minutes", ints(s.learningStepsMinutes()));
    o.addProperty("graduating_interval_days", s.graduatingIntervalDays());
    o.addProperty("easy_interval_days", s.easyIntervalDays());
    o.addProperty("starting_ease_permille", s.startingEasePermille());
    o.addProperty("easy_bonus", s.easyBonus());
    o.addProperty("interval_modifier", s.intervalModifier());
    o.addProperty("maximum_interval_days", s.maximumIntervalDays());
    o.addProperty("hard_interval_factor", s.hardIntervalFactor());
    o.add("relearning_steps_minutes", ints(s.relearningStepsMinutes()));
    o.addProperty("new_interval_factor", s.newIntervalFactor());
    o.addProperty("minimum_interval_days", s.minimumIntervalDays());
    o.addProperty("leech_threshold", s.leechThreshold());
    o.addProperty("leech_action", s.leechAction().code());
    o.addProperty("rollover_hour", s.rolloverHour());
    o.addProperty("learn_ahead_seconds", s.learnAheadSeconds());
    return o;
  }

  private static Sm2Settings sm2(JsonObject o, Sm2Settings d) {
    Sm2Settings.Builder b = d.toBuilder();
    if (o.has("learning_steps_minutes")) {
      b.learningStepsMinutes(intList(o.getAsJsonArray("learning_steps_minutes")));
    }
    if (o.has("relearning_steps_minutes")) {
      b.relearningStepsMinutes(intList(o.getAsJsonArray("relearning_steps_minutes")));
    }
    b.graduatingIntervalDays(integer(o, "graduating_interval_days", d.graduatingIntervalDays()));
    b.easyIntervalDays(integer(o, "easy_interval_days", d.easyIntervalDays()));
    b.startingEasePermille(integer(o, "starting_ease_permille", d.startingEasePermille()));
    b.easyBonus(number(o, "easy_bonus", d.easyBonus()));
    b.intervalModifier(number(o, "interval_modifier", d.intervalModifier()));
    b.maximumIntervalDays(integer(o, "maximum_interval_days", d.maximumIntervalDays()));
    b.hardIntervalFactor(number(o, "hard_interval_factor", d.hardIntervalFactor()));
    b.newIntervalFactor(number(o, "new_interval_factor", d.newIntervalFactor()));
    b.minimumIntervalDays(integer(o, "minimum_interval_days", d.minimumIntervalDays()));
    b.leechThreshold(integer(o, "leech_threshold", d.leechThreshold()));
    b.leechAction(Sm2LeechAction.fromCode(integer(o, "leech_action", d.leechAction().code())));
    b.rolloverHour(integer(o, "rollover_hour", d.rolloverHour()));
    b.learnAheadSeconds(integer(o, "learn_ahead_seconds", d.learnAheadSeconds()));
    return b.build();
  }

  private static int integer(JsonObject o, String key, int dflt) {
    return o.has(key) ? o.get(key).getAsInt() : dflt;
  }

  private static double number(JsonObject o, String key, double dflt) {
    return o.has(key) ? o.get(key).getAsDouble() : dflt;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray a = new JsonArray();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  private static JsonArray ints(List<Integer> values) {
    JsonArray a = new JsonArray();
    for (int v : values) {
      a.add(v);
    }
    return a;
  }

  private static List<String> stringList(JsonArray a) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : a) {
      out.add(e.getAsString());
    }
    return out;
  }

  private static List<Integer> intList(JsonArray a) {
    List<Integer> out = new ArrayList<>();
    for (JsonElement e : a) {
      out.add(e.getAsInt());
    }
    return out;
  }
}
