package dev.quiz.core.grade;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers for grading: cleaning typed input, folding case and accents, edit distance. */
final class Text {
  /** Typed answers longer than this are cut: no real answer is longer, and grading stays fast. */
  static final int MAX_ANSWER_CHARS = 500;

  private Text() {}

  /**
   * The typed answer with control characters turned into spaces, runs of white space collapsed,
   * trimmed, and cut to {@link #MAX_ANSWER_CHARS}.
   */
  static String clean(String typed) {
    StringBuilder sb = new StringBuilder(Math.min(typed.length(), MAX_ANSWER_CHARS));
    boolean space = false;
    for (int i = 0; i < typed.length() && sb.length() < MAX_ANSWER_CHARS; i++) {
      char c = typed.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Lower case without accents, punctuation turned into spaces (except digits' separators are kept
   * by callers that need them), single spaces, trimmed: {@code "Ahmad Shāh Massoud."} gives {@code
   * "ahmad shah massoud"}.
   */
  static String fold(String s) {
    String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder sb = new StringBuilder(noAccents.length());
    for (int i = 0; i < noAccents.length(); i++) {
      char c = noAccents.charAt(i);
      sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
    }
    return sb.toString().trim().replaceAll(" +", " ").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance between {@code a} and {@code b} (insert, delete, substitute cost 1). */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The typos forgiven in a word or name of {@code length} letters: none up to 3 letters, 1 up to
   * 7, 2 up to 12, then one more per 6 letters.
   */
  static int allowedTypos(int length) {
    if (length <= 3) {
      return 0;
    }
    if (length <= 7) {
      return 1;
    }
    if (length <= 12) {
      return 2;
    }
    return 2 + (length - 7) / 6;
  }

  /** {@code true} when {@code typed} is {@code target} up to {@link #allowedTypos} typos. */
  static boolean closeEnough(String typed, String target) {
    int allowed = allowedTypos(target.length());
    return Math.abs(typed.length() - target.length()) <= allowed
        && distance(typed, target) <= allowed;
  }
}
