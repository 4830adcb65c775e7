package dev.quiz.core.schedule;

import java.time.Instant;

/**
 * Anki's day arithmetic for one answer, in epoch seconds and absolute day numbers (days since the
 * first rollover after the epoch); differences equal Anki's day numbers counted from {@code
 * col.crt}.
 *
 * @param now the answer time, epoch seconds
 * @param today the day number of {@code now}
 * @param cutoff the end of today; {@code now} itself when {@code now} is exactly a rollover instant
 *     (Anki 2.1.16 tests {@code rollover < now})
 * @param rollover seconds after UTC midnight at which a day starts
 */
record Sm2Day(long now, long today, long cutoff, long rollover) {
  static final long DAY = 86_400;

  static Sm2Day at(Instant when, int rolloverHour) {
    long roll = rolloverHour * 3600L;
    long now = when.getEpochSecond();
    long today = dayOf(now, roll);
    long start = roll + today * DAY;
    return new Sm2Day(now, today, start == now ? now : start + DAY, roll);
  }

  /** The day number that contains {@code epochSecond}. */
  static long dayOf(long epochSecond, long rollover) {
    return Math.floorDiv(epochSecond - rollover, DAY);
  }

  /** Whether {@code epochSecond} is the start of a day (a rollover instant). */
  static boolean isDayStart(long epochSecond, long rollover) {
    return Math.floorMod(epochSecond - rollover, DAY) == 0;
  }

  /** The instant day {@code day} starts. */
  Instant startOf(long day) {
    return Instant.ofEpochSecond(rollover + day * DAY);
  }
}
