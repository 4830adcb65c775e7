package dev.quiz.cli;

import dev.quiz.core.ProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error for long work, drawn only on a terminal (a pipe or a
 * file gets nothing) and erased when the work is done. Never cancels.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String unit;
  private final LongSupplier offset;
  private final long total;

  private ProgressBar(PrintWriter err, String unit, LongSupplier offset, long total) {
    this.err = err;
    this.unit = unit;
    this.offset = offset;
    this.total = total;
  }

  /**
   * A bar for {@code total} units of {@code unit}, or {@link ProgressListener#NONE} when standard
   * error is not a terminal or the work is too small to need one.
   *
   * @param offset units done before the reported ones (work reported in batches), read at each call
   */
  static ProgressListener onTerminal(
      PrintWriter err, String unit, LongSupplier offset, long total) {
    if (System.console() == null || total < 4) {
      return ProgressListener.NONE;
    }
    return new ProgressBar(err, unit, offset, total);
  }

  @Override
  public boolean progress(long done, long ignoredTotal) {
    long all = offset.getAsLong() + done;
    int filled = (int) Math.min(WIDTH, all * WIDTH / Math.max(1, total));
    err.printf(
        "\r[%s%s] %d/%d %s", "#".repeat(filled), "-".repeat(WIDTH - filled), all, total, unit);
    if (all >= total) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
    }
    err.flush();
    return true;
  }
}
