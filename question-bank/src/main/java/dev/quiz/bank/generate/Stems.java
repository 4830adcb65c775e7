package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.Prompt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multiple-choice stems that read as questions where a cloze would open on its blank. Stateless.
 */
final class Stems {
  /**
   * "____ crossed the river at dawn." — a blank subject followed by its verb, one sentence; not one
   * of several subjects ("____ and Liu Bei together had …").
   */
  private static final Pattern BLANK_SUBJECT =
      Regexes.compile(
          "^"
              + Pattern.quote(Prompt.BLANK)
              + " (?!(?:and|or|with|together)\\b)(\\p{Ll}[^.!?;:“”\"]*)\\.$");

  private Stems() {}

  /**
   * "Who crossed the river at dawn?" for a person's cloze that opens on the blank; the cloze as is
   * otherwise.
   */
  static String whoFirst(Fact f, String cloze) {
    Matcher m = BLANK_SUBJECT.matcher(cloze);
    return f instanceof PersonFact && m.matches() ? "Who " + m.group(1) + "?" : cloze;
  }
}
