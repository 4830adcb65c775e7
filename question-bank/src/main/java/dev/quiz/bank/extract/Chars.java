package dev.quiz.bank.extract;

/**
 * Character tests as the regexes of the extractors see them (without {@code
 * UNICODE_CHARACTER_CLASS}), and runs of such characters, for the cheap checks that rule a position
 * out before a regex is tried there. Stateless.
 */
final class Chars {
  private Chars() {}

  /** Whether {@code c} is a character of regex {@code \s}: space, tab, line feed, VT, FF, CR. */
  static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** Whether {@code c} is a character of regex {@code \d} (ASCII digits). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter. */
  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether {@code c} is a character of regex {@code \w} (ASCII letters, digits and '_'). */
  static boolean isWordChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '_';
  }

  /** The end of the run of digits starting at {@code i} ({@code i} when there is none). */
  static int digitsEnd(CharSequence t, int i) {
    int j = i;
    while (j < t.length() && isDigit(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /** The end of the run of ASCII letters starting at {@code i}. */
  static int asciiLettersEnd(CharSequence t, int i) {
    int j = i;
    while (j < t.length() && isAsciiLetter(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether exactly {@code n} digits start at {@code i} (and no more). */
  static boolean digitsAt(CharSequence t, int i, int n) {
    return digitsEnd(t, i) - i == n;
  }

  /** The end of the run of ASCII letters and digits starting at {@code i}. */
  static int alnumEnd(CharSequence t, int i) {
    int j = i;
    while (j < t.length() && (isAsciiLetter(t.charAt(j)) || isDigit(t.charAt(j)))) {
      j++;
    }
    return j;
  }

  /** The end of the run of ASCII letters, digits and '_' ({@code \w}) starting at {@code i}. */
  static int wordCharsEnd(CharSequence t, int i) {
    int j = i;
    while (j < t.length() && isWordChar(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /** The end of the run of {@code \s} characters starting at {@code i}. */
  /**
   * The word of letters that ends, after white space, right before {@code i} ("according" of
   * "according to" at the "to"); "" when no space or no letter stands before {@code i}.
   */
  static String letterWordBefore(String t, int i) {
    int end = i;
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    return end == i ? "" : t.substring(start, end);
  }

  static int spacesEnd(CharSequence t, int i) {
    int j = i;
    while (j < t.length() && isSpace(t.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether the character at {@code i} exists and is one of {@code set}. */
  static boolean oneOf(CharSequence t, int i, String set) {
    return i >= 0 && i < t.length() && set.indexOf(t.charAt(i)) >= 0;
  }

  /** Whether {@code t} has an ASCII digit. */
  static boolean hasDigit(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      if (isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The positions of {@code t} with no letter right before them whose character is an ASCII letter
   * or not ASCII: where a word, a capital ({@code \p{Lu}} or a surrogate) or a word led by ASCII
   * letters can start, ascending.
   */
  static int[] wordStarts(String t) {
    int[] out = new int[t.length() / 4 + 4];
    int n = 0;
    boolean letterBefore = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean letter = c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
      if (!letterBefore && (c >= 128 || letter)) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
      letterBefore = letter;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** {@code t}[i, j) lower-cased for ASCII letters only. */
  static String asciiLower(CharSequence t, int i, int j) {
    char[] out = new char[j - i];
    for (int k = i; k < j; k++) {
      char c = t.charAt(k);
      out[k - i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
  }
}
