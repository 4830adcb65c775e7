package dev.quiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.CancelledException;
import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text-import file: header lines (README §14), one note per line, quoting. */
class CsvExporterTest {
  @TempDir Path dir;

  private List<String> lines(ExportData data, ExportOptions options) throws Exception {
    ExportResult r =
        CsvExporter.export(data, options, dir.resolve("quiz.txt"), ProgressListener.NONE);
    assertThat(r.notes()).isEqualTo(data.notes().size());
    return Files.readAllLines(r.file(), StandardCharsets.UTF_8);
  }

  @Test
  void headerNamesSeparatorHtmlGuidNoteTypeDeckAndTagsColumn() throws Exception {
    List<String> lines = lines(Fixtures.data(), Fixtures.options());
    assertThat(lines.subList(0, 6))
        .containsExactly(
            "#separator:Tab",
            "#html:true",
            "#guid column:1",
            "#notetype:Basic",
            "#deck:Quiz::The Fall of Kabul",
            "#tags column:4");
    assertThat(lines).hasSize(6 + 5);
  }

  @Test
  void eachNoteIsOneLineWithGuidFrontBackAndTags() throws Exception {
    List<String> lines = lines(Fixtures.data(), Fixtures.options());
    List<String> cloze = split(lines.get(6));
    assertThat(cloze)
        .containsExactly(
            AnkiText.guid("quiz:question:q-000000000001"),
            "Kabul fell on ____ to the Northern Alliance.",
            "13 November 2001<br><br>Kabul fell on 13 November 2001 to the Northern Alliance."
                + "<br><i>The Fall of Kabul</i>",
            "Afghanistan_2001 doc::fall-of-kabul.txt form::cloze kind::date quiz");
    List<String> choice = split(lines.get(8));
    assertThat(choice.get(1)).endsWith("C. 7 December 2001</div>");
    assertThat(choice.get(2)).startsWith("B. 13 November 2001<br><br>");
    assertThat(split(lines.get(9)).get(2)).endsWith("<br>Accepted within 10% of about 3,000");
  }

  @Test
  void documentsInSeveralDecksGetADeckColumn() throws Exception {
    List<Note> notes = new ArrayList<>(Fixtures.notes());
    DocumentId other = new DocumentId(8);
    Note n = notes.get(1);
    notes.set(1, new Note(new NoteId(2), n.deckId(), other, n.question(), n.modified()));
    ExportData data =
        new ExportData(
            List.of(),
            notes,
            List.of(),
            List.of(),
            Map.of(
                Fixtures.DOC,
                Fixtures.DOCUMENT,
                other,
                new SourceDocument(other, "taliban.txt", "The \"Taliban\" :: 1996", "cd", 10)));
    List<String> lines = lines(data, Fixtures.options());
    assertThat(lines.subList(4, 6)).containsExactly("#deck column:2", "#tags column:5");
    assertThat(split(lines.get(6)).get(1)).isEqualTo("Quiz::The Fall of Kabul");
    assertThat(split(lines.get(7)).get(1)).isEqualTo("Quiz::The 'Taliban' : 1996");
  }

  @Test
  void quotesTabsNewlinesAndSeparatorsInsideValues() throws Exception {
    List<Note> notes =
        List.of(
            Fixtures.note(
                1,
                Fixtures.question(
                    "q-000000000001",
                    new Prompt.ShortAnswer("Tab\there, \"quoted\"\nand #hash"),
                    "a\u001fb",
                    List.of())));
    List<String> lines = lines(Fixtures.data(notes, List.of(), List.of()), Fixtures.options());
    assertThat(lines).hasSize(7);
    List<String> row = split(lines.get(6));
    assertThat(row.get(1)).isEqualTo("Tab\there, &quot;quoted&quot;<br>and #hash");
    assertThat(lines.get(6)).contains("\"Tab\there, &quot;quoted&quot;<br>and #hash\"");
    assertThat(row.get(2)).startsWith("ab<br><br>");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain|plain",
        "#guid|\"#guid\"",
        "'say \"hi\"'|'\"say \"\"hi\"\"\"'",
        "a\tb|\"a\tb\""
      })
  void cellsAreQuotedOnlyWhenAnkiNeedsIt(String value, String written) {
    StringBuilder b = new StringBuilder();
    CsvExporter.cell(b, value);
    assertThat(b.toString()).isEqualTo(written);
  }

  @Test
  void cancellingLeavesNoFile() {
    assertThrows(
        CancelledException.class,
        () ->
            CsvExporter.export(
                Fixtures.data(),
                Fixtures.options(),
                dir.resolve("q.txt"),
                (done, total) -> done < 5));
    assertThat(dir).isEmptyDirectory();
  }

  /** Splits a line at tabs outside quotes, undoing the quoting. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '\t' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
