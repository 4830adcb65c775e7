package dev.quiz.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file operation failed: the message names the operation and the path, and the cause is kept.
 * Fix: check that the path exists, is the right kind of file and is readable or writable.
 */
public final class FileOpException extends QuizException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String operation;

  /**
   * @param operation what was being done, e.g. {@code "write"} or {@code "open bank"}
   * @param path the file or folder concerned
   * @param detail what went wrong, in words a user understands
   * @param cause the underlying error, may be {@code null}
   */
  public FileOpException(String operation, Path path, String detail, Throwable cause) {
    super(
        "cannot " + operation + " " + Objects.requireNonNull(path, "path == null") + ": " + detail,
        cause);
    this.path = path.toString();
    this.operation = operation;
  }

  /** The path the operation was applied to. */
  public String path() {
    return path;
  }

  /** The operation that failed, e.g. {@code "write"}. */
  public String operation() {
    return operation;
  }
}
