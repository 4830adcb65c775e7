package dev.quiz.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.render.Paper;
import dev.quiz.core.render.PlanOptions;
import dev.quiz.core.render.SheetItem;
import dev.quiz.core.render.TestPlanner;
import dev.quiz.core.render.TestSheet;
import dev.quiz.testing.SheetFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfSheetsTest {
  private static final TestSheet SHEET =
      TestPlanner.plan(
          SheetFixtures.all(),
          PlanOptions.of("Canals, railways & cities", 12, 11).withVersions(2, false));
  private static byte[] pdf;

  @BeforeAll
  static void render() {
    pdf = PdfSheets.renderer(Paper.A4).render(SHEET);
  }

  private static String text() throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static String words(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void thePdfTextHasEveryQuestionAndChoice() throws IOException {
    String text = text();

    for (SheetItem item : SHEET.allItems()) {
      for (String part : item.question().prompt().text().split(Pattern.quote(Prompt.BLANK))) {
        assertThat(text).contains(words(part));
      }
      item.choices().forEach(c -> assertThat(text).contains(words(c)));
    }
    assertThat(text)
        .contains(
            "Version A",
            "Version B",
            "answer key",
            "\u041f\u0451\u0442\u0440 I",
            "\u2014",
            "\u00a34 million");
  }

  @Test
  void everyFontIsEmbeddedDejaVu() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = PDDocument.load(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font).isInstanceOf(PDType0Font.class);
          fonts.add(font.getName());
        }
      }
    }
    assertThat(fonts).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"));
  }

  @Test
  void sheetsAndKeyStartOnTheirOwnPages() throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(doc);
      stripper.setStartPage(doc.getNumberOfPages());
      stripper.setEndPage(doc.getNumberOfPages());
      String last = stripper.getText(doc);

      assertThat(first).contains("Version A").doesNotContain("Version B", "answer key");
      assertThat(last).doesNotContain("Name");
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void letterPaperIsLetterSized() throws IOException {
    byte[] letter = PdfSheets.renderer(Paper.LETTER).render(SHEET);
    try (PDDocument doc = PDDocument.load(letter)) {
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(doc.getPage(0).getMediaBox().getHeight())
          .isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void theSameSheetGivesTheSameBytes() {
    assertThat(PdfSheets.renderer(Paper.A4).render(SHEET)).isEqualTo(pdf);
  }
}
