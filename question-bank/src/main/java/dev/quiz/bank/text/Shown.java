package dev.quiz.bank.text;

/**
 * Document text as a learner is shown it: on one line, its white space (the line breaks and indents
 * of hard-wrapped text) collapsed to single spaces and trimmed, and a word hyphenated at a line end
 * joined again ("Com-\nmander" reads "Commander") when the next line goes on with a small letter.
 * Units and spans keep the document's own text (their offsets are the file's); prompts, answers and
 * choices show this. Stateless.
 */
public final class Shown {
  private Shown() {}

  /** {@code text} as shown: see the class comment. */
  public static String text(String text) {
    if (alreadyShown(text)) {
      return text.trim();
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int joined = c == '-' ? lineEndHyphen(text, i) : i;
      if (joined > i) {
        i = joined - 1; // the word goes on at the next line's first letter
        space = false;
      } else if (!isSpace(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().trim();
  }

  /**
   * Where the word goes on when {@code text} has a line-end hyphen at {@code i} (a letter before
   * it, only white space with a line break after it, then a small letter); {@code i} otherwise.
   */
  private static int lineEndHyphen(String text, int i) {
    if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
      return i;
    }
    int j = i + 1;
    boolean lineBreak = false;
    while (j < text.length() && isSpace(text.charAt(j))) {
      lineBreak = lineBreak || text.charAt(j) == '\n';
      j++;
    }
    return lineBreak && j < text.length() && Character.isLowerCase(text.charAt(j)) ? j : i;
  }

  /** Whether {@code text} has no white space but single spaces, so only a trim is left to do. */
  private static boolean alreadyShown(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** White space as the regex {@code \s} sees it: [ \t\n\x0B\f\r]. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
