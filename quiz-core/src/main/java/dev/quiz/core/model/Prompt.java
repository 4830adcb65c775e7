package dev.quiz.core.model;

import java.util.List;
import java.util.Objects;

/** What the learner sees, by question form. Immutable. */
public sealed interface Prompt {

  /** The text shown to the learner (for a cloze, with {@code ____} in the answer's place). */
  String text();

  /** The question form. */
  QuestionType type();

  /** A sentence with the answer blanked as {@code ____}. */
  record Cloze(String text) implements Prompt {
    public Cloze {
      Objects.requireNonNull(text, "text == null");
      if (!text.contains(BLANK)) {
        throw new IllegalArgumentException("cloze text has no blank ____: " + text);
      }
    }

    @Override
    public QuestionType type() {
      return QuestionType.CLOZE;
    }
  }

  /** A When / How many / Who question answered in a few typed words. */
  record ShortAnswer(String text) implements Prompt {
    public ShortAnswer {
      Objects.requireNonNull(text, "text == null");
    }

    @Override
    public QuestionType type() {
      return QuestionType.SHORT_ANSWER;
    }
  }

  /**
   * A question with lettered choices.
   *
   * @param choices all options, the answer among them, at least 2, no two equal
   * @param correct index of the right choice in {@code choices}
   */
  record MultipleChoice(String text, List<String> choices, int correct) implements Prompt {
    public MultipleChoice {
      Objects.requireNonNull(text, "text == null");
      choices = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(choices));
      if (choices.size() < 2 || correct < 0 || correct >= choices.size()) {
        throw new IllegalArgumentException(
            "multiple choice needs >= 2 choices and a valid answer index: "
                + choices.size()
                + " choices, answer "
                + correct);
      }
      if (choices.stream().distinct().count() != choices.size()) {
        throw new IllegalArgumentException("multiple choice has repeated choices: " + choices);
      }
    }

    @Override
    public QuestionType type() {
      return QuestionType.MULTIPLE_CHOICE;
    }
  }

  /**
   * A question answered with a typed number.
   *
   * @param tolerance accepted relative deviation from the answer's range, in [0, 1) (0.05 = 5%)
   */
  record Numeric(String text, double tolerance) implements Prompt {
    public Numeric {
      Objects.requireNonNull(text, "text == null");
      if (!(tolerance >= 0 && tolerance < 1)) {
        throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
      }
    }

    @Override
    public QuestionType type() {
      return QuestionType.NUMERIC;
    }
  }

  /** A statement the learner marks true or false; {@code truth} is the right mark. */
  record TrueFalse(String text, boolean truth) implements Prompt {
    public TrueFalse {
      Objects.requireNonNull(text, "text == null");
    }

    @Override
    public QuestionType type() {
      return QuestionType.TRUE_FALSE;
    }
  }

  /** The blank a cloze shows in place of its answer. */
  String BLANK = "____";
}
