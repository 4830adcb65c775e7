package dev.quiz.bank.generate;

/**
 * A text with its {@link Words#norm words}, worked out once for the checks and the question that
 * both need them. Immutable.
 *
 * @param text the text as shown
 * @param words {@code Words.norm(text)}
 */
record Worded(String text, String words) {
  /** {@code text} with its words. */
  static Worded of(String text) {
    return new Worded(text, Words.norm(text));
  }
}
