package dev.quiz.bank.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level comparison as the question contract checks it: accents folded, lower case, runs of
 * letters and digits. Stateless.
 */
final class Words {
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  private Words() {}

  static List<String> of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    Matcher m = WORD.matcher(folded.toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
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
    return text.replaceAll("\\s+", " ").trim();
  }
}
