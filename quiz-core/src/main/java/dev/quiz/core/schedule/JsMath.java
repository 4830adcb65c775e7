package dev.quiz.core.schedule;

/**
 * {@code Math.pow} exactly as Node's V8 computes it, so FSRS results match ts-fsrs bit for bit.
 *
 * <p>V8 evaluates {@code Math.pow} with its own copy of the fdlibm algorithm ({@code
 * base::ieee754::legacy::pow}); it differs from fdlibm 5.3, which {@link StrictMath#pow}
 * implements, in the final polynomial step, and the two disagree by one ulp on about 5% of inputs.
 * This class is an independent Java rendering of that algorithm for positive finite bases; every
 * other case (zero, negative, infinite or NaN operands) has an exactly specified result, for which
 * it delegates to {@link StrictMath#pow}. {@code exp} and {@code log} need no such port: {@link
 * StrictMath} matches V8 there.
 *
 * <p>Derived from fdlibm e_pow.c: Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided that
 * this notice is preserved.
 *
 * <p>Stateless and thread-safe.
 */
final class JsMath {
  private static final double[] BP = {1.0, 1.5};
  private static final double[] DP_H = {0.0, 5.84962487220764160156e-01};
  private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
  private static final double TWO53 = 9007199254740992.0;
  private static final double HUGE = 1.0e300;
  private static final double TINY = 1.0e-300;
  private static final double L1 = 5.99999999999994648725e-01;
  private static final double L2 = 4.28571428578550184252e-01;
  private static final double L3 = 3.33333329818377432918e-01;
  private static final double L4 = 2.72728123808534006489e-01;
  private static final double L5 = 2.30660745775561754067e-01;
  private static final double L6 = 2.06975017800338417784e-01;
  private static final double P1 = 1.66666666666666019037e-01;
  private static final double P2 = -2.77777777770155933842e-03;
  private static final double P3 = 6.61375632143793436117e-05;
  private static final double P4 = -1.65339022054652515390e-06;
  private static final double P5 = 4.13813679705723846039e-08;
  private static final double LG2 = 6.93147180559945286227e-01;
  private static final double LG2_H = 6.93147182464599609375e-01;
  private static final double LG2_L = -1.90465429995776804525e-09;
  private static final double OVT = 8.0085662595372944372e-17;
  private static final double CP = 9.61796693925975554329e-01;
  private static final double CP_H = 9.61796700954437255859e-01;
  private static final double CP_L = -7.02846165095275826516e-09;
  private static final double IVLN2 = 1.44269504088896338700e+00;
  private static final double IVLN2_H = 1.44269502162933349609e+00;
  private static final double IVLN2_L = 1.92596299112661746887e-08;

  private JsMath() {}

  /** {@code x} to the power {@code y}, bit-identical to V8's {@code Math.pow(x, y)}. */
  static double pow(double x, double y) {
    if (!(x > 0) || x == Double.POSITIVE_INFINITY || x == 1 || !Double.isFinite(y) || y == 0) {
      return StrictMath.pow(x, y);
    }
    if (y == 1) {
      return x;
    }
    if (y == -1) {
      return 1.0 / x;
    }
    if (y == 2) {
      return x * x;
    }
    if (y == 0.5) {
      return Math.sqrt(x);
    }
    int ix = hi(x);
    int hy = hi(y);
    double[] log2;
    if ((hy & 0x7fffffff) > 0x41e00000) {
      // |y| > 2^31: the result over- or underflows unless x is within 2^-20 of 1
      if ((hy & 0x7fffffff) > 0x43f00000 || ix < 0x3fefffff || ix > 0x3ff00000) {
        boolean grows = (ix >= 0x3ff00000) == (hy > 0);
        return grows ? HUGE * HUGE : TINY * TINY;
      }
      log2 = log2NearOne(x);
    } else {
      log2 = log2Parts(x, ix);
    }
    return exp2(log2[0], log2[1], y);
  }

