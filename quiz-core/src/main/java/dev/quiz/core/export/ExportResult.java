package dev.quiz.core.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an export wrote. Immutable, thread-safe.
 *
 * @param file the file written (absolute)
 * @param notes notes written, {@code >= 1}
 * @param cards cards written (one per note)
 * @param reviews review-log rows written; 0 without scheduling and for CSV
 * @param decks Anki decks the cards went into (not counting parents and "Default")
 * @param bytes size of {@code file} in bytes
 */
public record ExportResult(Path file, int notes, int cards, int reviews, int decks, long bytes) {
  public ExportResult {
    Objects.requireNonNull(file, "file == null");
  }
}
