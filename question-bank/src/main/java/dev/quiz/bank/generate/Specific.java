package dev.quiz.bank.generate;

import dev.quiz.bank.text.Regexes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a question names its subject well enough to be answered without the document: "Who was
 * the prime minister?" or "How many soldiers were killed?" could be about any war, while "Who was
 * the Afghan prime minister?" or "How many soldiers were killed at Exampleton in 1901?" are not. A
 * question is specific when, past its first word, it has a capitalised word (a name, a place, a
 * qualifier such as "Afghan") or a figure. Stateless.
 */
final class Specific {
  /**
   * Capitalised words that name nothing: "Who was the Prime Minister?" or "Who was the Defense
   * Secretary?" could be about any country and war.
   */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "I",
          "Mr",
          "Mrs",
          "Dr",
          "Sir",
          "President",
          "Vice",
          "Prime",
          "Minister",
          "Secretary",
          "State",
          "Defense",
          "Defence",
          "Foreign",
          "Deputy",
          "Chief",
          "General",
          "Colonel",
          "Major",
          "Lieutenant",
          "Captain",
          "Admiral",
          "Marshal",
          "Commander",
          "Governor",
          "Chancellor",
          "King",
          "Queen",
          "Emperor",
          "Prince",
          "Duke",
          "Ambassador",
          "Senator",
          "Mayor",
          "Staff",
          "Army",
          "Navy",
          "Air",
          "Force");

  private static final Pattern FIGURE = Regexes.compile("\\d");
  private static final Pattern WORD_BREAK = Regexes.compile("[\\s\"“”‘’]+");
  private static final Pattern EDGE_PUNCTUATION = Regexes.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");

  private Specific() {}

  /** Whether {@code question} names a person, place, group or figure past its first word. */
  static boolean specific(String question) {
    if (question.startsWith("(")) {
      return true;
    }
    List<String> words = List.of(WORD_BREAK.split(question.trim()));
    for (int i = 1; i < words.size(); i++) {
      String w = EDGE_PUNCTUATION.matcher(words.get(i)).replaceAll("");
      if (FIGURE.matcher(w).find()
          || !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The question as is when {@link #specific}, else preceded by "(topic) " when the document has a
   * title, else empty: a question about nobody in particular is not asked.
   */
  static Optional<String> withTopic(String question, String topic) {
    if (specific(question)) {
      return Optional.of(question);
    }
    return topic.trim().isEmpty()
        ? Optional.empty()
        : Optional.of("(" + topic.trim() + ") " + question);
  }
}
