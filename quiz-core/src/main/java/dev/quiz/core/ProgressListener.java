package dev.quiz.core;

/**
 * Told how far long work has come. Returning {@code false} asks the work to stop; it then throws
 * {@link CancelledException} and leaves nothing half-written.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that never cancels and shows nothing. */
  ProgressListener NONE = (done, total) -> true;

  /**
   * @param done units finished so far, {@code >= 0}
   * @param total units in all, or {@code -1} when unknown
   * @return {@code true} to go on, {@code false} to cancel
   */
  boolean progress(long done, long total);
}