  /** log2(x) as t1 + t2, where t1 has its low 32 bits cleared; x > 0 finite, ix its high word. */
  private static double[] log2Parts(double x, int hx) {
    double ax = x;
    int ix = hx;
    int n = 0;
    if (ix < 0x00100000) {
      ax *= TWO53;
      n -= 53;
      ix = hi(ax);
    }
    n += (ix >> 20) - 0x3ff;
    int j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    int k;
    if (j <= 0x3988E) {
      k = 0;
    } else if (j < 0xBB67A) {
      k = 1;
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHi(ax, ix);
    return log2Reduced(ax, ix, k, n);
  }

  private static double[] log2Reduced(double ax, int ix, int k, int n) {
    double u = ax - BP[k];
    double v = 1.0 / (ax + BP[k]);
    double ss = u * v;
    double sH = clearLow(ss);
    double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    double tL = ax - (tH - BP[k]);
    double sL = v * ((u - sH * tH) - sH * tL);
    double s2 = ss * ss;
    double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = clearLow(3.0 + s2 + r);
    tL = r - ((tH - 3.0) - s2);
    u = sH * tH;
    v = sL * tH + tL * ss;
    double pH = clearLow(u + v);
    double pL = v - (pH - u);
    double zH = CP_H * pH;
    double zL = CP_L * pH + pL * CP + DP_L[k];
    double t = n;
    double t1 = clearLow(((zH + zL) + DP_H[k]) + t);
    double t2 = zL - (((t1 - t) - DP_H[k]) - zH);
    return new double[] {t1, t2};
  }

  /** |y| > 2^31 and |1 - x| tiny: log2(x) from the series x - x^2/2 + x^3/3 - x^4/4. */
  private static double[] log2NearOne(double x) {
    double t = x - 1.0;
    double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    double u = IVLN2_H * t;
    double v = t * IVLN2_L - w * IVLN2;
    double t1 = clearLow(u + v);
    double t2 = v - (t1 - u);
    return new double[] {t1, t2};
  }

  /** 2^((t1 + t2) * y) with the overflow and underflow rules of fdlibm. */
  private static double exp2(double t1, double t2, double y) {
    double y1 = clearLow(y);
    double pL = (y - y1) * t1 + y * t2;
    double pH = y1 * t1;
    double z = pL + pH;
    int j = hi(z);
    int i = lo(z);
    if (j >= 0x40900000) {
      if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
        return HUGE * HUGE;
      }
    } else if ((j & 0x7fffffff) >= 0x4090cc00) {
      if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
        return TINY * TINY;
      }
    }
    return scaledExp(pH, pL, j);
  }

  private static double scaledExp(double pHin, double pL, int j) {
    double pH = pHin;
    int i = j & 0x7fffffff;
    int k = (i >> 20) - 0x3ff;
    int n = 0;
    if (i > 0x3fe00000) {
      n = j + (0x00100000 >> (k + 1));
      k = ((n & 0x7fffffff) >> 20) - 0x3ff;
      double t = fromWords(n & ~(0x000fffff >> k), 0);
      n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
      if (j < 0) {
        n = -n;
      }
      pH -= t;
    }
    double t = clearLow(pL + pH);
    double u = t * LG2_H;
    double v = (pL - (t - pH)) * LG2 + t * LG2_L;
    double z = u + v;
    double w = v - (z - u);
    t = z * z;
    double t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    // V8 divides by the whole denominator here; fdlibm 5.3 computes (z*t1)/(t1-2) - (w+z*w).
    double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    int hz = hi(z) + (n << 20);
    if ((hz >> 20) <= 0) {
      return Math.scalb(z, n);
    }
    return withHi(z, hz);
  }

  private static int hi(double d) {
    return (int) (Double.doubleToRawLongBits(d) >>> 32);
  }

  private static int lo(double d) {
    return (int) Double.doubleToRawLongBits(d);
  }

  private static double fromWords(int hi, int lo) {
    return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
  }

  private static double withHi(double d, int hi) {
    return fromWords(hi, lo(d));
  }

  private static double clearLow(double d) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(d) & 0xffffffff00000000L);
  }
}
