package dev.quiz.core.model;

/**
 * Where a card is in its life, with the codes ts-fsrs's {@code State} and Anki's {@code type} use.
 */
public enum CardType {
  NEW(0, "New"),
  LEARNING(1, "Learning"),
  REVIEW(2, "Review"),
  RELEARNING(3, "Relearning");

  private final int code;
  private final String label;

  CardType(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stored code, 0..3. */
  public int code() {
    return code;
  }

  /** The name ts-fsrs prints, e.g. {@code "Review"}. */
  public String label() {
    return label;
  }

  /**
   * @throws IllegalArgumentException when {@code code} is not 0..3
   */
  public static CardType fromCode(int code) {
    for (CardType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("card type must be 0..3: " + code);
  }
}
