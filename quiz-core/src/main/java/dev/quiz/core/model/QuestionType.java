package dev.quiz.core.model;

/** The forms a question takes; {@link #code()} is the contract's name. */
public enum QuestionType {
  CLOZE("cloze"),
  SHORT_ANSWER("short_answer"),
  MULTIPLE_CHOICE("multiple_choice"),
  NUMERIC("numeric"),
  TRUE_FALSE("true_false");

  private final String code;

  QuestionType(String code) {
    this.code = code;
  }

  /** The contract's name, e.g. {@code "multiple_choice"}. */
  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException for an unknown name
   */
  public static QuestionType fromCode(String code) {
    for (QuestionType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "question type must be one of cloze, short_answer, multiple_choice, numeric, true_false: "
            + code);
  }
}
