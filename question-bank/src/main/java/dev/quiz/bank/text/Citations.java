package dev.quiz.bank.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations in a text: marks that close a sentence ("home.[10]", "war.[2][3]") and an author and
 * year in brackets ("(Philbrick 2010, 212)"), whose figures are no facts. Stateless.
 */
public final class Citations {
  /** "(Philbrick 2010, 212)", "(Gray and Smith 1976: 357)", "(Utley et al. 1993, pp. 11–15)". */
  private static final Pattern AUTHOR_YEAR =
      Regexes.compile(
          "\\s?\\((?:see |cf\\. )?\\p{Lu}[\\p{L}'’-]+(?:(?: and | & )\\p{Lu}[\\p{L}'’-]+| et al\\.)?,?"
              + " (?:1[5-9]|20)\\d{2}[a-z]?(?:(?:, |: )(?:pp?\\. ?)?\\d+(?:[–-]\\d+)?)?\\)");

  private Citations() {}

  /** Whether [start, end) of {@code s} lies in an author-and-year citation. */
  public static boolean inAuthorYear(String s, int start, int end) {
    if (s.indexOf('(') < 0) {
      return false;
    }
    Matcher m = AUTHOR_YEAR.matcher(s);
    while (m.find()) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} without its author-and-year citations. */
  public static String withoutAuthorYear(String s) {
    return s.indexOf('(') < 0 ? s : AUTHOR_YEAR.matcher(s).replaceAll("");
  }

  /**
   * Where the citation marks that end {@code s} start: marks of one to three ASCII letters or
   * digits in brackets; {@code s.length()} when it ends with none.
   */
  public static int marksStart(String s) {
    int n = s.length();
    while (n > 2 && s.charAt(n - 1) == ']') {
      int open = s.lastIndexOf('[', n - 1);
      if (open < 0 || n - open - 2 < 1 || n - open - 2 > 3) {
        break;
      }
      for (int i = open + 1; i < n - 1; i++) {
        char c = s.charAt(i);
        if (c >= 128 || !Character.isLetterOrDigit(c)) {
          return n;
        }
      }
      n = open;
    }
    return n;
  }
}
