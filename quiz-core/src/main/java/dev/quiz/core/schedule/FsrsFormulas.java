package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;
import java.util.List;

/**
 * The FSRS-6 memory model exactly as ts-fsrs 5.4.2 computes it ({@code src/algorithm.ts}): same
 * operand order, {@code roundTo(x, 8)} at the same places, V8's {@code pow} and fdlibm's {@code
 * exp}/{@code log}, so every double equals the reference's. Immutable and thread-safe.
 */
final class FsrsFormulas {
  static final double S_MIN = 0.001;
  static final double S_MAX = 36500.0;

  private static final double[][] BOUNDS = {
    {S_MIN, 100}, {S_MIN, 100}, {S_MIN, 100}, {S_MIN, 100}, {1, 10}, {0.001, 4}, {0.001, 4},
    {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9},
    {0, 4}, {0, 1}, {1, 6}, {0, 2}, {0, 2}, {0, 0.8}, {0.1, 0.8}
  };

  private final double[] w;
  private final double decay;
  private final double factor;
  private final double intervalModifier;

  /** D0(Easy), unclamped: the mean-reversion target of every difficulty update. */
  private final double easyInitDifficulty;

  private final int maximumInterval;
  private final boolean shortTerm;

  FsrsFormulas(FsrsParameters p) {
    this.w = clip(p.weights(), p.relearningSteps().size(), p.enableShortTerm());
    this.decay = -w[20];
    this.factor = roundTo8(StrictMath.exp(JsMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
    this.intervalModifier = roundTo8((JsMath.pow(p.desiredRetention(), 1 / decay) - 1) / factor);
    this.easyInitDifficulty = initDifficulty(4);
    this.maximumInterval = p.maximumInterval();
    this.shortTerm = p.enableShortTerm();
  }

  /** ts-fsrs {@code roundTo(x, 8)}: {@code Math.round(x * 1e8) / 1e8}, ties toward +infinity. */
  static double roundTo8(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  static double clamp(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }

  /** ts-fsrs {@code clipParameters} for a 21-value set. */
  static double[] clip(List<Double> weights, int relearningSteps, boolean shortTerm) {
    double[][] b = new double[BOUNDS.length][];
    for (int i = 0; i < b.length; i++) {
      b[i] = BOUNDS[i].clone();
    }
    b[19][0] = shortTerm ? 0.01 : 0;
    if (relearningSteps > 1) {
      double w11 = clamp(weights.get(11), b[11][0], b[11][1]);
      double w13 = clamp(weights.get(13), b[13][0], b[13][1]);
      double w14 = clamp(weights.get(14), b[14][0], b[14][1]);
      double value =
          -(StrictMath.log(w11) + StrictMath.log(JsMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
              / relearningSteps;
      double ceiling = clamp(roundTo8(Math.sqrt(Math.max(value, 0))), 0.01, 2.0);
      b[17][1] = ceiling;
      b[18][1] = ceiling;
    }
    double[] out = new double[b.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = clamp(weights.get(i), b[i][0], b[i][1]);
    }
    return out;
  }

  double[] weights() {
    return w.clone();
  }

  double decay() {
    return decay;
  }

  double factor() {
    return factor;
  }

  double intervalModifier() {
    return intervalModifier;
  }

  /** R(t, S): the probability of recall after {@code t} days, rounded to 8 decimals. */
  double forgettingCurve(double t, double s) {
    return roundTo8(JsMath.pow(1 + (factor * t) / s, decay));
  }

  /**
   * ts-fsrs {@code next_state}: the memory after rating {@code g} (1..4) after {@code t} days.
   *
   * @param d difficulty before, 0 with {@code s} 0 for a card without memory
   * @param r the retrievability to use, or NaN to compute R(t, S)
   * @throws InvalidInputException when the memory state is outside what ts-fsrs accepts
   */
  Memory next(double d, double s, int t, int g, double r) {
    if (d == 0 && s == 0) {
      return new Memory(clamp(initDifficulty(g), 1, 10), Math.max(w[g - 1], 0.1));
    }
    if (d < 1 || s < S_MIN) {
      throw new InvalidInputException(
          "memory state out of range: difficulty " + d + ", stability " + s);
    }
    double rr = Double.isNaN(r) ? forgettingCurve(t, s) : r;
    double newS;
    if (t == 0 && shortTerm) {
      newS = shortTermStability(s, g);
    } else if (g == 1) {
      double w17 = shortTerm ? w[17] : 0;
      double w18 = shortTerm ? w[18] : 0;
      double floor = s / StrictMath.exp(w17 * w18);
      newS = clamp(roundTo8(floor), S_MIN, forgetStability(d, s, rr));
    } else {
      newS = recallStability(d, s, rr, g);
    }
    return new Memory(nextDifficulty(d, g), newS);
  }

  private double initDifficulty(int g) {
    return roundTo8(w[4] - StrictMath.exp((g - 1) * w[5]) + 1);
  }

  private double nextDifficulty(double d, int g) {
    double deltaD = -w[6] * (g - 3);
    double nextD = d + roundTo8((deltaD * (10 - d)) / 9);
    return clamp(roundTo8(w[7] * easyInitDifficulty + (1 - w[7]) * nextD), 1, 10);
  }

  private double recallStability(double d, double s, double r, int g) {
    double hardPenalty = g == 2 ? w[15] : 1;
    double easyBonus = g == 4 ? w[16] : 1;
    double inc =
        StrictMath.exp(w[8])
            * (11 - d)
            * JsMath.pow(s, -w[9])
            * (StrictMath.exp((1 - r) * w[10]) - 1)
            * hardPenalty
            * easyBonus;
    return roundTo8(clamp(s * (1 + inc), S_MIN, S_MAX));
  }

  private double forgetStability(double d, double s, double r) {
    double sf =
        w[11]
            * JsMath.pow(d, -w[12])
            * (JsMath.pow(s + 1, w[13]) - 1)
            * StrictMath.exp((1 - r) * w[14]);
    return roundTo8(clamp(sf, S_MIN, S_MAX));
  }

  private double shortTermStability(double s, int g) {
    double sinc = JsMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
    double masked = g >= 2 ? Math.max(sinc, 1.0) : sinc;
    return roundTo8(clamp(s * masked, S_MIN, S_MAX));
  }

  /**
   * The interval in whole days for stability {@code s}: {@code min(max(1, round(S * im)),
   * maximum)}, then fuzzed with {@code fuzz} (the Alea draw, or NaN when fuzz is off).
   */
  int interval(double s, int elapsedDays, double fuzz) {
    long ivl = Math.min(Math.max(1, Math.round(s * intervalModifier)), maximumInterval);
    if (Double.isNaN(fuzz) || ivl < 2.5) {
      return (int) ivl;
    }
    double delta = 1.0;
    delta += 0.15 * Math.max(Math.min(ivl, 7.0) - 2.5, 0.0);
    delta += 0.1 * Math.max(Math.min(ivl, 20.0) - 7.0, 0.0);
    delta += 0.05 * Math.max(Math.min(ivl, Double.POSITIVE_INFINITY) - 20.0, 0.0);
    long lo = Math.max(2, Math.round(ivl - delta));
    long hi = Math.min(Math.round(ivl + delta), maximumInterval);
    if (ivl > elapsedDays) {
      lo = Math.max(lo, elapsedDays + 1L);
    }
    lo = Math.min(lo, hi);
    return (int) Math.floor(fuzz * (hi - lo + 1) + lo);
  }

  /**
   * A memory state.
   *
   * @param difficulty in [1, 10]
   * @param stability in days, in [0.001, 36500] (initial stability may exceed 100 only if w does)
   */
  record Memory(double difficulty, double stability) {}
}
