package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.core.model.Prompt;
import java.util.Optional;

/**
 * True/false statements from a cloze: the blank filled with the answer (true) or with a distractor
 * (false); never for a weekday or other date the calendar cannot place, whose mark reads as trivia.
 * A false statement never uses a value its sentence already has, and never replaces "one" (its noun
 * would stay singular: "two officer"). Which of the two a fact gets follows its question key, so
 * about half are false and reruns give the same. Stateless.
 */
final class TrueFalse {
  /** A longer statement is tiring to check word by word. */
  private static final int MAX_WORDS = 40;

  private TrueFalse() {}

  /**
   * The statement for a fact, or empty when the cloze is a fragment or would give the mark away.
   *
   * @param f the fact
   * @param cloze its cloze text, with {@link Prompt#BLANK}
   * @param distractor a wrong answer written like the right one
   * @param key the question's key ("q-" and hex digits), choosing true or false
   */
  static Optional<Prompt.TrueFalse> statement(Fact f, String cloze, String distractor, String key) {
    if (f instanceof DateFact d && !d.value().start().isPresent()) {
      return Optional.empty();
    }
    boolean truth = (QuestionKeys.seed(key) & 1) == 0;
    if (!truth && f instanceof NumberFact n && (n.value().low() == 1 || n.value().high() == 1)) {
      return Optional.empty();
    }
    String filler = truth ? f.answer() : distractor;
    // "our loss was 10,000, of which 10,000 were killed": a value the sentence already has reads
    // as a misprint, not as a claim to check
    if (!truth && Words.showsNorm(Words.norm(cloze), Words.figures(Words.norm(distractor)))
        || cloze.contains("…")
        || cloze.indexOf(Prompt.BLANK) != cloze.lastIndexOf(Prompt.BLANK)
        || Words.norm(filler).equals(Words.norm(f.answer())) != truth) {
      return Optional.empty();
    }
    // "commanded by ____." filled with "Don C. Faith Jr.": one stop ends both
    String text =
        cloze.replace(
            filler.endsWith(".") && cloze.contains(Prompt.BLANK + ".")
                ? Prompt.BLANK + "."
                : Prompt.BLANK,
            filler);
    if (cloze.startsWith(Prompt.BLANK)) {
      text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    String norm = Words.norm(text);
    int words = Words.countIn(norm);
    if (Words.showsNorm(norm, "true")
        || Words.showsNorm(norm, "false")
        || words < 6
        || words > MAX_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Prompt.TrueFalse(text, truth));
  }
}
