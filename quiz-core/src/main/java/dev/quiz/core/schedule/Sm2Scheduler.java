package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import java.util.List;

/**
 * Anki 2.1.16's SM-2 (schedv2) for one card: {@code answerCard} for new and (re)learning cards, and
 * the button labels; review cards are delegated to {@link Sm2Review}. Immutable and thread-safe.
 */
final class Sm2Scheduler {
  private final Sm2Settings settings;
  private final Sm2Fuzz fuzz;
  private final Sm2Review review;

  Sm2Scheduler(Sm2Settings settings, Sm2Fuzz fuzz) {
    this.settings = settings;
    this.fuzz = fuzz;
    this.review = new Sm2Review(settings);
  }

  Sm2Settings settings() {
    return settings;
  }

  /** The outcome of answering {@code current} with {@code rating} at {@code ctx.now()}. */
  Sm2Answer answer(CardState current, Rating rating, ReviewContext ctx) {
    checkTime(current, ctx);
    Sm2Day day = Sm2Day.at(ctx.now(), settings.rolloverHour());
    Sm2Card card = Sm2Card.of(current, day.rollover());
    Sm2Fuzzer fuzzer = new Sm2Fuzzer(fuzz.draws(ctx, rating));
    int ease = rating.code();
    card.reps += 1;
    if (card.queue == Sm2Card.QUEUE_NEW) {
      card.type = 1;
      card.queue = Sm2Card.QUEUE_LEARNING;
      card.left = Sm2Steps.startingLeft(settings.learningStepsMinutes(), day);
    }
    Sm2Log log =
        card.queue == Sm2Card.QUEUE_REVIEW
            ? review.answer(card, ease, day, fuzzer)
            : answerLearning(card, ease, day, fuzzer);
    return new Sm2Answer(rating, card.toState(current, ctx.now(), day), card.leech, log);
  }

  /** What the four buttons show, in seconds, without fuzz [nextIvl]. */
  Sm2Intervals buttons(CardState current, ReviewContext ctx) {
    checkTime(current, ctx);
    Sm2Day day = Sm2Day.at(ctx.now(), settings.rolloverHour());
    Sm2Card card = Sm2Card.of(current, day.rollover());
    if (card.queue == Sm2Card.QUEUE_REVIEW) {
      return review.buttons(card, day);
    }
    List<Integer> delays = delaysFor(card.type);
    int left = card.queue == Sm2Card.QUEUE_NEW ? Sm2Steps.startingLeft(delays, day) : card.left;
    boolean relearning = card.type >= 2;
    long grad = relearning ? card.ivl : settings.graduatingIntervalDays();
    long easy = relearning ? card.ivl + 1L : settings.easyIntervalDays();
    int rest = left % 1000 - 1;
    long good = rest <= 0 ? grad * Sm2Day.DAY : Sm2Steps.secs(delays, rest);
    return new Sm2Intervals(
        Sm2Steps.secs(delays, delays.size()),
        Sm2Steps.hardSecs(delays, left),
        good,
        easy * Sm2Day.DAY);
  }

  private static void checkTime(CardState current, ReviewContext ctx) {
    if (current.lastReview().isPresent() && ctx.now().isBefore(current.lastReview().get())) {
      throw new InvalidInputException(
          "review time "
              + ctx.now()
              + " is before the card's last review "
              + current.lastReview().get());
    }
  }

  /** Learning steps for new and learning cards, relearning steps for review and relearning ones. */
  private List<Integer> delaysFor(int type) {
    return type >= 2 ? settings.relearningStepsMinutes() : settings.learningStepsMinutes();
  }

  /** An answer on a card in queue 1 or 3 [_answerLrnCard, _logLrn]. */
  private Sm2Log answerLearning(Sm2Card card, int ease, Sm2Day day, Sm2Fuzzer fuzzer) {
    List<Integer> delays = delaysFor(card.type);
    int logType = card.type >= 2 ? 2 : 0;
    int lastLeft = card.left;
    boolean graduated = ease == 4 || (ease == 3 && card.left % 1000 - 1 <= 0);
    if (graduated) {
      graduate(card, ease == 4, day, fuzzer);
    } else if (ease == 3) {
      int rest = card.left % 1000 - 1;
      card.left = Sm2Steps.fitToday(delays, rest, day) * 1000 + rest;
      Sm2Steps.schedule(card, Sm2Steps.secs(delays, card.left), day, fuzzer);
    } else if (ease == 2) {
      Sm2Steps.schedule(card, Sm2Steps.hardSecs(delays, card.left), day, fuzzer);
    } else {
      card.left = Sm2Steps.startingLeft(delays, day);
      if (card.type == 3) {
        card.ivl = review.lapseInterval(card.ivl);
      }
      Sm2Steps.schedule(card, Sm2Steps.secs(delays, card.left), day, fuzzer);
    }
    int ivl = graduated ? card.ivl : -Sm2Steps.secs(delays, card.left);
    return new Sm2Log(logType, ivl, -Sm2Steps.secs(delays, lastLeft), card.factor);
  }

  /** Leaves (re)learning [_rescheduleAsRev]; {@code left} is kept, as in Anki. */
  private void graduate(Sm2Card card, boolean easy, Sm2Day day, Sm2Fuzzer fuzzer) {
    if (card.type >= 2) {
      if (easy) {
        card.ivl += 1;
      }
    } else {
      int ivl = easy ? settings.easyIntervalDays() : settings.graduatingIntervalDays();
      card.ivl = fuzzer.interval(ivl);
      card.factor = settings.startingEasePermille();
    }
    card.due = day.today() + card.ivl;
    card.type = 2;
    card.queue = Sm2Card.QUEUE_REVIEW;
  }
}
