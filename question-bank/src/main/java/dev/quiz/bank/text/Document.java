package dev.quiz.bank.text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as read: its file name and its text, with newlines normalized to {@code \n} and any
 * byte-order mark removed. Immutable, thread-safe.
 *
 * <p>Offsets of everything derived from the document refer to {@link #text()}. Tools that read the
 * file with a UTF-8 decoder that keeps the byte-order mark (as Python's {@code
 * open(encoding="utf-8")} does) see one more character at the start: {@link #offsetBase()} is that
 * shift (0 or 1), added when spans are written out.
 *
 * @param name the file name, without folders
 * @param text the text, {@code \n} line ends
 * @param offsetBase characters before {@code text} in the file as read by other tools: 1 after a
 *     byte-order mark, else 0
 * @param givenDate the document's date when the caller knows it (e.g. {@code --doc-date})
 * @param source the text as the file has it, before Markdown, HTML or wiki marks were blanked (as
 *     long as {@code text}, offset for offset): what evidence quotes
 */
public record Document(
    String name, String text, int offsetBase, Optional<LocalDate> givenDate, String source) {
  public Document {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(givenDate, "givenDate == null");
    Objects.requireNonNull(source, "source == null");
    if (offsetBase < 0) {
      throw new IllegalArgumentException("offsetBase must be >= 0: " + offsetBase);
    }
    if (source.length() != text.length()) {
      throw new IllegalArgumentException(
          "source and text differ in length: " + source.length() + " and " + text.length());
    }
  }

  /** A document whose text is its source: no marks were blanked. */
  public Document(String name, String text, int offsetBase, Optional<LocalDate> givenDate) {
    this(name, text, offsetBase, givenDate, text);
  }

  /** A document with no byte-order mark and no known date. */
  public static Document of(String name, String text) {
    return new Document(name, text, 0, Optional.empty());
  }

  /** A copy with the given date. */
  public Document withGivenDate(LocalDate date) {
    return new Document(name, text, offsetBase, Optional.of(date), source);
  }

  /** The source's characters [start, end) of the text: a sentence as the file writes it. */
  public String quote(int start, int end) {
    return source.substring(start, end);
  }
}
