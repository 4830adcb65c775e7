package dev.quiz.bank.pipeline;

import dev.quiz.core.ProgressListener;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a bank run behaves. Immutable.
 *
 * @param seed seeds the order of multiple-choice options; the same seed gives the same output
 * @param documentDate the date of every document when the caller knows it (places "on Sunday")
 * @param progress told after each document; returning {@code false} cancels the run
 */
public record BankOptions(long seed, Optional<LocalDate> documentDate, ProgressListener progress) {
  /** Seed 0, no document date, no progress reports. */
  public static final BankOptions DEFAULTS =
      new BankOptions(0, Optional.empty(), ProgressListener.NONE);

  public BankOptions {
    Objects.requireNonNull(documentDate, "documentDate == null");
    Objects.requireNonNull(progress, "progress == null");
  }

  /** A copy with the given document date. */
  public BankOptions withDocumentDate(LocalDate date) {
    return new BankOptions(seed, Optional.of(date), progress);
  }

  /** A copy with the given progress listener. */
  public BankOptions withProgress(ProgressListener listener) {
    return new BankOptions(seed, documentDate, listener);
  }
}
