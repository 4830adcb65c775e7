package dev.quiz.core.schedule;

import dev.quiz.core.model.SchedulerKind;
import java.util.Objects;

/**
 * A deck's scheduler settings: FSRS parameters and SM-2 options, of which the deck's {@link
 * SchedulerKind} picks one. Immutable.
 *
 * @param fsrs the FSRS-6 parameters
 * @param sm2 the SM-2 options
 */
public record DeckSettings(FsrsParameters fsrs, Sm2Settings sm2) {
  public DeckSettings {
    Objects.requireNonNull(fsrs, "fsrs == null");
    Objects.requireNonNull(sm2, "sm2 == null");
  }

  /**
   * The settings of a deck nobody configured: ts-fsrs's defaults with fuzz on (so cards learnt
   * together spread out, as in Anki) and Anki 2.1.16's SM-2 defaults.
   */
  public static DeckSettings defaults() {
    return new DeckSettings(FsrsParameters.defaults().withFuzz(true), Sm2Settings.defaults());
  }

  /** A copy with other FSRS parameters. */
  public DeckSettings withFsrs(FsrsParameters parameters) {
    return new DeckSettings(parameters, sm2);
  }

  /** A copy with other SM-2 options. */
  public DeckSettings withSm2(Sm2Settings settings) {
    return new DeckSettings(fsrs, settings);
  }

  /** The scheduler of {@code kind} with these settings. */
  public Scheduler scheduler(SchedulerKind kind) {
    switch (kind) {
      case SM2:
        return Schedulers.sm2(sm2);
      case FSRS:
      default:
        return Schedulers.fsrs(fsrs);
    }
  }

  /** The retention the deck aims for: FSRS's desired retention; 0.9 under SM-2, which has none. */
  public double targetRetention(SchedulerKind kind) {
    return kind == SchedulerKind.FSRS ? fsrs.desiredRetention() : 0.9;
  }
}
