package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;
import java.util.List;

/**
 * ts-fsrs's {@code BasicLearningStepsStrategy}: the minutes each rating waits while a card is in
 * (re)learning. Steps are strings such as {@code "1m"}, {@code "2h"} or {@code "1d"}; the number is
 * read like JavaScript's {@code parseInt} ({@code "1.5m"} is one minute). Immutable, thread-safe.
 */
final class LearningSteps {
  /** No step for this rating: the card graduates with an FSRS interval. */
  static final Step NONE = new Step(0, 0);

  /** Longest step accepted, in minutes (36500 days); ts-fsrs has no limit but overflows dates. */
  static final double MAX_MINUTES = 36500.0 * 1440;

  private final double[] minutes;

  private LearningSteps(double[] minutes) {
    this.minutes = minutes;
  }

  /**
   * Parses {@code steps}.
   *
   * @param what names the list in error messages, e.g. {@code "learning step"}
   * @throws InvalidInputException naming the step when its number or unit is not one ts-fsrs
   *     accepts, or it is longer than 36500 days
   */
  static LearningSteps parse(List<String> steps, String what) {
    double[] minutes = new double[steps.size()];
    for (int i = 0; i < minutes.length; i++) {
      minutes[i] = toMinutes(steps.get(i), what + " " + i);
    }
    return new LearningSteps(minutes);
  }

  static double toMinutes(String step, String where) {
    String number = step.isEmpty() ? "" : step.substring(0, step.length() - 1);
    double value = parseInt(number);
    if (Double.isNaN(value) || value < 0) {
      throw new InvalidInputException(
          where + " must be a whole number and a unit (m, h or d): \"" + step + "\"");
    }
    char unit = step.charAt(step.length() - 1);
    double factor = unit == 'm' ? 1 : unit == 'h' ? 60 : unit == 'd' ? 1440 : -1;
    if (factor < 0) {
      throw new InvalidInputException(
          where + " has an unknown unit (expected m, h or d): \"" + step + "\"");
    }
    double result = value * factor;
    if (result > MAX_MINUTES) {
      throw new InvalidInputException(where + " is longer than 36500 days: \"" + step + "\"");
    }
    return result;
  }

  /** JavaScript {@code parseInt(s, 10)}: optional blanks and sign, then the leading digits. */
  private static double parseInt(String s) {
    int i = 0;
    while (i < s.length() && isJsSpace(s.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int start = i;
    double value = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == start) {
      return Double.NaN;
    }
    return negative ? -value : value;
  }

  private static boolean isJsSpace(char c) {
    return c == '\t'
        || c == '\u000B'
        || c == '\f'
        || c == '\n'
        || c == '\r'
        || c == '\uFEFF'
        || c == '\u2028'
        || c == '\u2029'
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  int size() {
    return minutes.length;
  }

  /**
   * The step a rating leads to from step {@code current} of a card in (re)learning ({@code
   * reviewCard} false) or of a Review card that is forgotten ({@code reviewCard} true, Again only).
   */
  Step stepFor(boolean reviewCard, int current, int rating) {
    int n = minutes.length;
    if (n == 0 || current >= n) {
      return NONE;
    }
    if (reviewCard) {
      return rating == 1 ? new Step(minutes[Math.max(0, current)], 0) : NONE;
    }
    switch (rating) {
      case 1:
        return new Step(minutes[0], 0);
      case 2:
        return new Step(hardMinutes(), current);
      case 3:
        boolean hasNext = current + 1 >= 0 && current + 1 < n && minutes[current + 1] != 0;
        return hasNext ? new Step(Math.round(minutes[current + 1]), current + 1) : NONE;
      default:
        return NONE;
    }
  }

  private double hardMinutes() {
    if (minutes.length == 1) {
      return Math.round(minutes[0] * 1.5);
    }
    return Math.round((minutes[0] + minutes[1]) / 2);
  }

  /**
   * One learning step.
   *
   * @param minutes how long until the card is due again; 0 means no step
   * @param next the card's step index afterwards
   */
  record Step(double minutes, int next) {}
}
