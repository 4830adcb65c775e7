package dev.quiz.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.quiz.core.render.Paper;
import dev.quiz.core.render.TestSheet;
import dev.quiz.core.render.TestSheetRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** HTML sheet → PDF through openhtmltopdf, fonts from this jar, no network. Stateless. */
final class PdfSheetRenderer implements TestSheetRenderer {
  /** The font family the sheet's CSS asks for first. */
  static final String FAMILY = "DejaVu Sans";

  static {
    // the layout engine logs to java.util.logging by default; the CLI owns the console
    XRLog.setLoggingEnabled(false);
    EmbeddedFonts.useForStandardFonts();
  }

  private final Paper paper;

  PdfSheetRenderer(Paper paper) {
    this.paper = paper;
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public byte[] render(TestSheet sheet) {
    String html = new String(TestSheetRenderer.html(paper).render(sheet), StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    font(builder, EmbeddedFonts.REGULAR, 400, FontStyle.NORMAL);
    font(builder, EmbeddedFonts.BOLD, 700, FontStyle.NORMAL);
    font(builder, EmbeddedFonts.ITALIC, 400, FontStyle.ITALIC);
    font(builder, EmbeddedFonts.BOLD_ITALIC, 700, FontStyle.ITALIC);
    // nothing outside the document is ever loaded: every URI resolves to nothing
    builder.useUriResolver((base, uri) -> null);
    builder.withHtmlContent(html, null);
    builder.withProducer("quiz");
    builder.toStream(out);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new Reproducible(html, sheet.title()));
      renderer.layout();
      renderer.createPDF();
    } catch (IOException e) {
      // the HTML is ours and the fonts are in the jar: failing here is a bug, not bad input
      throw new UncheckedIOException("cannot lay out test '" + sheet.title() + "' as PDF", e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder b, String file, int weight, FontStyle style) {
    b.useFont(() -> EmbeddedFonts.open(file), FAMILY, weight, style, true);
  }
}
