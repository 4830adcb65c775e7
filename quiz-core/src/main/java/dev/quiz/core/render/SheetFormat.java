package dev.quiz.core.render;

/**
 * The text formats this package renders. PDF is rendered from {@link #HTML} by the quiz-pdf module,
 * which needs desktop libraries.
 */
public enum SheetFormat {
  /** Student sheets and answer key in Markdown. */
  MARKDOWN("md"),
  /** Self-contained printable HTML (A4 or Letter), sheets and key on separate pages. */
  HTML("html"),
  /** Moodle GIFT question-bank import, one category per document. */
  GIFT("gift"),
  /** Moodle XML question-bank import, one category per document. */
  MOODLE_XML("moodle.xml"),
  /** The whole test as JSON, for other tools. */
  JSON("json");

  private final String extension;

  SheetFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the leading dot (e.g. {@code "moodle.xml"}). */
  public String extension() {
    return extension;
  }
}
