package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import java.time.Instant;
import java.util.Optional;

/**
 * A mutable working copy of a card in Anki's own terms (type, queue, raw due, ivl, factor, left),
 * used only inside one answer computation and never shared.
 */
final class Sm2Card {
  static final int QUEUE_SUSPENDED = -1;
  static final int QUEUE_NEW = 0;
  static final int QUEUE_LEARNING = 1;
  static final int QUEUE_REVIEW = 2;
  static final int QUEUE_DAY_LEARNING = 3;

  int type;
  int queue;

  /** Queue 1: epoch second; queues 2, 3 and -1: day number; queue 0: unused. */
  long due;

  int ivl;
  int factor;
  int left;
  int reps;
  int lapses;
  Optional<Sm2LeechAction> leech = Optional.empty();

  /** The working copy of {@code s}; the queue is derived (see {@link #queueOf}). */
  static Sm2Card of(CardState s, long rollover) {
    Sm2Card c = new Sm2Card();
    c.type = s.type().code();
    c.queue = queueOf(s, rollover);
    long dueSecond = s.due().getEpochSecond();
    c.due = c.queue == QUEUE_LEARNING ? dueSecond : Sm2Day.dayOf(dueSecond, rollover);
    c.ivl = s.scheduledDays();
    c.factor = s.easePermille();
    c.left = s.step();
    c.reps = s.reps();
    c.lapses = s.lapses();
    return c;
  }

  /**
   * Anki's queue of a card state: 0 new, 2 review, and for (re)learning cards 3 (day learning) when
   * due exactly at a rollover instant, else 1. A step due before the cutoff never lands on a
   * rollover instant, and a step past it always does, so the two queues are told apart without a
   * flag.
   */
  static int queueOf(CardState s, long rollover) {
    switch (s.type()) {
      case NEW:
        return QUEUE_NEW;
      case REVIEW:
        return QUEUE_REVIEW;
      default:
        return Sm2Day.isDayStart(s.due().getEpochSecond(), rollover)
            ? QUEUE_DAY_LEARNING
            : QUEUE_LEARNING;
    }
  }

  /** The model state after an answer at {@code day}; {@code before} gives the last review. */
  CardState toState(CardState before, Instant now, Sm2Day day) {
    Instant dueAt = queue == QUEUE_LEARNING ? Instant.ofEpochSecond(due) : day.startOf(due);
    int elapsed = 0;
    if (before.lastReview().isPresent()) {
      long last = Sm2Day.dayOf(before.lastReview().get().getEpochSecond(), day.rollover());
      elapsed = (int) Math.max(0, day.today() - last);
    }
    return new CardState(
        CardType.fromCode(type),
        dueAt,
        Optional.empty(),
        ivl,
        elapsed,
        left,
        factor,
        reps,
        lapses,
        Optional.of(now));
  }
}
