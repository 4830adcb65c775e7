package dev.quiz.core.render;

import java.util.Objects;

/**
 * Turns a {@link TestSheet} into the bytes of one file. Implementations are deterministic (the same
 * sheet gives the same bytes), stateless and thread-safe.
 */
public interface TestSheetRenderer {

  /**
   * The file's content.
   *
   * @throws dev.quiz.core.QuizException when the sheet cannot be rendered in this format
   */
  byte[] render(TestSheet sheet);

  /** The file name extension without the leading dot, e.g. {@code "html"}. */
  String extension();

  /** The renderer for {@code format}; HTML is laid out for A4 paper. */
  static TestSheetRenderer of(SheetFormat format) {
    Objects.requireNonNull(format, "format == null");
    return switch (format) {
      case MARKDOWN -> new MarkdownSheet();
      case HTML -> new HtmlSheet(Paper.A4);
      case GIFT -> new GiftExport();
      case MOODLE_XML -> new MoodleXmlExport();
      case JSON -> new JsonExport();
    };
  }

  /** The self-contained HTML renderer for {@code paper}: no external resource of any kind. */
  static TestSheetRenderer html(Paper paper) {
    return new HtmlSheet(Objects.requireNonNull(paper, "paper == null"));
  }
}
