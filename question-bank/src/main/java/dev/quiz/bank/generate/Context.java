package dev.quiz.bank.generate;

import java.util.Set;

/**
 * Gives a prompt its topic when its words lean on a sentence the learner does not see: "It fell
 * after ____ days." becomes "(Siege of Exampleton) It fell after ____ days.". Stateless.
 */
final class Context {
  /** Words that point back to something named before the evidence sentence. */
  private static final Set<String> BACK_REFERENCES =
      Set.of(
          "it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "this", "these");

  /** The nouns of {@link #TOLD_BEFORE}; a prompt without any of them is not searched. */
  private static final String[] TOLD_NOUNS = {
    "news",
    "report",
    "announcement",
    "decision",
    "message",
    "letter",
    "reply",
    "request",
    "proposal",
    "offer"
  };

  /**
   * A subject that is only a word for what the sentence before told: "When the news reached Paris
   * in December" (the news of what?), "The report was published on 3 May". As the subject of a
   * question ("did the news reach") or as the prompt's first words.
   */
  private static final java.util.regex.Pattern TOLD_BEFORE =
      dev.quiz.bank.text.Regexes.compile(
          "(?:^(?:When |After |Before )?(?:[Tt]he|This|That)"
              + "|\\b(?:did|was|were|had|has|have|is|are|does|do|would|could) the)"
              + " (?:"
              + String.join("|", Context.TOLD_NOUNS)
              + ")s?\\b");

  /** "It is thought that …": an "it" that points at nothing. */
  private static final java.util.regex.Pattern IMPERSONAL =
      dev.quiz.bank.text.Regexes.compile(
          "^It (?:is|was|has been|had been) (?:believed|thought|said|reported|estimated|understood"
              + "|expected|feared|claimed|likely|unclear|clear|possible|probable)\\b");

  private static final java.util.regex.Pattern SENTENCE_END =
      dev.quiz.bank.text.Regexes.compile(".*[.!?][\"”’']?$");

  /** The label of an answer in a question-and-answer list: "A: ", "Answer: ". */
  private static final java.util.regex.Pattern ANSWER_LABEL =
      dev.quiz.bank.text.Regexes.compile("(?:A|Answer)\\s?[:.]\\s+(?=\\S)");

  /** A question with its label: "Q: When was the Battle of Midway fought?". */
  private static final java.util.regex.Pattern QUESTION_LABEL =
      dev.quiz.bank.text.Regexes.compile("(?:Q|Question)\\s?[:.]\\s+(.{4,200}\\?)");

  /**
   * Times that are only known from a sentence before: "Some 300 aircraft were destroyed that
   * morning." (which morning?).
   */
  private static final String[] RELATIVE_TIMES = {
    "that day",
    "that morning",
    "that afternoon",
    "that evening",
    "that night",
    "the next day",
    "the next morning",
    "the following day",
    "the following morning",
    "the same day",
    "the day after",
    "the day before",
    "that year",
    "that month",
    "that week",
    "that spring",
    "that summer",
    "that autumn",
    "that winter",
    "the following year",
    "the next year",
    "the same year",
    "the following month"
  };

  private static final java.util.regex.Pattern MONTH_OR_WEEKDAY =
      dev.quiz.bank.text.Regexes.compile(
          "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
              + "[a-z]*\\b");

  /** A previous sentence longer than this would bury the question. */
  private static final int MAX_PREVIOUS_WORDS = 30;

  private Context() {}

  /** Whether the prompt's first word refers back to something it does not name. */
  static boolean vague(String prompt) {
    // a leading "…" and spaces have no words: the first word is the first after them
    return vague(prompt, Words.first(prompt));
  }

  /** {@link #vague(String)} for a prompt whose first word ({@link Words#first}) is known. */
  static boolean vague(String prompt, String firstWord) {
    if (prompt.startsWith("(") || prompt.startsWith("It ") && IMPERSONAL.matcher(prompt).find()) {
      return false;
    }
    return vagueOfReference(prompt, firstWord) || relativeTime(prompt);
  }

  /**
   * Whether the prompt refers back with a pronoun or a word for news: "It fell …", "The news …".
   */
  private static boolean vagueOfReference(String prompt, String firstWord) {
    return BACK_REFERENCES.contains(firstWord) || toldBefore(prompt);
  }

  /**
   * Whether the prompt has a {@link #RELATIVE_TIMES time} and no date: "Some 300 aircraft were
   * destroyed that morning.", but neither "On 5 June the air force struck; some 300 aircraft were
   * destroyed that morning." nor "Paulus, promoted the day before, surrendered on ____.".
   */
  private static boolean relativeTime(String prompt) {
    // every time of the list has one of these words: most prompts are passed over at once
    if (prompt.indexOf("that ") < 0
        && prompt.indexOf("That ") < 0
        && prompt.indexOf(" next ") < 0
        && prompt.indexOf("following ") < 0
        && prompt.indexOf(" same ") < 0
        && prompt.indexOf(" day ") < 0) {
      return false;
    }
    // a prompt after its context sentence: only its own sentence counts
    int own = Math.max(prompt.lastIndexOf(". "), Math.max(prompt.lastIndexOf("? "), 0));
    for (String t : RELATIVE_TIMES) {
      if (indexOfWords(prompt, t, own) >= 0) {
        for (int k = 0; k < prompt.length(); k++) {
          if (Character.isDigit(prompt.charAt(k))) {
            return false;
          }
        }
        return !prompt.contains("on " + dev.quiz.core.model.Prompt.BLANK)
            && !MONTH_OR_WEEKDAY.matcher(prompt).find();
      }
    }
    return false;
  }

  /**
   * Where the words {@code t} stand in {@code s} from {@code start} on, in either case of its first
   * letter; or -1.
   */
  private static int indexOfWords(String s, String t, int start) {
    for (int from = start; ; ) {
      int i = s.indexOf(t.substring(1), from);
      if (i < 1) {
        return -1;
      }
      char c = s.charAt(i - 1);
      int end = i + t.length() - 1;
      if (Character.toLowerCase(c) == t.charAt(0)
          && (i == 1 || !Character.isLetter(s.charAt(i - 2)))
          && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
        return i - 1;
      }
      from = i + 1;
    }
  }

  private static boolean toldBefore(String prompt) {
    for (String noun : TOLD_NOUNS) {
      if (prompt.indexOf(noun) >= 0) {
        return TOLD_BEFORE.matcher(prompt).find();
      }
    }
    return false;
  }

  /** The prompt, prefixed with "(topic) " when it is {@link #vague} and a topic is known. */
  static String withTopic(String prompt, String topic) {
    return vague(prompt) && !topic.isEmpty() ? "(" + topic.trim() + ") " + prompt : prompt;
  }

  /**
   * A {@link #vague} prompt preceded by the sentence before its evidence, which names what "it" or
   * "they" is, when that sentence is short and does not give the answer away; otherwise as {@link
   * #withTopic}.
   *
   * @param prompt the prompt
   * @param previous the running-text sentence before the evidence, or ""
   * @param runsOn whether the evidence runs on from {@code previous} in one paragraph; a time such
   *     as "that morning" is resolved only by the paragraph's sentence before
   * @param topic the document's title, or ""
   * @param answer the answer, which the context must not show
   */
  static String resolve(
      String prompt, String previous, boolean runsOn, String topic, String answer) {
    // "Q: How many carriers did Japan lose? / A: Four: Akagi, …": the answer's question is its
    // context, and the labels go
    java.util.regex.Matcher a = ANSWER_LABEL.matcher(prompt);
    if (a.lookingAt()) {
      String body = prompt.substring(a.end());
      java.util.regex.Matcher q = QUESTION_LABEL.matcher(Words.oneLine(previous));
      return q.matches() && !Words.shows(q.group(1), answer)
          ? q.group(1) + " " + body
          : resolve(body, "", false, topic, answer);
    }
    if (!vague(prompt)) {
      return prompt;
    }
    if (!runsOn && !vagueOfReference(prompt, Words.first(prompt))) {
      // "that morning" after a heading or a paragraph break: the sentence before tells of another
      return withTopic(prompt, topic);
    }
    String p = Words.oneLine(previous);
    int words = Words.count(p);
    if (words >= 4
        && words <= MAX_PREVIOUS_WORDS
        && !Words.shows(p, answer)
        && SENTENCE_END.matcher(p).matches()) {
      String joined = p + " " + prompt;
      // still vague: it opens with a pronoun, or its own time ("that morning") has no date yet
      // (a time of the sentence before is that sentence's: "… into the next year. Its capture …")
      boolean still =
          vagueOfReference(joined, Words.first(joined))
              || relativeTime(prompt) && relativeTime(joined);
      return still ? withTopic(prompt, topic) : joined;
    }
    return withTopic(prompt, topic);
  }
}
