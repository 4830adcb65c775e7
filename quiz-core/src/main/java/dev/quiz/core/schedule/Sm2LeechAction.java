package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;

/**
 * What SM-2 does when a card becomes a leech, with Anki's stored codes ({@code lapse.leechAction}).
 */
public enum Sm2LeechAction {
  /** Tag the note {@code leech} and suspend the card (Anki's default). */
  SUSPEND(0),
  /** Only tag the note {@code leech}; the card keeps being scheduled. */
  TAG_ONLY(1);

  private final int code;

  Sm2LeechAction(int code) {
    this.code = code;
  }

  /** Anki's code: 0 suspend, 1 tag only. */
  public int code() {
    return code;
  }

  /**
   * @throws InvalidInputException when {@code code} is not 0 or 1
   */
  public static Sm2LeechAction fromCode(int code) {
    for (Sm2LeechAction a : values()) {
      if (a.code == code) {
        return a;
      }
    }
    throw new InvalidInputException("leech action must be 0 (suspend) or 1 (tag only): " + code);
  }
}
