package dev.quiz.core.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to export: the export time, whether scheduling goes along, an optional single deck, and the
 * time zone and rollover hour that turn due dates into Anki day numbers. Immutable, thread-safe.
 * Build with {@link #builder(Instant)}; change with {@link #toBuilder()}.
 *
 * @param now the export time: the collection's {@code mod}, its creation day ({@code crt} is noon
 *     of the day before, local time) and the upper bound of every id and {@code mod} written. Two
 *     exports with the same {@code now} and data write identical bytes.
 * @param withScheduling {@code true} to export cards' due dates, intervals, ease and review
 *     history; {@code false} (default) exports every card as new and no history
 * @param deckName when present, every card goes into this one Anki deck ({@code ::} separates
 *     levels); when empty (default), into {@code Quiz::<document title>}, one deck per document
 * @param zone the exporter's time zone, for day numbers and {@code creationOffset} (default UTC)
 * @param rolloverHour the hour, 0..23, at which an Anki day starts (default {@value
 *     #DEFAULT_ROLLOVER_HOUR})
 */
public record ExportOptions(
    Instant now, boolean withScheduling, Optional<String> deckName, ZoneId zone, int rolloverHour) {

  /** Anki's default rollover hour: a day starts at 4 am local time. */
  public static final int DEFAULT_ROLLOVER_HOUR = 4;

  /** The zone used when none is given: UTC. */
  public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

  /**
   * @throws IllegalArgumentException when {@code rolloverHour} is not 0..23 or the deck name is
   *     blank
   */
  public ExportOptions {
    Objects.requireNonNull(now, "now == null");
    Objects.requireNonNull(deckName, "deckName == null");
    Objects.requireNonNull(zone, "zone == null");
    if (rolloverHour < 0 || rolloverHour > 23) {
      throw new IllegalArgumentException("rolloverHour must be 0..23: " + rolloverHour);
    }
    if (deckName.isPresent() && deckName.get().trim().isEmpty()) {
      throw new IllegalArgumentException("deck name is blank: '" + deckName.get() + "'");
    }
  }

  /**
   * Defaults (no scheduling, one deck per document, UTC, rollover 4) at export time {@code now}.
   */
  public static Builder builder(Instant now) {
    return new Builder(now);
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder(now)
        .withScheduling(withScheduling)
        .zone(zone)
        .rolloverHour(rolloverHour)
        .deckName(deckName);
  }

  /** Builds {@link ExportOptions}; one per thread. */
  public static final class Builder {
    private Instant now;
    private boolean withScheduling;
    private Optional<String> deckName = Optional.empty();
    private ZoneId zone = DEFAULT_ZONE;
    private int rolloverHour = DEFAULT_ROLLOVER_HOUR;

    private Builder(Instant now) {
      this.now = Objects.requireNonNull(now, "now == null");
    }

    /** The export time. */
    public Builder now(Instant value) {
      this.now = Objects.requireNonNull(value, "now == null");
      return this;
    }

    /** Export scheduling and review history ({@code true}) or new cards only. */
    public Builder withScheduling(boolean value) {
      this.withScheduling = value;
      return this;
    }

    /** Put every card into this deck. */
    public Builder deckName(String value) {
      return deckName(Optional.of(value));
    }

    /** Put every card into this deck, or (empty) one deck per document. */
    public Builder deckName(Optional<String> value) {
      this.deckName = Objects.requireNonNull(value, "deckName == null");
      return this;
    }

    /** The exporter's time zone. */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone == null");
      return this;
    }

    /** The hour, 0..23, at which an Anki day starts. */
    public Builder rolloverHour(int value) {
      this.rolloverHour = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException as {@link ExportOptions#ExportOptions}
     */
    public ExportOptions build() {
      return new ExportOptions(now, withScheduling, deckName, zone, rolloverHour);
    }
  }
}
