package dev.quiz.core;

/**
 * The bank could not be used: it is not a quiz bank, it is damaged, it comes from a newer version,
 * or it stayed locked by another process. The message says which file and what to do.
 */
public final class StorageException extends QuizException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
