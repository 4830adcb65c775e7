package dev.quiz.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.schedule.Schedulers;
import dev.quiz.core.schedule.SchedulingStates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code quiz schedule replay} for FSRS: reads the input of {@code ../shared/fsrs-ref/schedule.mjs}
 * and writes its output (replay or preview mode) from the project's FSRS scheduler, field for
 * field. One instance per run.
 */
final class FsrsReplay {
  private static final String REFERENCE = "v5.4.2 using FSRS-6.0";

  private final JsonObject input;
  private final FsrsParameters params;
  private final Scheduler scheduler;
  private final boolean withPreview;
  private final boolean withLog;
  private final String mode;

  /**
   * @param options forced on by command-line flags: {@code preview}, {@code withPreview}, {@code
   *     log}
   * @throws InvalidInputException when a setting is invalid (reported at the first review, where
   *     the reference fails on a bad step)
   */
  FsrsReplay(JsonObject input, ReplayOptions options) {
    this.input = input;
    try {
      this.params = FsrsConfig.parameters(input);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(firstReview() + e.getMessage(), e);
    }
    this.scheduler = Schedulers.fsrs(params);
    this.withPreview = options.withPreview() || FsrsConfig.truthy(input.get("with_preview"));
    this.withLog = options.log() || FsrsConfig.truthy(input.get("include_log"));
    this.mode = options.preview() ? "preview" : defaultMode(input);
  }

  private static String defaultMode(JsonObject input) {
    if (FsrsJson.present(input, "mode")) {
      return input.get("mode").getAsString();
    }
    return FsrsJson.present(input, "cards") && !FsrsJson.present(input, "cases")
        ? "preview"
        : "replay";
  }

  private String firstReview() {
    JsonArray cases = array(input, "cases");
    if (cases.size() > 0 && array(cases.get(0).getAsJsonObject(), "reviews").size() > 0) {
      return "case " + idText(cases.get(0).getAsJsonObject(), 0) + " review 0: ";
    }
    return "";
  }

