package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import java.time.Instant;
import java.util.Objects;

/**
 * Anki 2.1.16's SM-2 scheduler (the "v2" scheduler, {@code anki/schedv2.py}) for one card at a
 * time, reproducing Anki's card and revlog fields exactly (checked against {@code shared/sm2-ref}).
 * Immutable and thread-safe.
 *
 * <p>Mapping onto {@link CardState}: {@code type} is Anki's card type; {@code scheduledDays} is
 * {@code ivl} (during relearning already the post-lapse interval); {@code easePermille} is {@code
 * factor} (0 until the card first graduates); {@code step} is Anki's {@code left}; {@code due} is
 * the instant the card becomes due: the step's second for an intraday (re)learning card (Anki queue
 * 1), a rollover instant for a review or day-learning card (queues 2 and 3). Days start at {@link
 * Sm2Settings#rolloverHour()} UTC; the scheduler works in whole seconds.
 *
 * <p>Leeches and suspension are not part of the state: {@link #answer} reports them in {@link
 * Sm2Answer#leech()}, and the caller tags the note and suspends the card.
 */
public final class Sm2 implements Scheduler {
  private final Sm2Scheduler impl;

  private Sm2(Sm2Scheduler impl) {
    this.impl = impl;
  }

  /**
   * SM-2 with fuzz drawn from {@link ReviewContext#seed()} ({@link Sm2Fuzz#seeded()}), as an app
   * would use it.
   */
  public static Sm2 scheduler(Sm2Settings settings) {
    return scheduler(settings, Sm2Fuzz.seeded());
  }

  /**
   * SM-2 with the given fuzz source; {@link Sm2Fuzz#off()} reproduces Anki's unfuzzed intervals.
   */
  public static Sm2 scheduler(Sm2Settings settings, Sm2Fuzz fuzz) {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(fuzz, "fuzz == null");
    return new Sm2(new Sm2Scheduler(settings, fuzz));
  }

  /** The deck options this scheduler uses. */
  public Sm2Settings settings() {
    return impl.settings();
  }

  /**
   * {@inheritDoc} Each outcome draws its fuzz as if that rating were the answer.
   *
   * @throws dev.quiz.core.InvalidInputException when {@code ctx.now()} is before the card's last
   *     review
   */
  @Override
  public SchedulingStates next(CardState current, ReviewContext ctx) {
    return new SchedulingStates(
        current,
        answer(current, Rating.AGAIN, ctx).state(),
        answer(current, Rating.HARD, ctx).state(),
        answer(current, Rating.GOOD, ctx).state(),
        answer(current, Rating.EASY, ctx).state());
  }

  /**
   * Answers {@code current} with {@code rating} at {@code ctx.now()}, as Anki's {@code answerCard}
   * does. Like Anki it does not check that the card is due; a review answered early counts as 0
   * days late.
   *
   * @return the new state, the leech event if any, and the revlog fields
   * @throws dev.quiz.core.InvalidInputException when {@code ctx.now()} is before the card's last
   *     review
   */
  public Sm2Answer answer(CardState current, Rating rating, ReviewContext ctx) {
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(rating, "rating == null");
    Objects.requireNonNull(ctx, "ctx == null");
    return impl.answer(current, rating, ctx);
  }

  /**
   * What Anki's four buttons show for {@code current} at {@code ctx.now()}, in seconds, never
   * fuzzed.
   *
   * @throws dev.quiz.core.InvalidInputException when {@code ctx.now()} is before the card's last
   *     review
   */
  public Sm2Intervals buttonIntervals(CardState current, ReviewContext ctx) {
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(ctx, "ctx == null");
    return impl.buttons(current, ctx);
  }

  /**
   * Anki's queue for a (not suspended) state: 0 new, 1 intraday (re)learning (due is a second), 2
   * review, 3 day (re)learning (due is a day). A learning card due exactly at a rollover instant is
   * in queue 3.
   */
  public int ankiQueue(CardState state) {
    return Sm2Card.queueOf(state, impl.settings().rolloverHour() * 3600L);
  }

  /**
   * Whether Anki would show the card at {@code now}: a new card always; an intraday learning card
   * from {@link Sm2Settings#learnAheadSeconds()} before its due second; a review or day-learning
   * card from the start of its due day.
   */
  public boolean isDue(CardState state, Instant now) {
    int queue = ankiQueue(state);
    if (queue == Sm2Card.QUEUE_NEW) {
      return true;
    }
    long dueSecond = state.due().getEpochSecond();
    if (queue == Sm2Card.QUEUE_LEARNING) {
      return dueSecond < now.getEpochSecond() + impl.settings().learnAheadSeconds();
    }
    return !now.isBefore(state.due());
  }

  /**
   * An estimate in [0, 1]; SM-2 has no memory model, so this assumes 90% recall when the card falls
   * due and exponential forgetting: {@code 0.9^(elapsed / interval)}, where the interval is the
   * time from the last review to the due instant. 0 for a new card or one never reviewed, 1 before
   * or at the last review.
   */
  @Override
  public double retrievability(CardState state, Instant now) {
    if (state.type() == CardType.NEW || !state.lastReview().isPresent()) {
      return 0.0;
    }
    long last = state.lastReview().get().getEpochSecond();
    long elapsed = now.getEpochSecond() - last;
    if (elapsed <= 0) {
      return 1.0;
    }
    long interval = Math.max(1, state.due().getEpochSecond() - last);
    return Math.pow(0.9, (double) elapsed / interval);
  }
}
