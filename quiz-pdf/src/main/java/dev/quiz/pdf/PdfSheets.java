package dev.quiz.pdf;

import dev.quiz.core.render.Paper;
import dev.quiz.core.render.TestSheetRenderer;
import java.util.Objects;

/**
 * The entry point of quiz-pdf: a {@link TestSheetRenderer} that prints a test to PDF. The PDF is
 * laid out from the same self-contained HTML as {@code TestSheetRenderer.html(paper)}, with DejaVu
 * Sans embedded (Latin with accents, Greek, Cyrillic, dashes and quotes; not CJK), and is
 * byte-identical for the same sheet.
 */
public final class PdfSheets {
  private PdfSheets() {}

  /**
   * A PDF renderer for {@code paper}. Stateless and thread-safe; each call to {@code render} takes
   * a few hundred milliseconds and a few MB of memory for a 30-question test.
   */
  public static TestSheetRenderer renderer(Paper paper) {
    return new PdfSheetRenderer(Objects.requireNonNull(paper, "paper == null"));
  }
}
