package dev.quiz.bank.text;

import dev.quiz.core.model.TextSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a document that can state facts: a prose sentence, an infobox line or a free-standing
 * line (list item, table row, headline). Immutable.
 *
 * @param index position among the document's units, from 0
 * @param span offsets of the unit in {@link Document#text()}
 * @param text the unit's exact text ({@code span.coveredText(document.text())})
 * @param kind what sort of unit it is
 * @param label the infobox key ("Strength1") or the nearest label line above ("Casualties and
 *     losses"), if any
 */
public record Sentence(int index, TextSpan span, String text, Kind kind, Optional<String> label) {
  /**
   * The label of a {@link Kind#DATELINE} that opens a dispatch inside a page of several ("CAIRO,
   * Ill., July 7.—" under the paper's own date line): its date is when that dispatch was sent.
   */
  public static final String DISPATCH = "dispatch";

  public Sentence {
    Objects.requireNonNull(span, "span == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(label, "label == null");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match " + span);
    }
  }

  /** The sorts of unit. */
  public enum Kind {
    /** A sentence of running text. */
    PROSE,
    /** A {@code - Key: value} line of an infobox. */
    INFOBOX,
    /** A line that is not running text: list item, table row, flattened infobox cell. */
    LINE,
    /** The title or headline. */
    TITLE,
    /** Site furniture (donation appeals, comment links, ads): never yields facts. */
    BOILERPLATE,
    /** A line giving the document's own date (dateline, publication date): not a fact. */
    DATELINE
  }

  /** Whether facts may be taken from this unit. */
  public boolean carriesFacts() {
    return kind != Kind.BOILERPLATE && kind != Kind.DATELINE;
  }

  /** The document offset of character {@code i} of this unit's text. */
  public int offset(int i) {
    return span.start() + i;
  }
}
