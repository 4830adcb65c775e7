package dev.quiz.core.schedule;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The deck options of Anki 2.1.16's SM-2 (scheduler v2) that can affect one card, with Anki's
 * defaults. Immutable and thread-safe; build variants with {@link #builder()} or {@link
 * #toBuilder()}.
 *
 * <p>Every value is checked on construction; a value outside its range throws {@link
 * dev.quiz.core.InvalidInputException} naming the option and the value, e.g. {@code "starting ease
 * must be in [1300, 10000] permille: 1200"}.
 *
 * @param learningStepsMinutes Anki {@code new.delays}: learning steps in minutes, at least one,
 *     each 1..{@value #MAX_STEP_MINUTES}
 * @param graduatingIntervalDays Anki {@code new.ints[0]}: interval after the last learning step,
 *     days
 * @param easyIntervalDays Anki {@code new.ints[1]}: interval after Easy on a learning card, days;
 *     may be smaller than the graduating interval, as in Anki
 * @param startingEasePermille Anki {@code new.initialFactor}: ease on graduation, 2500 = 250%
 * @param easyBonus Anki {@code rev.ease4}: extra multiplier for Easy on a review card, 1.0..10.0
 * @param intervalModifier Anki {@code rev.ivlFct}: multiplier on every review interval, 0.0..10.0
 * @param maximumIntervalDays Anki {@code rev.maxIvl}: cap on review intervals, days (graduating and
 *     lapse intervals are not capped, as in Anki)
 * @param hardIntervalFactor Anki {@code rev.hardFactor}: Hard multiplier on a review card,
 *     0.0..10.0
 * @param relearningStepsMinutes Anki {@code lapse.delays}: relearning steps in minutes; may be
 *     empty
 * @param newIntervalFactor Anki {@code lapse.mult}: share of the interval kept after a lapse,
 *     0.0..1.0
 * @param minimumIntervalDays Anki {@code lapse.minInt}: smallest interval after a lapse, days
 * @param leechThreshold Anki {@code lapse.leechFails}: lapses that make a leech, 0 = never
 * @param leechAction Anki {@code lapse.leechAction}: what a leech event does
 * @param rolloverHour hour (UTC, 0..23) at which a new Anki day begins ("next day starts at")
 * @param learnAheadSeconds Anki {@code collapseTime}: how early a learning card may be shown,
 *     0..86400 s
 */
public record Sm2Settings(
    List<Integer> learningStepsMinutes,
    int graduatingIntervalDays,
    int easyIntervalDays,
    int startingEasePermille,
    double easyBonus,
    double intervalModifier,
    int maximumIntervalDays,
    double hardIntervalFactor,
    List<Integer> relearningStepsMinutes,
    double newIntervalFactor,
    int minimumIntervalDays,
    int leechThreshold,
    Sm2LeechAction leechAction,
    int rolloverHour,
    int learnAheadSeconds) {

  /** Default learning steps: 1 and 10 minutes. */
  public static final List<Integer> DEFAULT_LEARNING_STEPS_MINUTES =
      Collections.unmodifiableList(Arrays.asList(1, 10));

  /** Default graduating interval: 1 day. */
  public static final int DEFAULT_GRADUATING_INTERVAL_DAYS = 1;

  /** Default easy interval: 4 days. */
  public static final int DEFAULT_EASY_INTERVAL_DAYS = 4;

  /** Default starting ease: 2500 permille (250%). */
  public static final int DEFAULT_STARTING_EASE_PERMILLE = 2500;

  /** Default easy bonus: 1.3. */
  public static final double DEFAULT_EASY_BONUS = 1.3;

  /** Default interval modifier: 1.0. */
  public static final double DEFAULT_INTERVAL_MODIFIER = 1.0;

  /** Default maximum interval: 36500 days. */
  public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36500;

  /** Default Hard multiplier: 1.2. */
  public static final double DEFAULT_HARD_INTERVAL_FACTOR = 1.2;

  /** Default relearning steps: 10 minutes. */
  public static final List<Integer> DEFAULT_RELEARNING_STEPS_MINUTES =
      Collections.singletonList(10);

  /** Default new interval after a lapse: 0.0 (Anki 2.1.16's default is 0%). */
  public static final double DEFAULT_NEW_INTERVAL_FACTOR = 0.0;

  /** Default minimum interval after a lapse: 1 day. */
  public static final int DEFAULT_MINIMUM_INTERVAL_DAYS = 1;

  /** Default leech threshold: 8 lapses. */
  public static final int DEFAULT_LEECH_THRESHOLD = 8;

  /** Default leech action: suspend. */
  public static final Sm2LeechAction DEFAULT_LEECH_ACTION = Sm2LeechAction.SUSPEND;

  /** Default rollover: 4 (a new day starts at 04:00 UTC). */
  public static final int DEFAULT_ROLLOVER_HOUR = 4;

  /** Default learn-ahead limit: 1200 seconds (20 minutes). */
  public static final int DEFAULT_LEARN_AHEAD_SECONDS = 1200;

  /** Anki's ease floor: 1300 permille (130%). */
  public static final int MIN_EASE_PERMILLE = 1300;

  /** Largest starting ease accepted: 10000 permille. */
  public static final int MAX_EASE_PERMILLE = 10000;

  /** Largest interval option accepted, days (Anki's deck options allow up to 99999). */
  public static final int MAX_DAYS = 99_999;

  /** Longest learning or relearning step accepted: one year, in minutes. */
  public static final int MAX_STEP_MINUTES = 525_600;

  /**
   * Checks every option and copies the step lists.
   *
   * @throws dev.quiz.core.InvalidInputException naming the first option out of range and its value
   */
  public Sm2Settings {
    learningStepsMinutes = Sm2Checks.steps("learning", learningStepsMinutes, false);
    relearningStepsMinutes = Sm2Checks.steps("relearning", relearningStepsMinutes, true);
    Sm2Checks.days("graduating interval", graduatingIntervalDays);
    Sm2Checks.days("easy interval", easyIntervalDays);
    Sm2Checks.range(
        "starting ease", startingEasePermille, MIN_EASE_PERMILLE, MAX_EASE_PERMILLE, " permille");
    Sm2Checks.factor("easy bonus", easyBonus, 1.0, 10.0);
    Sm2Checks.factor("interval modifier", intervalModifier, 0.0, 10.0);
    Sm2Checks.days("maximum interval", maximumIntervalDays);
    Sm2Checks.factor("hard interval factor", hardIntervalFactor, 0.0, 10.0);
    Sm2Checks.factor("new interval factor", newIntervalFactor, 0.0, 1.0);
    Sm2Checks.days("minimum interval", minimumIntervalDays);
    Sm2Checks.range("leech threshold", leechThreshold, 0, Integer.MAX_VALUE, " lapses");
    Sm2Checks.notNull("leech action", leechAction);
    Sm2Checks.range("rollover hour", rolloverHour, 0, 23, "");
    Sm2Checks.range("learn-ahead limit", learnAheadSeconds, 0, 86_400, " seconds");
  }

  /** Anki 2.1.16's default deck options. */
  public static Sm2Settings defaults() {
    return builder().build();
  }

  /** A builder preset with Anki 2.1.16's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset with these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link Sm2Settings}; not thread-safe, one per use. */
  public static final class Builder {
    private List<Integer> learningSteps = DEFAULT_LEARNING_STEPS_MINUTES;
    private int graduating = DEFAULT_GRADUATING_INTERVAL_DAYS;
    private int easy = DEFAULT_EASY_INTERVAL_DAYS;
    private int startingEase = DEFAULT_STARTING_EASE_PERMILLE;
    private double easyBonus = DEFAULT_EASY_BONUS;
    private double intervalModifier = DEFAULT_INTERVAL_MODIFIER;
    private int maximumInterval = DEFAULT_MAXIMUM_INTERVAL_DAYS;
    private double hardFactor = DEFAULT_HARD_INTERVAL_FACTOR;
    private List<Integer> relearningSteps = DEFAULT_RELEARNING_STEPS_MINUTES;
    private double newIntervalFactor = DEFAULT_NEW_INTERVAL_FACTOR;
    private int minimumInterval = DEFAULT_MINIMUM_INTERVAL_DAYS;
    private int leechThreshold = DEFAULT_LEECH_THRESHOLD;
    private Sm2LeechAction leechAction = DEFAULT_LEECH_ACTION;
    private int rolloverHour = DEFAULT_ROLLOVER_HOUR;
    private int learnAheadSeconds = DEFAULT_LEARN_AHEAD_SECONDS;

    private Builder() {}

    private Builder(Sm2Settings s) {
      learningSteps = s.learningStepsMinutes;
      graduating = s.graduatingIntervalDays;
      easy = s.easyIntervalDays;
      startingEase = s.startingEasePermille;
      easyBonus = s.easyBonus;
      intervalModifier = s.intervalModifier;
      maximumInterval = s.maximumIntervalDays;
      hardFactor = s.hardIntervalFactor;
      relearningSteps = s.relearningStepsMinutes;
      newIntervalFactor = s.newIntervalFactor;
      minimumInterval = s.minimumIntervalDays;
      leechThreshold = s.leechThreshold;
      leechAction = s.leechAction;
      rolloverHour = s.rolloverHour;
      learnAheadSeconds = s.learnAheadSeconds;
    }

    /** Learning steps in minutes (Anki {@code new.delays}). */
    public Builder learningStepsMinutes(List<Integer> minutes) {
      learningSteps = minutes;
      return this;
    }

    /** Graduating interval in days (Anki {@code new.ints[0]}). */
    public Builder graduatingIntervalDays(int days) {
      graduating = days;
      return this;
    }

    /** Easy interval in days (Anki {@code new.ints[1]}). */
    public Builder easyIntervalDays(int days) {
      easy = days;
      return this;
    }

    /** Starting ease in permille (Anki {@code new.initialFactor}). */
    public Builder startingEasePermille(int permille) {
      startingEase = permille;
      return this;
    }

    /** Easy bonus multiplier (Anki {@code rev.ease4}). */
    public Builder easyBonus(double multiplier) {
      easyBonus = multiplier;
      return this;
    }

    /** Interval modifier (Anki {@code rev.ivlFct}). */
    public Builder intervalModifier(double multiplier) {
      intervalModifier = multiplier;
      return this;
    }

    /** Maximum review interval in days (Anki {@code rev.maxIvl}). */
    public Builder maximumIntervalDays(int days) {
      maximumInterval = days;
      return this;
    }

    /** Hard multiplier (Anki {@code rev.hardFactor}). */
    public Builder hardIntervalFactor(double multiplier) {
      hardFactor = multiplier;
      return this;
    }

    /** Relearning steps in minutes, possibly none (Anki {@code lapse.delays}). */
    public Builder relearningStepsMinutes(List<Integer> minutes) {
      relearningSteps = minutes;
      return this;
    }

    /** Share of the interval kept after a lapse (Anki {@code lapse.mult}). */
    public Builder newIntervalFactor(double multiplier) {
      newIntervalFactor = multiplier;
      return this;
    }

    /** Minimum interval after a lapse in days (Anki {@code lapse.minInt}). */
    public Builder minimumIntervalDays(int days) {
      minimumInterval = days;
      return this;
    }

    /** Leech threshold in lapses, 0 = off (Anki {@code lapse.leechFails}). */
    public Builder leechThreshold(int lapses) {
      leechThreshold = lapses;
      return this;
    }

    /** Leech action (Anki {@code lapse.leechAction}). */
    public Builder leechAction(Sm2LeechAction action) {
      leechAction = action;
      return this;
    }

    /** Hour (UTC) at which a new day starts. */
    public Builder rolloverHour(int hour) {
      rolloverHour = hour;
      return this;
    }

    /** Learn-ahead limit in seconds (Anki {@code collapseTime}). */
    public Builder learnAheadSeconds(int seconds) {
      learnAheadSeconds = seconds;
      return this;
    }

    /**
     * The settings.
     *
     * @throws dev.quiz.core.InvalidInputException naming the first option out of range
     */
    public Sm2Settings build() {
      return new Sm2Settings(
          learningSteps,
          graduating,
          easy,
          startingEase,
          easyBonus,
          intervalModifier,
          maximumInterval,
          hardFactor,
          relearningSteps,
          newIntervalFactor,
          minimumInterval,
          leechThreshold,
          leechAction,
          rolloverHour,
          learnAheadSeconds);
    }
  }
}
