package dev.quiz.bank.extract;

import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A segmented document with what the extractors need to know about it as a whole: its date (given
 * by the caller or read from a dateline), which places relative days, and its main year, which
 * completes dates written without one. Immutable.
 *
 * @param document the document
 * @param units its units in order
 * @param date the document's own date, when known: relative days ("on Sunday") are placed from it
 * @param year the year that dates written without one belong to, when the document makes it clear
 */
public record DocumentContext(
    Document document, List<Sentence> units, Optional<LocalDate> date, OptionalInt year) {
  public DocumentContext {
    Objects.requireNonNull(document, "document == null");
    units = Collections.unmodifiableList(new ArrayList<>(units));
    Objects.requireNonNull(date, "date == null");
    Objects.requireNonNull(year, "year == null");
  }

  /**
   * The context of a segmented document: the date is the caller's, else the first dateline's; the
   * year is the date's, else the infobox Date line's, else that of the first full date in the text.
   */
  public static DocumentContext of(Document document, List<Sentence> units) {
    Optional<LocalDate> date = document.givenDate();
    if (!date.isPresent()) {
      date = Anchors.datelineDate(units);
    }
    OptionalInt year =
        date.isPresent() ? OptionalInt.of(date.get().getYear()) : Anchors.mainYear(units);
    return new DocumentContext(document, units, date, year);
  }

  /** The document's file name. */
  public String name() {
    return document.name();
  }
}
