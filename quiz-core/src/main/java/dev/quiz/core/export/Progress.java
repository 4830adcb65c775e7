package dev.quiz.core.export;

import dev.quiz.core.CancelledException;
import dev.quiz.core.ProgressListener;

/**
 * Counts an export's units of work and asks the listener every {@value #EVERY} units. One per
 * export.
 */
final class Progress {
  static final int EVERY = 1024;

  private final ProgressListener listener;
  private final long total;
  private long done;
  private long reported = -1;

  Progress(ProgressListener listener, long total) {
    this.listener = listener;
    this.total = total;
  }

  /** Starts: the listener hears {@code 0 of total}. */
  void start() {
    report();
  }

  /** One more unit done; asks the listener when a block of units is complete. */
  void step() {
    done++;
    if (done % EVERY == 0) {
      report();
    }
  }

  /** Asks the listener now (at the end of a phase). */
  void report() {
    if (done == reported) {
      return;
    }
    reported = done;
    if (!listener.progress(done, total)) {
      throw new CancelledException(
          "export cancelled after " + done + " of " + total + " steps; no file was written");
    }
  }
}