  /** The whole output document, one line of JSON. */
  String run() {
    StringWriter sw = new StringWriter();
    try (JsonWriter w = new JsonWriter(sw)) {
      w.beginObject();
      w.name("meta");
      meta(w);
      w.name("mode").value(mode);
      if (mode.equals("preview")) {
        w.name("cards");
        previews(w);
      } else {
        w.name("cases").beginArray();
        for (JsonElement c : array(input, "cases")) {
          replayCase(w, c.getAsJsonObject());
        }
        w.endArray();
      }
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString();
  }

  private void meta(JsonWriter w) throws IOException {
    w.beginObject();
    w.name("ts_fsrs").value(REFERENCE);
    w.name("params").beginArray();
    for (double x : params.effectiveWeights()) {
      FsrsJson.number(w, x);
    }
    w.endArray();
    w.name("request_retention");
    FsrsJson.number(w, params.desiredRetention());
    w.name("maximum_interval").value(params.maximumInterval());
    w.name("enable_fuzz").value(params.enableFuzz());
    w.name("enable_short_term").value(params.enableShortTerm());
    strings(w.name("learning_steps"), params.learningSteps());
    strings(w.name("relearning_steps"), params.relearningSteps());
    w.name("decay");
    FsrsJson.number(w, params.decay());
    w.name("factor");
    FsrsJson.number(w, params.factor());
    w.name("interval_modifier");
    FsrsJson.number(w, params.intervalModifier());
    w.endObject();
  }

  private static void strings(JsonWriter w, List<String> values) throws IOException {
    w.beginArray();
    for (String s : values) {
      w.value(s);
    }
    w.endArray();
  }

  /** Replays one case and returns its last state (the new card when it has no reviews). */
  private CardState replayCase(JsonWriter w, JsonObject c) throws IOException {
    String id = idText(c, -1);
    JsonArray reviews = array(c, "reviews");
    JsonElement startText =
        FsrsJson.present(c, "start") || reviews.size() == 0
            ? c.get("start")
            : reviews.get(0).getAsJsonObject().get("at");
    Instant start = located("case " + id, () -> FsrsJson.time(startText, "start"));
    CardState card = located("case " + id, () -> FsrsJson.card(c.get("card"), start));
    w.beginObject();
    w.name("id");
    writeId(w, c);
    w.name("start").value(FsrsJson.iso(start));
    w.name("steps").beginArray();
    for (int i = 0; i < reviews.size(); i++) {
      JsonObject r = reviews.get(i).getAsJsonObject();
      CardState before = card;
      int index = i;
      card = located("case " + id + " review " + i, () -> step(w, index, r, before));
    }
    w.endArray();
    w.endObject();
    return card;
  }

  private CardState step(JsonWriter w, int i, JsonObject r, CardState card) {
    try {
      Instant now = FsrsJson.time(r.get("at"), "review time");
      Rating rating = rating(r.get("rating"));
      SchedulingStates states = scheduler.next(card, new ReviewContext(now, 0));
      CardState next = states.of(rating);
      w.beginObject();
      w.name("i").value(i);
      w.name("at").value(FsrsJson.iso(now));
      w.name("rating").value(rating.code());
      w.name("rating_name").value(rating.label());
      w.name("state_before").value(card.type().label());
      memoryAt(w, card, now, next.elapsedDays());
      if (withPreview) {
        w.name("preview");
        outcomes(w, states);
      }
      w.name("card");
      FsrsJson.card(w, next);
      if (withLog) {
        w.name("log");
        FsrsLog.write(w, card, next, rating, params.enableShortTerm());
      }
      w.endObject();
      return next;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** elapsed_days, retrievability and retrievability_api of lib.mjs {@code atReview}. */
  private void memoryAt(JsonWriter w, CardState card, Instant now, int elapsed) throws IOException {
    boolean isNew = card.type() == CardType.NEW;
    w.name("elapsed_days").value(isNew || !card.lastReview().isPresent() ? 0 : elapsed);
    w.name("retrievability");
    if (isNew) {
      w.nullValue();
    } else {
      double s = card.memory().isPresent() ? card.memory().get().stability() : 0;
      FsrsJson.number(w, params.forgettingCurve(card.lastReview().isPresent() ? elapsed : 0, s));
    }
    w.name("retrievability_api");
    if (isNew) {
      w.nullValue();
    } else {
      FsrsJson.number(w, scheduler.retrievability(card, now));
    }
  }

  private static void outcomes(JsonWriter w, SchedulingStates states) throws IOException {
    w.beginObject();
    for (Rating g : Rating.values()) {
      w.name(g.label());
      FsrsJson.card(w, states.of(g));
    }
    w.endObject();
  }

  private void previews(JsonWriter w) throws IOException {
    List<JsonObject> cards = new ArrayList<>();
    List<CardState> states = new ArrayList<>();
    if (!FsrsJson.present(input, "cards") && FsrsJson.present(input, "cases")) {
      for (JsonElement e : array(input, "cases")) {
        JsonObject c = e.getAsJsonObject();
        CardState last = replayCase(new JsonWriter(new StringWriter()), c);
        JsonObject p = new JsonObject();
        p.add("id", c.get("id"));
        p.add(
            "now",
            FsrsJson.present(c, "preview_at")
                ? c.get("preview_at")
                : new JsonPrimitive(FsrsJson.iso(last.due())));
        cards.add(p);
        states.add(last);
      }
    } else {
      for (JsonElement e : array(input, "cards")) {
        cards.add(e.getAsJsonObject());
        states.add(null);
      }
    }
    w.beginArray();
    for (int k = 0; k < cards.size(); k++) {
      previewCard(w, cards.get(k), states.get(k), k);
    }
    w.endArray();
  }

  private void previewCard(JsonWriter w, JsonObject p, CardState given, int k) throws IOException {
    String where = "cards[" + k + "]";
    JsonElement nowText = FsrsJson.present(p, "now") ? p.get("now") : p.get("at");
    Instant now = located(where, () -> FsrsJson.time(nowText, "now"));
    CardState card =
        given != null ? given : located(where, () -> FsrsJson.card(p.get("card"), now));
    SchedulingStates states = located(where, () -> scheduler.next(card, new ReviewContext(now, 0)));
    w.beginObject();
    w.name("id");
    if (FsrsJson.present(p, "id")) {
      writeId(w, p);
    } else {
      w.value(String.valueOf(k));
    }
    w.name("now").value(FsrsJson.iso(now));
    w.name("card");
    FsrsJson.card(w, card);
    memoryAt(w, card, now, states.good().elapsedDays());
    w.name("outcomes");
    outcomes(w, states);
    w.endObject();
  }

  private static Rating rating(JsonElement e) {
    double code = e != null && e.isJsonPrimitive() ? FsrsConfig.toNumber(e) : Double.NaN;
    if (code != Math.rint(code)) {
      throw new InvalidInputException(
          "rating must be 1 (Again) to 4 (Easy): " + (e == null ? "missing" : e.toString()));
    }
    return Rating.fromCode((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, code)));
  }

  private static void writeId(JsonWriter w, JsonObject o) throws IOException {
    JsonElement id = o.get("id");
    if (id.isJsonPrimitive() && id.getAsJsonPrimitive().isNumber()) {
      FsrsJson.number(w, id.getAsDouble());
    } else if (id.isJsonPrimitive()) {
      w.value(id.getAsString());
    } else {
      w.jsonValue(id.toString());
    }
  }

  private static String idText(JsonObject c, int k) {
    return FsrsJson.present(c, "id") ? c.get("id").getAsString() : String.valueOf(k);
  }

  static JsonArray array(JsonObject o, String key) {
    return FsrsJson.present(o, key) ? o.getAsJsonArray(key) : new JsonArray();
  }

  private static <T> T located(String where, Supplier<T> body) {
    try {
      return body.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(where + ": " + e.getMessage(), e);
    }
  }

  /** Flags of the command line that force a mode or extra output on. */
  record ReplayOptions(boolean preview, boolean withPreview, boolean log) {}
}
