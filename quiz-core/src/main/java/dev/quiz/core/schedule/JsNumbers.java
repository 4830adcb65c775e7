package dev.quiz.core.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript number semantics that ts-fsrs relies on: {@code String(x)} (it seeds the fuzz
 * generator) and {@code +x.toFixed(8)}. Stateless and thread-safe.
 */
final class JsNumbers {
  private JsNumbers() {}

  /**
   * {@code String(x)} as JavaScript prints a finite number: the shortest digit string that reads
   * back as {@code x} (the closest one when several have that length), plain for 1e-6 &lt;= |x|
   * &lt; 1e21, otherwise in exponent form such as {@code 1.5e-7} or {@code 1e+21}.
   */
  static String toJsString(double x) {
    if (x == 0) {
      return "0";
    }
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal shortest = shortest(x).stripTrailingZeros();
    double abs = Math.abs(x);
    if (abs >= 1e-6 && abs < 1e21) {
      return shortest.toPlainString();
    }
    return exponentForm(shortest);
  }

  /**
   * The shortest decimal that reads back as {@code x}. {@link Double#toString} always reads back
   * but on JDK 17 sometimes has a digit too many, so shorter roundings are tried.
   */
  private static BigDecimal shortest(double x) {
    BigDecimal exact = new BigDecimal(x);
    BigDecimal best = new BigDecimal(Double.toString(x));
    for (int digits = best.stripTrailingZeros().precision() - 1; digits >= 1; digits--) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() != x) {
        break;
      }
      best = candidate;
    }
    return best;
  }

  private static String exponentForm(BigDecimal d) {
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    StringBuilder sb = new StringBuilder();
    if (d.signum() < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    sb.append('e').append(exponent >= 0 ? "+" : "-").append(Math.abs(exponent));
    return sb.toString();
  }

  /** {@code +x.toFixed(8)}: x rounded to 8 decimals, ties away from zero on the exact value. */
  static double toFixed8(double x) {
    if (!Double.isFinite(x) || Math.abs(x) >= 1e21) {
      return x;
    }
    return new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).doubleValue();
  }
}
