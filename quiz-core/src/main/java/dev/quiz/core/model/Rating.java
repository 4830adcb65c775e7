package dev.quiz.core.model;

import dev.quiz.core.InvalidInputException;

/** The learner's answer to a card, with Anki's and FSRS's stable codes 1..4. */
public enum Rating {
  AGAIN(1, "Again"),
  HARD(2, "Hard"),
  GOOD(3, "Good"),
  EASY(4, "Easy");

  private final int code;
  private final String label;

  Rating(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stored code, 1 (Again) to 4 (Easy). */
  public int code() {
    return code;
  }

  /** The button label, e.g. {@code "Good"}. */
  public String label() {
    return label;
  }

  /**
   * @throws InvalidInputException when {@code code} is not 1..4
   */
  public static Rating fromCode(int code) {
    for (Rating r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    throw new InvalidInputException("rating must be 1 (Again) to 4 (Easy): " + code);
  }
}
