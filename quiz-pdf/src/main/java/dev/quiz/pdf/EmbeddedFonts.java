package dev.quiz.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The DejaVu Sans files shipped in this jar (Bitstream Vera license, see fonts/LICENSE-DejaVu.txt),
 * and a PDFBox font mapper that uses them for the standard 14 fonts, so that PDFBox never scans the
 * system's fonts (slow, and machine-dependent output).
 */
final class EmbeddedFonts {
  static final String REGULAR = "DejaVuSans.ttf";
  static final String BOLD = "DejaVuSans-Bold.ttf";
  static final String ITALIC = "DejaVuSans-Oblique.ttf";
  static final String BOLD_ITALIC = "DejaVuSans-BoldOblique.ttf";

  private static final String FOLDER = "/dev/quiz/pdf/fonts/";

  /** Kept strongly: java.util.logging forgets a logger's level once nothing refers to it. */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  private EmbeddedFonts() {}

  /** A new stream over one of the font files; the caller closes it. */
  static InputStream open(String file) {
    InputStream in = EmbeddedFonts.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("font missing from the quiz-pdf jar: " + FOLDER + file);
    }
    return in;
  }

  /** Installs the mapper, once per JVM (PDFBox keeps it in a static). */
  static synchronized void useForStandardFonts() {
    PDFBOX_LOG.setLevel(Level.SEVERE);
    FontMappers.set(new Mapper(parse(REGULAR)));
  }

  private static TrueTypeFont parse(String file) {
    try (InputStream in = open(file)) {
      return new TTFParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file + " from the quiz-pdf jar", e);
    }
  }

  /** Every font PDFBox asks for by name is DejaVu Sans. */
  private static final class Mapper implements FontMapper {
    private final TrueTypeFont font;

    Mapper(TrueTypeFont font) {
      this.font = font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
      return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
      return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(
        String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
      return new CIDFontMapping((OpenTypeFont) null, font, true);
    }
  }
}
