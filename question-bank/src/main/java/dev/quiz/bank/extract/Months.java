package dev.quiz.bank.extract;

import java.util.Locale;
import java.util.OptionalInt;

/** Month and weekday names. Stateless. */
final class Months {
  /**
   * A month name or abbreviation, to be checked with {@link #number}; never the start of a longer
   * word ("Mar" of "Marine", "Jun" of "Junior").
   */
  static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?!\\p{L})";

  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final String[] NAMES = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private Months() {}

  /**
   * The month number (1-12) of a name as matched case-insensitively; empty when it is not written
   * with a capital (so "may" and "march" the words are not months).
   */
  static OptionalInt number(String name) {
    if (name == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return OptionalInt.empty();
    }
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    if (n.length() < 3) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < NAMES.length; i++) {
      if (n.startsWith(NAMES[i])) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** A name written in capitals ("SEPTEMBER") is a month too. */
  static boolean isCapitalized(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}
