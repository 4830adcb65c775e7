package dev.quiz.core;

/**
 * Input that cannot be used as given: a rating outside 1..4, a malformed date, a document that is
 * not text. The message names the value and its position so the user can fix it.
 */
public final class InvalidInputException extends QuizException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
