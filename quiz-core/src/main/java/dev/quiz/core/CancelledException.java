package dev.quiz.core;

/** Long work (generation, export) was stopped because its progress listener returned false. */
public final class CancelledException extends QuizException {
  private static final long serialVersionUID = 1L;

  public CancelledException(String message) {
    super(message);
  }
}
