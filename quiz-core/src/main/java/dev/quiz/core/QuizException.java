package dev.quiz.core;

/**
 * The root of every exception the quiz libraries throw. Unchecked, because callers rarely can
 * recover and the CLI maps each subclass to one line of text and an exit code.
 *
 * <p>Subclasses are split by what the caller can do about the problem: {@link
 * InvalidInputException} (fix the input), {@link FileOpException} (fix the path or permissions),
 * {@link StorageException} (the bank is damaged, locked or from a newer version) and {@link
 * CancelledException} (the user stopped it). Messages say what went wrong, where, and which value.
 */
public abstract class QuizException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected QuizException(String message) {
    super(message);
  }

  protected QuizException(String message, Throwable cause) {
    super(message, cause);
  }
}
