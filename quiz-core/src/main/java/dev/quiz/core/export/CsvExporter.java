package dev.quiz.core.export;

import dev.quiz.core.FileOpException;
import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.Prompt;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exports questions as a tab-separated file that Anki's text importer (2.1.55+) takes without
 * asking anything: header lines name the separator, HTML, the guid column, the note type, the deck
 * and the tags column (README §14); then one note per line.
 *
 * <p>Rows use the stock note type {@value #NOTE_TYPE} (fields Front, Back), which every English
 * Anki collection has: cloze questions show the blank on the front, choices are lettered, and the
 * back holds the answer, the evidence and the document. The guid column is the one the {@code
 * .apkg} uses, so importing a newer file updates the notes it imported before. Values are
 * HTML-escaped and quoted when they hold a tab, a quote or start with {@code #}.
 *
 * <p>Written to a temporary file beside {@code out} and moved into place atomically. Stateless and
 * thread-safe.
 */
public final class CsvExporter {
  /** The note type every row uses: Anki's stock "Basic". */
  public static final String NOTE_TYPE = "Basic";

  private static final char TAB = '\t';
  private static final Pattern CLOZE = Pattern.compile("\\{\\{c1::(.*?)\\}\\}");

  private CsvExporter() {}

  /**
   * Writes {@code data} to {@code out}, replacing it if it exists. Scheduling options are ignored:
   * text import makes new cards.
   *
   * @param listener told of progress in notes; returning {@code false} cancels
   * @return what was written ({@code reviews} is 0)
   * @throws dev.quiz.core.InvalidInputException when there are no notes ("nothing to export: deck X
   *     has no questions") or two notes share a question key
   * @throws FileOpException when {@code out}'s folder is missing or not writable, or writing fails
   * @throws dev.quiz.core.CancelledException when {@code listener} returned {@code false}
   */
  public static ExportResult export(
      ExportData data, ExportOptions options, Path out, ProgressListener listener) {
    Objects.requireNonNull(data, "data == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(listener, "listener == null");
    ExportPlan plan = ExportPlan.of(data, options);
    try (AtomicTarget target = AtomicTarget.open(out)) {
      Progress progress = new Progress(listener, plan.notes.size() + 1L);
      progress.start();
      Path work = target.workFile("export.csv");
      try (BufferedWriter w = Files.newBufferedWriter(work, StandardCharsets.UTF_8)) {
        write(plan, w, progress);
      } catch (IOException e) {
        throw new FileOpException("write", target.target(), e.toString(), e);
      }
      progress.step();
      progress.report();
      Path written = target.commit(work);
      return new ExportResult(
          written, plan.notes.size(), plan.notes.size(), 0, plan.cardDecks, size(written));
    }
  }

  private static void write(ExportPlan plan, Writer w, Progress progress) throws IOException {
    boolean oneDeck = plan.cardDecks == 1;
    w.write("#separator:Tab\n#html:true\n#guid column:1\n#notetype:" + NOTE_TYPE + "\n");
    if (oneDeck) {
      w.write("#deck:" + plan.notes.get(0).deckName() + "\n");
    } else {
      w.write("#deck column:2\n");
    }
    w.write("#tags column:" + (oneDeck ? 4 : 5) + "\n");
    StringBuilder line = new StringBuilder(256);
    for (PlannedNote n : plan.notes) {
      line.setLength(0);
      cell(line, n.guid());
      if (!oneDeck) {
        cell(line.append(TAB), n.deckName());
      }
      cell(line.append(TAB), front(n));
      cell(line.append(TAB), back(n));
      cell(line.append(TAB), String.join(" ", n.tags()));
      w.append(line).append('\n');
      progress.step();
    }
  }

  private static String front(PlannedNote n) {
    return n.fields().type().cloze() ? clozeFront(n) : n.fields().values().get(0);
  }

  // The cloze field with its {{c1::answer}} markers back as blanks: a Basic card shows the blank.
  private static String clozeFront(PlannedNote n) {
    return CLOZE.matcher(n.fields().values().get(0)).replaceAll(Prompt.BLANK);
  }

  private static String back(PlannedNote n) {
    NoteFields f = n.fields();
    int size = f.values().size();
    String answer = f.type().cloze() ? clozeAnswer(f.values().get(0)) : f.values().get(1);
    String source = f.values().get(size - 2);
    String extra = f.values().get(size - 1);
    StringBuilder b = new StringBuilder(answer);
    if (!source.isEmpty()) {
      b.append("<br><br>").append(source);
    }
    if (!extra.isEmpty()) {
      b.append("<br>").append(extra);
    }
    return b.toString();
  }

  private static String clozeAnswer(String clozeText) {
    Matcher m = CLOZE.matcher(clozeText);
    return m.find() ? m.group(1) : "";
  }

  /** Appends {@code value}, quoted (inner quotes doubled) when it holds a tab, quote or newline. */
  static void cell(StringBuilder line, String value) {
    boolean quote =
        value.indexOf(TAB) >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || value.startsWith("#");
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"').append(value.replace("\"", "\"\"")).append('"');
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new FileOpException("read size of", file, e.toString(), e);
    }
  }
}
