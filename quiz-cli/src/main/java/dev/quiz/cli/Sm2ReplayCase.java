package dev.quiz.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Sm2;
import dev.quiz.core.schedule.Sm2Answer;
import dev.quiz.core.schedule.Sm2Fuzz;
import dev.quiz.core.schedule.Sm2Intervals;
import dev.quiz.core.schedule.Sm2Settings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Replays one case's reviews through {@link Sm2} and writes Anki's fields for each ("One step" in
 * {@code shared/sm2-ref/README.md}). Immutable.
 */
final class Sm2ReplayCase {
  private static final long DAY = 86_400;
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Sm2Settings settings;
  private final Sm2 unfuzzed;
  private final String id;
  private final Instant start;
  private final Optional<String> fuzzSeed;
  private final long day0;

  /**
   * @param fuzzSeed with fuzz on, the text each answer's seed is derived from, as Anki's harness
   *     seeded Python's {@code random} with {@code "<fuzz_seed>:<case id>:<review index>"}
   */
  Sm2ReplayCase(Sm2Settings settings, String id, Instant start, Optional<String> fuzzSeed) {
    this.settings = settings;
    this.unfuzzed = Sm2.scheduler(settings, Sm2Fuzz.off());
    this.id = id;
    this.start = start;
    this.fuzzSeed = fuzzSeed;
    long roll = settings.rolloverHour() * 3600L;
    this.day0 = Math.floorDiv(start.getEpochSecond() - roll, DAY) * DAY + roll;
  }

  static String iso(long epochSecond) {
    return ISO.format(Instant.ofEpochSecond(epochSecond));
  }

  static Instant parseTime(String text, String what) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          what + " must be an ISO-8601 UTC instant like 2026-01-19T01:19:16.000Z: '" + text + "'",
          e);
    }
  }

  /** The start of the Anki day that contains the case's start, ISO ({@code day0}). */
  String day0() {
    return iso(day0);
  }

  /** One output step per review. */
  JsonArray replay(JsonArray reviews) {
    CardState state = CardState.newCard(start);
    boolean leech = false;
    JsonArray steps = new JsonArray();
    for (int i = 0; i < reviews.size(); i++) {
      String where = "case " + id + " review " + i + ": ";
      Sm2Answer a;
      try {
        JsonObject step = new JsonObject();
        a = answer(state, reviews.get(i), i, step);
        leech |= a.leech().isPresent();
        finish(step, a, leech);
        steps.add(step);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(where + e.getMessage(), e);
      }
      if (a.suspended() && i + 1 < reviews.size()) {
        throw new InvalidInputException(
            "case "
                + id
                + " review "
                + (i + 1)
                + ": the card was suspended as a leech at review "
                + i
                + ", so Anki cannot answer it");
      }
      state = a.state();
    }
    return steps;
  }

  private Sm2Answer answer(CardState state, JsonElement review, int i, JsonObject step) {
    if (!review.isJsonObject()) {
      throw new InvalidInputException("a review must be an object: " + review);
    }
    JsonObject r = review.getAsJsonObject();
    String at = Sm2ReplayJson.string(r, "at", "");
    Instant now = parseTime(at, "at");
    if (now.isBefore(start)) {
      throw new InvalidInputException("review time " + at + " is before the case's start " + start);
    }
    Rating rating = Rating.fromCode(Sm2ReplayJson.integer(r.get("rating"), "rating"));
    ReviewContext ctx = new ReviewContext(now, seed(i));
    Sm2ReplayDraws draws = new Sm2ReplayDraws(fuzzSeed.isPresent());
    Sm2 sm2 = Sm2.scheduler(settings, draws);
    step.addProperty("i", i);
    step.addProperty("at", at);
    step.addProperty("rating", rating.code());
    before(step, sm2, state, ctx);
    Sm2Answer a = sm2.answer(state, rating, ctx);
    if (fuzzSeed.isPresent()) {
      step.add("draws", draws.log());
    }
    return a;
  }

  /** FNV-1a (64 bit) of {@code "<fuzz_seed>:<case id>:<review index>"}. */
  private long seed(int i) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (fuzzSeed.orElse("") + ":" + id + ":" + i).getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return h;
  }

  /** The fields read before the answer: day, queue, lateness and the four buttons. */
  private void before(JsonObject step, Sm2 sm2, CardState state, ReviewContext ctx) {
    long today = Math.floorDiv(ctx.now().getEpochSecond() - day0, DAY);
    int queue = sm2.ankiQueue(state);
    step.addProperty("shown", sm2.isDue(state, ctx.now()));
    step.addProperty("today", today);
    step.addProperty("type_before", state.type().code());
    step.addProperty("queue_before", queue);
    if (queue == 2) {
      step.addProperty("days_late", Math.max(0, today - dayOf(state.due())));
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
  }

  private long dayOf(Instant t) {
    return Math.floorDiv(t.getEpochSecond() - day0, DAY);
  }

  /** The card and revlog after the answer; {@code leech} is the note's tag so far. */
  private void finish(JsonObject step, Sm2Answer a, boolean leech) {
    CardState s = a.state();
    int queue = a.suspended() ? -1 : unfuzzed.ankiQueue(s);
    long dueSecond = s.due().getEpochSecond();
    JsonObject card = new JsonObject();
    card.addProperty("type", s.type().code());
    card.addProperty("queue", queue);
    card.addProperty("due", queue == 1 ? dueSecond : dayOf(s.due()));
    card.addProperty("ivl", s.scheduledDays());
    card.addProperty("factor", s.easePermille());
    card.addProperty("left", s.step());
    card.addProperty("reps", s.reps());
    card.addProperty("lapses", s.lapses());
    card.addProperty("due_at", iso(dueSecond));
    card.addProperty("leech", leech);
    step.add("card", card);
    step.addProperty("leech_event", a.leech().isPresent());
    JsonObject log = new JsonObject();
    log.addProperty("id", s.lastReview().get().toEpochMilli());
    log.addProperty("ease", a.rating().code());
    log.addProperty("ivl", a.log().interval());
    log.addProperty("lastIvl", a.log().lastInterval());
    log.addProperty("factor", a.log().easePermille());
    log.addProperty("type", a.log().type());
    step.add("revlog", log);
  }
}
