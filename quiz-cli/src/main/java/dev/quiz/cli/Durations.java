package dev.quiz.cli;

import java.time.Duration;

/**
 * Short human text for durations: {@code 45s}, {@code 10m}, {@code 3h}, {@code 12d}, {@code 1.5y}.
 */
final class Durations {
  private Durations() {}

  /** Rounded to one unit: seconds under a minute, minutes under an hour, and so on. */
  static String shortly(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return Math.round(s / 60.0) + "m";
    }
    if (s < 86_400) {
      return Math.round(s / 3600.0) + "h";
    }
    long days = Math.round(s / 86_400.0);
    if (days < 365) {
      return days + "d";
    }
    return String.format(java.util.Locale.ROOT, "%.1fy", days / 365.0);
  }

  /** Elapsed time as {@code 42s}, {@code 2m 13s} or {@code 1h 05m}. */
  static String elapsed(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m " + String.format(java.util.Locale.ROOT, "%02ds", s % 60);
    }
    return (s / 3600) + "h " + String.format(java.util.Locale.ROOT, "%02dm", (s % 3600) / 60);
  }
}
