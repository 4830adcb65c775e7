package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader();

  @Test
  void byteOrderMarkIsRemovedAndCountedAsOffsetBase() {
    byte[] bytes = ("\uFEFFOn 9 November 2001 the city fell.").getBytes(StandardCharsets.UTF_8);
    Document d = reader.read("a.txt", bytes);
    assertThat(d.text()).startsWith("On 9 November");
    assertThat(d.offsetBase()).isEqualTo(1);
  }

  @Test
  void crlfAndLoneCrBecomeLineFeeds() {
    Document d = reader.read("a.txt", "One.\r\nTwo.\rThree.".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("One.\nTwo.\nThree.");
    assertThat(d.offsetBase()).isZero();
  }

  @Test
  void emptyDocumentIsRejected() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> reader.read("e.txt", new byte[0]));
    assertEquals("e.txt: empty document", e.getMessage());
  }

  @Test
  void binaryDocumentIsRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> reader.read("b.bin", new byte[] {'P', 'K', 3, 4, 0, 0}));
    assertEquals(
        "b.bin: binary file, not text (NUL byte at 4); give a UTF-8 text, Markdown or HTML file",
        e.getMessage());
  }

  @Test
  void invalidUtf8IsRejectedWithItsPosition() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> reader.read("x.txt", new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'}));
    assertEquals(
        "x.txt: not valid UTF-8 at byte 2; save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        e.getMessage());
  }

  @Test
  void htmlTagsAreBlankedSoOffsetsStayThoseOfTheFile() {
    String html = "<html><body><p>Kabul fell on <b>13 November</b> 2001.</p></body></html>";
    Document d = reader.read("p.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).hasSameSizeAs(html);
    int at = html.indexOf("13 November");
    assertThat(d.text().substring(at, at + 11)).isEqualTo("13 November");
    assertThat(d.text()).doesNotContain("<b>");
  }

  @Test
  void htmlEntitiesBecomeTheirCharacterPaddedWithSpaces() {
    String html = "<!DOCTYPE html><p>Tom &amp; Jerry</p>";
    Document d = reader.read("p.txt", html.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).hasSameSizeAs(html).contains("Tom &     Jerry");
  }

  @Test
  void markdownMarksAreBlankedSoOffsetsStayThoseOfTheFile() {
    String md =
        "# Siege of Testburg #\n\nThe **siege** began on *3 May 1902* and lasted `40` days "
            + "([details](https://example.org/a)).\n\n- Heavy guns arrived on 9 May.\n"
            + "1. The town fell.\n> Quoted line.\n\n| Side | Men |\n|---|---|\n| North | 4,000 |\n"
            + "![map](map.png) ---\n\n***\n";
    Document d = reader.read("s.md", md.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).hasSameSizeAs(md);
    int at = md.indexOf("3 May 1902");
    assertThat(d.text().substring(at, at + 10)).isEqualTo("3 May 1902");
    assertThat(d.text())
        .doesNotContain("#", "*", "`", "[", "](", "|", "map.png", "> ", "- Heavy", "1. The")
        .contains("Siege of Testburg", "details", "Heavy guns", "The town fell", "North", "4,000");
  }

  @Test
  void infoboxRowsInMarkdownKeepTheirDash() {
    String md = "# Siege of Testburg\n\nInfobox\n- Date: 3 May 1902\n- Strength: 4,000\n";
    Document d = reader.read("s.md", md.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).contains("- Date: 3 May 1902\n- Strength: 4,000");
  }

  @Test
  void aTextWhoseFirstLineIsAMarkdownHeadingIsReadAsMarkdown() {
    String md = "# Siege of Testburg\n\nThe **siege** began in 1902.\n";
    assertThat(reader.read("s.txt", md.getBytes(StandardCharsets.UTF_8)).text())
        .doesNotContain("**", "#");
  }
}
