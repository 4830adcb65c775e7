package dev.quiz.core.schedule;

import dev.quiz.core.model.Rating;
import java.util.Optional;

/**
 * Where SM-2's fuzz gets its random numbers: for each answer (context and rating) either a fresh
 * {@link Sm2Random} or none, which turns fuzz off for that answer. Implementations are immutable
 * and thread-safe.
 *
 * <p>For one answer the scheduler draws, in this order, exactly as Anki 2.1.16 does: on a review
 * card one {@code randint} for Hard, two for Good (Hard, then Good), three for Easy; one {@code
 * randint} when a learning card graduates; one {@code randrange(0, min(300, step/4))} when a
 * learning step ends before the day's cutoff. Lapse intervals and relearning graduation are never
 * fuzzed.
 */
@FunctionalInterface
public interface Sm2Fuzz {

  /**
   * The draws for answering with {@code rating} at {@code ctx}; empty turns fuzz off.
   *
   * @param ctx the review context the scheduler was called with
   * @param rating the answer whose outcome is being computed
   */
  Optional<Sm2Random> draws(ReviewContext ctx, Rating rating);

  /** No fuzz: intervals and learning steps exactly as computed (as in Anki's golden vectors). */
  static Sm2Fuzz off() {
    return (ctx, rating) -> Optional.empty();
  }

  /**
   * Fuzz from a pseudo-random stream seeded with {@link ReviewContext#seed()} only: the same card
   * state, time and seed always give the same intervals, and the four ratings share the stream (so
   * Good's internal Hard value equals the Hard outcome's interval, as Anki's buttons would).
   */
  static Sm2Fuzz seeded() {
    return (ctx, rating) -> Optional.<Sm2Random>of(new SeededSm2Random(ctx.seed()));
  }
}
