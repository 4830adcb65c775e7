package dev.quiz.bank.generate;

import java.util.List;
import java.util.Set;

/**
 * Gives a prompt its topic when its words lean on a sentence the learner does not see: "It fell
 * after ____ days." becomes "(Siege of Exampleton) It fell after ____ days.". Stateless.
 */
final class Context {
  /** Words that point back to something named before the evidence sentence. */
  private static final Set<String> BACK_REFERENCES =
      Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "we", "our",
          "this", "these", "those", "there");
  /** How many leading words are checked; a pronoun later usually refers inside the sentence. */
  private static final int LEADING_WORDS = 6;

  private Context() {}

  /** Whether the prompt's first words refer back to something it does not name. */
  static boolean vague(String prompt) {
    List<String> w = Words.of(prompt.replaceFirst("^\\(.*?\\)\\s*", "x "));
    for (int i = 0; i < Math.min(LEADING_WORDS, w.size()); i++) {
      if (BACK_REFERENCES.contains(w.get(i))) {
        return !prompt.startsWith("(");
      }
    }
    return false;
  }

  /** The prompt, prefixed with "(topic) " when it is {@link #vague} and a topic is known. */
  static String withTopic(String prompt, String topic) {
    return vague(prompt) && !topic.isEmpty() ? "(" + topic.trim() + ") " + prompt : prompt;
  }
}
