package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.TextSpan;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared checks on units and helpers to build evidence. Stateless. */
final class Units {
  private static final Pattern COORDINATES = Regexes.compile("\\d+\\s*°\\s*\\d*|Coordinates:");
  private static final Pattern PARENTHETICAL = Regexes.compile("^\\(.*\\)$");
  private static final Pattern LABEL_ONLY = Regexes.compile("^[^.!?]{1,30}:$");
  private static final Pattern SPACES = Regexes.compile("\\s+");
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "to", "and", "or", "until", "through", "when", "while", "as", "at", "in", "on", "that",
          "after", "before", "the", "of", "for", "with", "by", "from", "but", "was", "were", "is",
          "are", "had", "has", "have", "which", "who", "a", "an", "it", "they", "he", "she", "we");

  private Units() {}

  /** Whether facts may be taken from the unit: not boilerplate, a label, a note or coordinates. */
  static boolean usable(Sentence s) {
    if (!s.carriesFacts()) {
      return false;
    }
    String t = s.text();
    // each pattern is run only when the character it cannot match without is there
    return !DocumentContext.isYearHeading(s) // "1854" over a timeline's entries
        && !(t.startsWith("(") && PARENTHETICAL.matcher(t).matches())
        && !(t.endsWith(":") && LABEL_ONLY.matcher(t).matches())
        && !((t.indexOf('°') >= 0 || t.contains("Coordinates:")) && COORDINATES.matcher(t).find());
  }

  static Evidence evidence(String doc, Sentence s, int localStart, int localEnd) {
    return new Evidence(
        doc, s.text(), s.span(), new TextSpan(s.offset(localStart), s.offset(localEnd)), s.index());
  }

  /** Up to {@code max} words of {@code text} around [start, end), the answer itself left out. */
  static String context(String text, int start, int end, int max) {
    if (hasControl(text)) {
      return contextByRegex(text, start, end, max);
    }
    // words are the runs of non-space characters: what the collapsing, trim and split below give
    int[] left = wordsBefore(text, start, max / 2);
    int taken = left.length / 2;
    StringBuilder sb = new StringBuilder();
    for (int k = left.length - 2; k >= 0; k -= 2) {
      sb.append(text, left[k], left[k + 1]).append(' ');
    }
    sb.append("…");
    int i = end;
    for (int n = 0; n < max - taken; n++) {
      i = Chars.spacesEnd(text, i);
      if (i == text.length()) {
        break;
      }
      int j = i;
      while (j < text.length() && !Chars.isSpace(text.charAt(j))) {
        j++;
      }
      sb.append(' ').append(text, i, j);
      i = j;
    }
    return sb.toString();
  }

  /**
   * The last (up to) {@code n} runs of non-space characters before {@code start}, as [start, end)
   * pairs from the nearest back.
   */
  private static int[] wordsBefore(String text, int start, int n) {
    int[] out = new int[2 * n];
    int found = 0;
    int j = start;
    while (found < n) {
      while (j > 0 && Chars.isSpace(text.charAt(j - 1))) {
        j--;
      }
      if (j == 0) {
        break;
      }
      int i = j;
      while (i > 0 && !Chars.isSpace(text.charAt(i - 1))) {
        i--;
      }
      out[2 * found] = i;
      out[2 * found + 1] = j;
      found++;
      j = i;
    }
    return java.util.Arrays.copyOf(out, 2 * found);
  }

  /** Whether {@code text} has a control character that trim() drops but {@code \s} is not. */
  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && !Chars.isSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #context} by collapsing white space, trimming and splitting. */
  static String contextByRegex(String text, int start, int end, int max) {
    String left = SPACES.matcher(text.substring(0, start)).replaceAll(" ").trim();
    String right = SPACES.matcher(text.substring(end)).replaceAll(" ").trim();
    String[] lw = left.isEmpty() ? new String[0] : left.split(" ");
    String[] rw = right.isEmpty() ? new String[0] : right.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, lw.length - max / 2); i < lw.length; i++) {
      sb.append(lw[i]).append(' ');
    }
    sb.append("…");
    for (int i = 0; i < Math.min(rw.length, max - Math.min(lw.length, max / 2)); i++) {
      sb.append(' ').append(rw[i]);
    }
    return sb.toString().trim();
  }

  /** The word after position {@code end}, or "". */
  static String nextWord(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length()
        && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
      j++;
    }
    return text.substring(i, j);
  }

  /** The word before position {@code start}, or "". */
  static String previousWord(String text, int start) {
    int j = start;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    int i = j;
    while (i > 0
        && (Character.isLetterOrDigit(text.charAt(i - 1))
            || text.charAt(i - 1) == '\''
            || text.charAt(i - 1) == '’'
            || text.charAt(i - 1) == '.')) {
      i--;
    }
    return text.substring(i, j);
  }
}
