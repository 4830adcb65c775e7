package dev.quiz.core.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Anki day numbers for one export (README §3): the collection was "created" at noon local time on
 * {@code D0}, the day before the export, and a card due on Anki day {@code D} gets {@code due = D −
 * D0}. An Anki day starts at the rollover hour. Immutable, thread-safe.
 */
final class DayClock {
  /** Largest review {@code due} Anki accepts (README §3). */
  static final long MAX_DUE = 100_000L;

  private final ZoneId zone;
  private final int rolloverHour;
  private final LocalDate d0;
  private final long crt;
  private final Instant now;

  DayClock(ExportOptions options) {
    this.zone = options.zone();
    this.rolloverHour = options.rolloverHour();
    this.now = options.now();
    this.d0 = now.atZone(zone).toLocalDate().minusDays(1);
    this.crt = d0.atTime(LocalTime.NOON).atZone(zone).toEpochSecond();
  }

  /** {@code col.crt}: epoch seconds of 12:00 local time on {@code D0}. */
  long crt() {
    return crt;
  }

  /** {@code conf.creationOffset}: the UTC offset at {@code crt} in minutes west of UTC. */
  int creationOffsetMinutes() {
    return -zone.getRules().getOffset(Instant.ofEpochSecond(crt)).getTotalSeconds() / 60;
  }

  /** The day number of the Anki day that holds {@code t}, at most {@link #MAX_DUE}. */
  long dayNumber(Instant t) {
    LocalDate day = t.atZone(zone).minusHours(rolloverHour).toLocalDate();
    return Math.min(MAX_DUE, ChronoUnit.DAYS.between(d0, day));
  }

  /** The day number of the export's own Anki day. */
  long today() {
    return dayNumber(now);
  }
}
