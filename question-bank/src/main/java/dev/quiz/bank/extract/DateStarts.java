package dev.quiz.bank.extract;

/**
 * Where in a text a date or year pattern can start: at the first digit of a run, a month name, a
 * range word ("between", "from"), "the", or a year modifier ("early", "summer of"). Found in one
 * pass; each pattern is then tried only where its own kinds of start are (see {@link SkipMatcher}).
 * Immutable.
 */
final class DateStarts {
  /** The first digit of a run of digits. */
  static final int DIGIT = 1;

  /** A month name or abbreviation, in any case. */
  static final int MONTH = 2;

  /** "between" or "from", in any case. */
  static final int RANGE_WORD = 4;

  /** "the", in lower case. */
  static final int THE = 8;

  /** A word that may open a year or a month: "early", "late", "mid", a season; any case. */
  static final int MODIFIER = 16;

  private static final Prefixes MONTHS = Prefixes.of(true, Months.MONTH);
  private static final Prefixes RANGE_WORDS = Prefixes.of(true, "between|from");
  private static final Prefixes THES = Prefixes.of(false, "the");
  private static final Prefixes MODIFIERS = Prefixes.of(true, Years.MODIFIER, Years.SEASON);

  private final byte[] kinds;
  private final int seen;

  /** The starts in {@code text}. */
  DateStarts(String text) {
    kinds = new byte[text.length()];
    int all = 0;
    for (int i = 0; i < kinds.length; i++) {
      int k = kindsAt(text, i);
      kinds[i] = (byte) k;
      all |= k;
    }
    seen = all;
  }

  private static int kindsAt(String text, int i) {
    char c = text.charAt(i);
    if (SkipMatcher.isDigit(c)) {
      return i == 0 || !SkipMatcher.isDigit(text.charAt(i - 1)) ? DIGIT : 0;
    }
    if (!Character.isLetter(c)) {
      return 0;
    }
    int k = MONTHS.at(text, i) ? MONTH : 0;
    k |= RANGE_WORDS.at(text, i) ? RANGE_WORD : 0;
    k |= THES.at(text, i) ? THE : 0;
    k |= MODIFIERS.at(text, i) ? MODIFIER : 0;
    return k;
  }

  /** Whether a start of one of the {@code kinds} (a bit mask) is at {@code i}. */
  boolean at(int i, int kinds) {
    return (this.kinds[i] & kinds) != 0;
  }

  /** Whether the text has a start of one of the {@code kinds} anywhere. */
  boolean any(int kinds) {
    return (seen & kinds) != 0;
  }
}
