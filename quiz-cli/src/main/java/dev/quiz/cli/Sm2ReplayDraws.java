package dev.quiz.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.quiz.core.model.Rating;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Sm2Fuzz;
import dev.quiz.core.schedule.Sm2Random;
import java.util.Optional;

/**
 * The fuzz of one replayed answer: off, or {@link Sm2Fuzz#seeded()} with every draw recorded in the
 * vectors' {@code draws} format ({@code {"fn", "args", "value"}}). One per answer; not thread-safe.
 */
final class Sm2ReplayDraws implements Sm2Fuzz {
  private final boolean on;
  private final JsonArray log = new JsonArray();

  Sm2ReplayDraws(boolean on) {
    this.on = on;
  }

  JsonArray log() {
    return log;
  }

  @Override
  public Optional<Sm2Random> draws(ReviewContext ctx, Rating rating) {
    if (!on) {
      return Optional.empty();
    }
    Sm2Random seeded = Sm2Fuzz.seeded().draws(ctx, rating).get();
    return Optional.of(
        new Sm2Random() {
          @Override
          public int randint(int lo, int hi) {
            return record("randint", lo, hi, seeded.randint(lo, hi));
          }

          @Override
          public int randrange(int start, int stop) {
            return record("randrange", start, stop, seeded.randrange(start, stop));
          }
        });
  }

  private int record(String fn, int a, int b, int value) {
    JsonObject d = new JsonObject();
    d.addProperty("fn", fn);
    JsonArray args = new JsonArray();
    args.add(a);
    args.add(b);
    d.add("args", args);
    d.addProperty("value", value);
    log.add(d);
    return value;
  }
}
