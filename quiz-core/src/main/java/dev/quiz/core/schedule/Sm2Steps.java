package dev.quiz.core.schedule;

import java.util.List;

/**
 * Anki 2.1.16's learning-step arithmetic on {@code left} ({@code left % 1000} = steps still to do,
 * {@code left / 1000} = how many of them fit before the day ends). Delays are in minutes.
 */
final class Sm2Steps {
  private Sm2Steps() {}

  /** The delay in seconds of the step {@code left % 1000} places from the end [_delayForGrade]. */
  static int secs(List<Integer> delays, int left) {
    int k = Math.floorMod(left, 1000);
    int n = delays.size();
    if (k >= 1 && k <= n) {
      return delays.get(n - k) * 60;
    }
    return (n > 0 ? delays.get(0) : 1) * 60;
  }

  /** The Hard delay: midpoint of this and the next step [_delayForRepeatingGrade]. */
  static int hardSecs(List<Integer> delays, int left) {
    int here = secs(delays, left);
    int other = delays.size() > 1 ? secs(delays, left - 1) : here * 2;
    return (here + Math.max(here, other)) / 2;
  }

  /**
   * How many of the last {@code remaining} steps (all if 0) end by the cutoff, >= 1 [_leftToday].
   */
  static int fitToday(List<Integer> delays, int remaining, Sm2Day day) {
    int from = remaining == 0 ? 0 : Math.max(0, delays.size() - remaining);
    long t = day.now();
    int done = 0;
    for (int i = from; i < delays.size(); i++) {
      t += delays.get(i) * 60L;
      if (t > day.cutoff()) {
        break;
      }
      done = i - from;
    }
    return done + 1;
  }

  /** {@code left} for a card entering these steps [_startingLeft]. */
  static int startingLeft(List<Integer> delays, Sm2Day day) {
    return delays.size() + fitToday(delays, delays.size(), day) * 1000;
  }

  /** Puts the card {@code secs} seconds ahead in queue 1, or in queue 3 past the cutoff. */
  static void schedule(Sm2Card card, int secs, Sm2Day day, Sm2Fuzzer fuzzer) {
    long due = day.now() + secs;
    if (due < day.cutoff()) {
      long extra = fuzzer.stepJitter(secs);
      card.due = Math.min(day.cutoff() - 1, due + extra);
      card.queue = Sm2Card.QUEUE_LEARNING;
    } else {
      card.due = day.today() + Math.floorDiv(due - day.cutoff(), Sm2Day.DAY) + 1;
      card.queue = Sm2Card.QUEUE_DAY_LEARNING;
    }
  }
}
