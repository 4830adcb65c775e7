package dev.quiz.bank.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word-level comparison as the question contract checks it: accents folded, lower case, runs of
 * letters and digits. Stateless.
 */
final class Words {
  private static final Pattern MARK = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Words() {}

  static List<String> of(String text) {
    String folded =
        ascii(text)
            ? text
            : MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String lower = folded.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); i++) {
      boolean word = isWordChar(lower.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(lower.substring(start));
    }
    return out;
  }

  /** [a-z0-9]: the characters of a word once folded and lower-cased. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** Plain ASCII is its own NFKD form and has no combining marks. */
  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static String norm(String text) {
    return String.join(" ", of(text));
  }

  /** Whether the prompt shows the answer: its words appear in a row in the prompt's words. */
  static boolean shows(String prompt, String answer) {
    String a = norm(answer);
    if (a.isEmpty()) {
      return false;
    }
    String p = " " + norm(prompt) + " ";
    return p.contains(" " + a + " ");
  }

  /** Collapses whitespace (line breaks of wrapped text) to single spaces. */
  static String oneLine(String text) {
    return SPACES.matcher(text).replaceAll(" ").trim();
  }
}
