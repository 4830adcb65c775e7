package dev.quiz.core.grade;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;

/**
 * Grades typed answers against a {@link Question}, and suggests a rating. The entry point of this
 * package. Immutable and thread-safe.
 *
 * <p>By prompt: multiple choice by letter or text, true/false by t/f or yes/no, numeric within the
 * prompt's tolerance; a cloze or short answer by its missing words (the question's answer, typos
 * forgiven), else by the fact's kind: numbers (digits or words, separators, ranges), dates (any
 * common format, partial when the fact is only that precise), people (surname alone when
 * unambiguous). The rules of each are in the package-private graders' docs and the tests.
 *
 * <p>Input is cleaned first: control characters become spaces and answers are cut to 500
 * characters, so any string can be graded.
 */
public final class AnswerGrader {
  /** A correct answer given within this time is suggested as Easy: 6 seconds. */
  public static final Duration FAST = Duration.ofSeconds(6);

  /** A correct answer that took longer than this is suggested as Hard: 20 seconds. */
  public static final Duration SLOW = Duration.ofSeconds(20);

  private final Collection<String> knownNames;

  private AnswerGrader(Collection<String> knownNames) {
    this.knownNames = knownNames;
  }

  /** A grader that knows no other people: a surname alone is always accepted. */
  public static AnswerGrader standard() {
    return new AnswerGrader(Collections.<String>emptyList());
  }

  /**
   * A grader that knows the people of the bank, so that a surname shared by two of them is only
   * partly right.
   *
   * @param names full names, e.g. every person fact's name in the deck
   */
  public static AnswerGrader withKnownNames(Collection<String> names) {
    Objects.requireNonNull(names, "names == null");
    return new AnswerGrader(Collections.unmodifiableList(new ArrayList<>(names)));
  }

  /**
   * Grades {@code typed} (any text, even empty or full of control characters) against {@code q}.
   *
   * @return the verdict, the expected answer, how the typed one was read, and one line of feedback
   */
  public Grade grade(Question q, String typed) {
    Objects.requireNonNull(q, "question == null");
    Objects.requireNonNull(typed, "typed == null");
    String t = Text.clean(typed);
    Prompt p = q.prompt();
    if (p instanceof Prompt.MultipleChoice) {
      return t.isEmpty()
          ? noAnswer(ChoiceGrader.multipleChoice((Prompt.MultipleChoice) p, "?"))
          : ChoiceGrader.multipleChoice((Prompt.MultipleChoice) p, t);
    }
    if (p instanceof Prompt.TrueFalse) {
      return t.isEmpty()
          ? noAnswer(ChoiceGrader.trueFalse((Prompt.TrueFalse) p, "?"))
          : ChoiceGrader.trueFalse((Prompt.TrueFalse) p, t);
    }
    if (t.isEmpty()) {
      return Grade.wrong(q.answer(), "", "no answer given");
    }
    if (p instanceof Prompt.Numeric && q.value() instanceof AnswerValue.Number) {
      return NumberGrader.grade(
          (AnswerValue.Number) q.value(), ((Prompt.Numeric) p).tolerance(), q.answer(), t);
    }
    // the missing words exactly (typos are forgiven by the kind's grader, never in digits)
    if (Text.fold(t).equals(Text.fold(q.answer()))) {
      return Grade.correct(q.answer(), Text.fold(t));
    }
    return byValue(q, t);
  }

  private Grade byValue(Question q, String t) {
    AnswerValue v = q.value();
    if (v instanceof AnswerValue.Number) {
      return NumberGrader.grade((AnswerValue.Number) v, 0, q.answer(), t);
    }
    if (v instanceof AnswerValue.Date) {
      return DateGrader.grade((AnswerValue.Date) v, q.answer(), t);
    }
    return NameGrader.grade(((AnswerValue.Person) v).name(), q.answer(), t, knownNames);
  }

  private static Grade noAnswer(Grade g) {
    return Grade.wrong(g.expected(), "", "no answer given");
  }

  /**
   * The rating to suggest for a graded answer: wrong → Again; partial → Hard; correct but slower
   * than {@link #SLOW} → Hard; correct within {@link #FAST} → Easy; otherwise Good.
   *
   * @param took time from showing the question to the answer, {@code >= 0}
   */
  public static Rating suggestRating(Grade grade, Duration took) {
    Objects.requireNonNull(grade, "grade == null");
    Objects.requireNonNull(took, "took == null");
    switch (grade.verdict()) {
      case WRONG:
        return Rating.AGAIN;
      case PARTIAL:
        return Rating.HARD;
      default:
        if (took.compareTo(SLOW) > 0) {
          return Rating.HARD;
        }
        return took.compareTo(FAST) <= 0 ? Rating.EASY : Rating.GOOD;
    }
  }
}
