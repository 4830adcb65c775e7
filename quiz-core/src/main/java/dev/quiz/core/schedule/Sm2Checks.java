package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Range checks for {@link Sm2Settings}; every message names the option and the value. */
final class Sm2Checks {
  private Sm2Checks() {}

  static List<Integer> steps(String what, List<Integer> minutes, boolean mayBeEmpty) {
    if (minutes == null) {
      throw new InvalidInputException(what + " steps must be given (a list of minutes)");
    }
    if (minutes.isEmpty() && !mayBeEmpty) {
      throw new InvalidInputException(what + " steps must not be empty");
    }
    List<Integer> copy = new ArrayList<>(minutes);
    for (Integer m : copy) {
      if (m == null || m < 1 || m > Sm2Settings.MAX_STEP_MINUTES) {
        throw new InvalidInputException(
            what + " step must be in [1, " + Sm2Settings.MAX_STEP_MINUTES + "] minutes: " + m);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  static void days(String what, int days) {
    range(what, days, 1, Sm2Settings.MAX_DAYS, " days");
  }

  static void range(String what, int value, int min, int max, String unit) {
    if (value < min || value > max) {
      String bounds = max == Integer.MAX_VALUE ? ">= " + min : "in [" + min + ", " + max + "]";
      throw new InvalidInputException(what + " must be " + bounds + unit + ": " + value);
    }
  }

  static void factor(String what, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidInputException(what + " must be in [" + min + ", " + max + "]: " + value);
    }
  }

  static void notNull(String what, Object value) {
    if (value == null) {
      throw new InvalidInputException(what + " must be given");
    }
  }
}
