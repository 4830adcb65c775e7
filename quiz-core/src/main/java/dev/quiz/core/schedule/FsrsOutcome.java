package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.MemoryState;
import java.time.Instant;
import java.util.Optional;

/**
 * One next state under construction, as ts-fsrs builds it: a copy of the card with the review
 * counted and the new memory, then the state, step, interval and due time set by the scheduling
 * rules. Used by one thread for one review only.
 */
final class FsrsOutcome {
  private static final long DAY_MS = 86_400_000L;
  private static final long MINUTE_MS = 60_000L;

  private final FsrsReview review;
  private final FsrsFormulas.Memory memory;
  private CardType type;
  private Instant due;
  private int scheduledDays;
  private int step;
  private int lapses;

  FsrsOutcome(FsrsReview review, FsrsFormulas.Memory memory) {
    CardState before = review.before();
    this.review = review;
    this.memory = memory;
    this.type = before.type();
    this.due = before.due();
    this.scheduledDays = before.scheduledDays();
    this.step = before.step();
    this.lapses = before.lapses();
  }

  double stability() {
    return memory.stability();
  }

  /** A Review card due in {@code days} whole days, at the time of day of the review. */
  FsrsOutcome inDays(int days) {
    type = CardType.REVIEW;
    step = 0;
    scheduledDays = days;
    due = review.now().plusMillis(days * DAY_MS);
    return this;
  }

  /** One more lapse. */
  FsrsOutcome lapsed() {
    lapses++;
    return this;
  }

  /**
   * ts-fsrs {@code applyLearningSteps}: a step under a day keeps the card in {@code learningType};
   * a step of a day or more makes it a Review card; no step graduates it with an FSRS interval.
   */
  FsrsOutcome applyStep(LearningSteps.Step s, CardType learningType, FsrsFormulas formulas) {
    double minutes = Math.max(0, s.minutes());
    int next = Math.max(0, s.next());
    if (minutes > 0 && minutes < 1440) {
      type = learningType;
      step = next;
      scheduledDays = 0;
      due = review.now().plusMillis(Math.round(minutes) * MINUTE_MS);
    } else if (minutes >= 1440) {
      type = CardType.REVIEW;
      step = next;
      scheduledDays = (int) Math.floor(minutes / 1440);
      due = review.now().plusMillis(Math.round(minutes) * MINUTE_MS);
    } else {
      inDays(formulas.interval(memory.stability(), review.elapsedDays(), review.fuzz()));
    }
    return this;
  }

  CardState build() {
    CardState before = review.before();
    return new CardState(
        type,
        due,
        Optional.of(new MemoryState(memory.stability(), memory.difficulty())),
        scheduledDays,
        review.elapsedDays(),
        step,
        before.easePermille(),
        before.reps() + 1,
        lapses,
        Optional.of(review.now()));
  }
}
