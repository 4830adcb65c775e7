package dev.quiz.core.schedule;

/**
 * The first output of Johannes Baagøe's Alea generator for a string seed, as ts-fsrs's {@code
 * alea(seed)()} computes it in JavaScript doubles. ts-fsrs draws exactly one number per review for
 * fuzz, so only the first output is needed. Stateless and thread-safe.
 */
final class Alea {
  private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

  private Alea() {}

  /** The first number, in [0, 1), that {@code alea(seed)} returns. */
  static double first(String seed) {
    Mash mash = new Mash();
    double s0 = mash.next(" ");
    mash.next(" ");
    mash.next(" ");
    s0 -= mash.next(seed);
    if (s0 < 0) {
      s0 += 1;
    }
    // s1 and s2 are seeded too in the original, but the first output reads only s0 and c = 1.
    double t = 2091639 * s0 + 1 * TWO_POW_MINUS_32;
    return t - (int) t;
  }

  /** Baagøe's Mash hash; {@code n} is a JavaScript number, so it stays a double. */
  private static final class Mash {
    private double n = 0xefc8249dL;

    double next(String data) {
      for (int i = 0; i < data.length(); i++) {
        n += data.charAt(i);
        double h = 0.02519603282416938 * n;
        n = toUint32(h);
        h -= n;
        h *= n;
        n = toUint32(h);
        h -= n;
        n += h * 0x100000000L;
      }
      return toUint32(n) * TWO_POW_MINUS_32;
    }

    /** JavaScript {@code v >>> 0} for a non-negative finite double. */
    private static double toUint32(double v) {
      return (double) (((long) v) & 0xFFFFFFFFL);
    }
  }
}
