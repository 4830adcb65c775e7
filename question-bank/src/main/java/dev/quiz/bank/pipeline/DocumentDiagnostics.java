package dev.quiz.bank.pipeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the bank saw in one document. Immutable.
 *
 * @param document the file name
 * @param units units found (sentences, infobox lines, other lines)
 * @param boilerplate units recognized as site furniture and skipped
 * @param facts facts extracted
 * @param questions questions kept
 * @param date the document's own date, when known
 * @param year the year used to complete dates written without one, when known
 */
public record DocumentDiagnostics(
    String document,
    int units,
    int boilerplate,
    int facts,
    int questions,
    Optional<LocalDate> date,
    OptionalInt year) {
  public DocumentDiagnostics {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(date, "date == null");
    Objects.requireNonNull(year, "year == null");
  }
}
