package dev.quiz.core.schedule;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Replays a case of {@code shared/sm2-ref/vectors*.json} through {@link Sm2} and writes each step
 * in the vectors' own format, so a test can compare it with Anki's output field by field.
 */
final class Sm2Vectors {
  static final long DAY = 86_400;
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Sm2Vectors() {}

  static JsonObject read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return JsonParser.parseReader(r).getAsJsonObject();
    }
  }

  /** The case's options: the document's, overridden by the case's own. */
  static JsonObject config(JsonObject doc, JsonObject kase) {
    JsonObject cfg = doc.getAsJsonObject("config").deepCopy();
    if (kase.has("config")) {
      for (Map.Entry<String, JsonElement> e : kase.getAsJsonObject("config").entrySet()) {
        if (e.getValue().isJsonObject()) {
          for (Map.Entry<String, JsonElement> f : e.getValue().getAsJsonObject().entrySet()) {
            cfg.getAsJsonObject(e.getKey()).add(f.getKey(), f.getValue());
          }
        } else {
          cfg.add(e.getKey(), e.getValue());
        }
      }
    }
    return cfg;
  }

  static Sm2Settings settings(JsonObject cfg) {
    JsonObject nw = cfg.getAsJsonObject("new");
    JsonObject rev = cfg.getAsJsonObject("rev");
    JsonObject lapse = cfg.getAsJsonObject("lapse");
    return Sm2Settings.builder()
        .learningStepsMinutes(ints(nw.getAsJsonArray("delays")))
        .graduatingIntervalDays(nw.getAsJsonArray("ints").get(0).getAsInt())
        .easyIntervalDays(nw.getAsJsonArray("ints").get(1).getAsInt())
        .startingEasePermille(nw.get("initialFactor").getAsInt())
        .easyBonus(rev.get("ease4").getAsDouble())
        .intervalModifier(rev.get("ivlFct").getAsDouble())
        .maximumIntervalDays(rev.get("maxIvl").getAsInt())
        .hardIntervalFactor(rev.get("hardFactor").getAsDouble())
        .relearningStepsMinutes(ints(lapse.getAsJsonArray("delays")))
        .newIntervalFactor(lapse.get("mult").getAsDouble())
        .minimumIntervalDays(lapse.get("minInt").getAsInt())
        .leechThreshold(lapse.get("leechFails").getAsInt())
        .leechAction(Sm2LeechAction.fromCode(lapse.get("leechAction").getAsInt()))
        .rolloverHour(cfg.get("rollover").getAsInt())
        .learnAheadSeconds(cfg.get("collapseTime").getAsInt())
        .build();
  }

  private static List<Integer> ints(JsonArray a) {
    List<Integer> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsInt()));
    return out;
  }

  static String iso(long epochSecond) {
    return ISO.format(Instant.ofEpochSecond(epochSecond));
  }

  static long dayStart(long epochSecond, int rolloverHour) {
    long r = rolloverHour * 3600L;
    return Math.floorDiv(epochSecond - r, DAY) * DAY + r;
  }

  /**
   * The case's steps as {@link Sm2} computes them; {@code fuzzForStep} gives the fuzz source of
   * each review index.
   */
  static JsonArray replay(JsonObject doc, JsonObject kase, IntFunction<Sm2Fuzz> fuzzForStep) {
    Sm2Settings settings = settings(config(doc, kase));
    Instant start = Instant.parse(kase.get("start").getAsString());
    long day0 = dayStart(start.getEpochSecond(), settings.rolloverHour());
    CardState state = CardState.newCard(start);
    boolean leech = false;
    JsonArray steps = new JsonArray();
    JsonArray reviews = kase.getAsJsonArray("reviews");
    for (int i = 0; i < reviews.size(); i++) {
      JsonObject review = reviews.get(i).getAsJsonObject();
      Instant at = Instant.parse(review.get("at").getAsString());
      Sm2 sm2 = Sm2.scheduler(settings, fuzzForStep.apply(i));
      Rating rating = Rating.fromCode(review.get("rating").getAsInt());
      ReviewContext ctx = new ReviewContext(at, i);
      JsonObject step = before(sm2, state, ctx, day0);
      step.addProperty("i", i);
      step.add("at", review.get("at"));
      step.addProperty("rating", rating.code());
      Sm2Answer answer = sm2.answer(state, rating, ctx);
      leech |= answer.leech().isPresent();
      step.add("card", card(sm2, answer, leech, day0));
      step.addProperty("leech_event", answer.leech().isPresent());
      step.add("revlog", revlog(answer, at));
      steps.add(step);
      state = answer.state();
    }
    return steps;
  }

  private static JsonObject before(Sm2 sm2, CardState state, ReviewContext ctx, long day0) {
    JsonObject step = new JsonObject();
    long now = ctx.now().getEpochSecond();
    int queue = sm2.ankiQueue(state);
    step.addProperty("shown", sm2.isDue(state, ctx.now()));
    step.addProperty("today", Math.floorDiv(now - day0, DAY));
    step.addProperty("type_before", state.type().code());
    step.addProperty("queue_before", queue);
    if (queue == 2) {
      long due = Math.floorDiv(state.due().getEpochSecond() - day0, DAY);
      step.addProperty("days_late", Math.max(0, Math.floorDiv(now - day0, DAY) - due));
    } else {
      step.add("days_late", JsonNull.INSTANCE);
    }
    Sm2Intervals b = sm2.buttonIntervals(state, ctx);
    JsonArray secs = new JsonArray();
    secs.add(b.againSeconds());
    secs.add(b.hardSeconds());
    secs.add(b.goodSeconds());
    secs.add(b.easySeconds());
    step.add("next_ivl_secs", secs);
    return step;
  }

  private static JsonObject card(Sm2 sm2, Sm2Answer answer, boolean leech, long day0) {
    CardState s = answer.state();
    int queue = answer.suspended() ? -1 : sm2.ankiQueue(s);
    long dueSecond = s.due().getEpochSecond();
    JsonObject card = new JsonObject();
    card.addProperty("type", s.type().code());
    card.addProperty("queue", queue);
    card.addProperty("due", queue == 1 ? dueSecond : Math.floorDiv(dueSecond - day0, DAY));
    card.addProperty("ivl", s.scheduledDays());
    card.addProperty("factor", s.easePermille());
    card.addProperty("left", s.step());
    card.addProperty("reps", s.reps());
    card.addProperty("lapses", s.lapses());
    card.addProperty("due_at", iso(dueSecond));
    card.addProperty("leech", leech);
    return card;
  }

  private static JsonObject revlog(Sm2Answer answer, Instant at) {
    JsonObject log = new JsonObject();
    log.addProperty("id", at.toEpochMilli());
    log.addProperty("ease", answer.rating().code());
    log.addProperty("ivl", answer.log().interval());
    log.addProperty("lastIvl", answer.log().lastInterval());
    log.addProperty("factor", answer.log().easePermille());
    log.addProperty("type", answer.log().type());
    return log;
  }

  /** The keys (dotted for nested objects) whose values differ between two steps. */
  static List<String> diff(JsonObject want, JsonObject got) {
    List<String> out = new ArrayList<>();
    diff("", want, got, out);
    return out;
  }

  private static void diff(String path, JsonElement want, JsonElement got, List<String> out) {
    if (want != null && got != null && want.isJsonObject() && got.isJsonObject()) {
      java.util.Set<String> keys = new java.util.TreeSet<>(want.getAsJsonObject().keySet());
      keys.addAll(got.getAsJsonObject().keySet());
      for (String k : keys) {
        diff(path + "." + k, want.getAsJsonObject().get(k), got.getAsJsonObject().get(k), out);
      }
    } else if (want == null || !want.equals(got)) {
      out.add(path.substring(1) + ": want " + want + ", got " + got);
    }
  }
}
