package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the FSRS-6 scheduler, with the defaults and semantics of ts-fsrs 5.4.2. Immutable and
 * thread-safe; change a setting with the {@code withX} methods, which return validated copies.
 *
 * <p>Weights are stored as given (21 values; an FSRS-4.5 set of 17 or an FSRS-5 set of 19 is
 * migrated to 21 the way ts-fsrs does it). The scheduler clips them to ts-fsrs's bounds, which
 * depend on {@link #enableShortTerm()} and the number of relearning steps; {@link
 * #effectiveWeights()} shows the result.
 *
 * @param weights the 21 FSRS-6 weights w0..w20, all finite
 * @param desiredRetention the recall probability intervals aim for, in (0, 1)
 * @param maximumInterval the longest interval in days, {@code >= 1}
 * @param learningSteps waits for new and learning cards, e.g. {@code "1m"}, {@code "10m"}, {@code
 *     "1d"} (a whole number and m, h or d; at most 36500 days); empty = none
 * @param relearningSteps waits for forgotten review cards, same format; empty = none
 * @param enableShortTerm whether same-day reviews use the short-term stability formula and learning
 *     steps (ts-fsrs {@code BasicScheduler}); false = every answer schedules whole days
 * @param enableFuzz whether review intervals of 3 days or more are spread randomly (but
 *     reproducibly) around their value
 */
public record FsrsParameters(
    List<Double> weights,
    double desiredRetention,
    int maximumInterval,
    List<String> learningSteps,
    List<String> relearningSteps,
    boolean enableShortTerm,
    boolean enableFuzz) {

  /** ts-fsrs {@code default_w}: the FSRS-6 weights fitted to a large public data set. */
  public static final List<Double> DEFAULT_WEIGHTS =
      Collections.unmodifiableList(
          Arrays.asList(
              0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
              1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542));

  /** Default desired retention: 0.9. */
  public static final double DEFAULT_DESIRED_RETENTION = 0.9;

  /** Default maximum interval: 36500 days. */
  public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

  /** Default learning steps: 1 minute, 10 minutes. */
  public static final List<String> DEFAULT_LEARNING_STEPS =
      Collections.unmodifiableList(Arrays.asList("1m", "10m"));

  /** Default relearning steps: 10 minutes. */
  public static final List<String> DEFAULT_RELEARNING_STEPS = Collections.singletonList("10m");

  /** Short-term scheduling is on by default. */
  public static final boolean DEFAULT_ENABLE_SHORT_TERM = true;

  /** Fuzz is off by default. */
  public static final boolean DEFAULT_ENABLE_FUZZ = false;

  /**
   * Validates and copies the settings, migrating 17 or 19 weights to 21.
   *
   * @throws InvalidInputException naming the value when a setting is out of range
   * @throws NullPointerException when a list or an element is null
   */
  public FsrsParameters {
    weights = migrate(weights);
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new InvalidInputException("desired retention must be in (0,1): " + desiredRetention);
    }
    if (maximumInterval < 1) {
      throw new InvalidInputException(
          "maximum interval must be at least 1 day: " + maximumInterval);
    }
    learningSteps = copySteps(learningSteps, "learning step");
    relearningSteps = copySteps(relearningSteps, "relearning step");
  }

  /** The ts-fsrs defaults: default weights, retention 0.9, 36500 days, steps 1m 10m / 10m. */
  public static FsrsParameters defaults() {
    return new FsrsParameters(
        DEFAULT_WEIGHTS,
        DEFAULT_DESIRED_RETENTION,
        DEFAULT_MAXIMUM_INTERVAL,
        DEFAULT_LEARNING_STEPS,
        DEFAULT_RELEARNING_STEPS,
        DEFAULT_ENABLE_SHORT_TERM,
        DEFAULT_ENABLE_FUZZ);
  }

  /** A copy with other weights (21, or 17/19 to migrate). */
  public FsrsParameters withWeights(List<Double> newWeights) {
    return new FsrsParameters(
        newWeights,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz);
  }

  /** A copy with another desired retention, in (0, 1). */
  public FsrsParameters withDesiredRetention(double retention) {
    return new FsrsParameters(
        weights,
        retention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz);
  }

  /** A copy with another maximum interval in days, {@code >= 1}. */
  public FsrsParameters withMaximumInterval(int days) {
    return new FsrsParameters(
        weights,
        desiredRetention,
        days,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enableFuzz);
  }

  /** A copy with other learning steps (each like {@code "10m"}); empty = none. */
  public FsrsParameters withLearningSteps(List<String> steps) {
    return new FsrsParameters(
        weights,
        desiredRetention,
        maximumInterval,
        steps,
        relearningSteps,
        enableShortTerm,
        enableFuzz);
  }

  /** A copy with other relearning steps (each like {@code "10m"}); empty = none. */
  public FsrsParameters withRelearningSteps(List<String> steps) {
    return new FsrsParameters(
        weights,
        desiredRetention,
        maximumInterval,
        learningSteps,
        steps,
        enableShortTerm,
        enableFuzz);
  }

  /** A copy with short-term scheduling switched on or off. */
  public FsrsParameters withShortTerm(boolean enabled) {
    return new FsrsParameters(
        weights,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enabled,
        enableFuzz);
  }

  /** A copy with fuzz switched on or off. */
  public FsrsParameters withFuzz(boolean enabled) {
    return new FsrsParameters(
        weights,
        desiredRetention,
        maximumInterval,
        learningSteps,
        relearningSteps,
        enableShortTerm,
        enabled);
  }

  /**
   * The 21 weights the scheduler actually uses: {@link #weights()} clipped to ts-fsrs's bounds
   * (ts-fsrs reports these as its parameters).
   */
  public List<Double> effectiveWeights() {
    double[] w = new FsrsFormulas(this).weights();
    List<Double> out = new ArrayList<>(w.length);
    for (double x : w) {
      out.add(x);
    }
    return Collections.unmodifiableList(out);
  }

  /** The forgetting curve's decay, {@code -w20}, negative. */
  public double decay() {
    return new FsrsFormulas(this).decay();
  }

  /** The forgetting curve's factor, {@code 0.9^(1/decay) - 1} rounded to 8 decimals. */
  public double factor() {
    return new FsrsFormulas(this).factor();
  }

  /** Days per day of stability at the desired retention (1 at retention 0.9, up to rounding). */
  public double intervalModifier() {
    return new FsrsFormulas(this).intervalModifier();
  }

  /**
   * The probability of recall, in (0, 1], after {@code elapsedDays} days at stability {@code
   * stability} (ts-fsrs {@code forgetting_curve}, rounded to 8 decimals).
   */
  public double forgettingCurve(double elapsedDays, double stability) {
    return new FsrsFormulas(this).forgettingCurve(elapsedDays, stability);
  }

  private static List<Double> migrate(List<Double> given) {
    Objects.requireNonNull(given, "weights == null");
    List<Double> w = new ArrayList<>(given);
    for (int i = 0; i < w.size(); i++) {
      double x = Objects.requireNonNull(w.get(i), "weights contain null");
      if (!Double.isFinite(x)) {
        throw new InvalidInputException("weight w" + i + " must be finite: " + x);
      }
    }
    if (w.size() == 19) {
      w.addAll(Arrays.asList(0.0, 0.5));
    } else if (w.size() == 17) {
      w = migrateFsrs45(w);
    } else if (w.size() != 21) {
      throw new InvalidInputException(
          "weights must be 21 values (or 17 or 19 to migrate): " + w.size());
    }
    return Collections.unmodifiableList(w);
  }

  /** ts-fsrs {@code migrateParameters} for FSRS-4.5: clip, adjust w4..w6, append w17..w20. */
  private static List<Double> migrateFsrs45(List<Double> w17) {
    List<Double> padded = new ArrayList<>(w17);
    padded.addAll(Arrays.asList(0.0, 0.0, 0.0, 0.0));
    double[] c = FsrsFormulas.clip(padded, 0, true);
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      w.add(c[i]);
    }
    w.set(4, JsNumbers.toFixed8(c[5] * 2.0 + c[4]));
    w.set(5, JsNumbers.toFixed8(StrictMath.log(c[5] * 3.0 + 1.0) / 3.0));
    w.set(6, JsNumbers.toFixed8(c[6] + 0.5));
    w.addAll(Arrays.asList(0.0, 0.0, 0.0, 0.5));
    return w;
  }

  private static List<String> copySteps(List<String> steps, String what) {
    Objects.requireNonNull(steps, what + "s == null");
    List<String> copy = new ArrayList<>(steps);
    for (String s : copy) {
      Objects.requireNonNull(s, what + "s contain null");
    }
    LearningSteps.parse(copy, what);
    return Collections.unmodifiableList(copy);
  }
}
