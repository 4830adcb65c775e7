package dev.quiz.core.export;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.ReviewLog;
import java.time.Duration;
import java.time.Instant;

/**
 * One row of {@code revlog} (README §9), in v2-scheduler coding. Immutable.
 *
 * @param id answer time, epoch ms, unique
 * @param cardId the Anki card id
 * @param ease 1 Again, 2 Hard, 3 Good, 4 Easy
 * @param interval interval after the answer: days if positive, seconds if negative
 * @param lastInterval interval before the answer, same units
 * @param factor ease after the answer, permille; 0 before graduation
 * @param timeMillis time taken, 0..60000 ms
 * @param type 0 learning, 1 review, 2 relearning
 */
record RevlogRow(
    long id,
    long cardId,
    int ease,
    long interval,
    long lastInterval,
    int factor,
    int timeMillis,
    int type) {

  /** Anki's cap on the recorded answer time. */
  static final int MAX_TIME_MILLIS = 60_000;

  /**
   * Anki's default first learning step, used as the interval "before" a new card's first answer.
   */
  static final long FIRST_STEP_SECONDS = 60;

  /** The row for {@code log}, with id {@code id} (its time, moved on by a few ms on collisions). */
  static RevlogRow of(ReviewLog log, long id, long cardId) {
    CardState before = log.before();
    CardState after = log.after();
    boolean graduated = after.type() == CardType.REVIEW || after.type() == CardType.RELEARNING;
    int type =
        switch (before.type()) {
          case NEW, LEARNING -> 0;
          case REVIEW -> 1;
          case RELEARNING -> 2;
        };
    return new RevlogRow(
        id,
        cardId,
        log.rating().code(),
        intervalAfter(after, log.reviewedAt()),
        intervalBefore(before),
        graduated ? AnkiCard.factorOf(after) : 0,
        timeMillis(log.took()),
        type);
  }

  private static int timeMillis(Duration took) {
    return took.compareTo(Duration.ofMillis(MAX_TIME_MILLIS)) >= 0
        ? MAX_TIME_MILLIS
        : (int) took.toMillis();
  }

  private static long intervalAfter(CardState after, Instant at) {
    return switch (after.type()) {
      case REVIEW -> Math.max(1, after.scheduledDays());
      case NEW -> 0;
      case LEARNING, RELEARNING -> -Math.max(1, Duration.between(at, after.due()).getSeconds());
    };
  }

  private static long intervalBefore(CardState before) {
    return switch (before.type()) {
      case REVIEW -> Math.max(1, before.scheduledDays());
      case NEW -> -FIRST_STEP_SECONDS;
      case LEARNING, RELEARNING ->
          before.lastReview().isPresent()
              ? -Math.max(1, Duration.between(before.lastReview().get(), before.due()).getSeconds())
              : -FIRST_STEP_SECONDS;
    };
  }
}
