package dev.quiz.core.export;

import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.model.TextSpan;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark (not a test): exports N synthetic notes (default 100,000; every question form, 20
 * documents) to an {@code .apkg} and prints the times. Also writes {@code notes.tsv} (front, back,
 * tags as the package has them) so another exporter can be timed on the same notes. Run through
 * {@code scripts/bench-anki-export.sh}.
 *
 * <p>Usage: {@code ApkgExportBench WORK_DIR [NOTES] [RUNS]}
 */
public final class ApkgExportBench {
  private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

  private ApkgExportBench() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Files.createDirectories(work);
    ExportData data = data(n);
    writeTsv(data, work.resolve("notes.tsv"));
    ExportOptions options = ExportOptions.builder(NOW).build();
    long first = 0;
    long best = Long.MAX_VALUE;
    ExportResult r = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      r = ApkgExporter.export(data, options, work.resolve("java.apkg"), ProgressListener.NONE);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      first = i == 0 ? ms : first;
      best = Math.min(best, ms);
      System.out.printf(Locale.ROOT, "java run %d: %d ms%n", i + 1, ms);
    }
    System.out.printf(
        Locale.ROOT,
        "java notes=%d bytes=%d first_ms=%d best_ms=%d%n",
        r.notes(),
        r.bytes(),
        first,
        best);
  }

  static ExportData data(int n) {
    Map<DocumentId, SourceDocument> docs = new HashMap<>();
    for (int d = 1; d <= 20; d++) {
      DocumentId id = new DocumentId(d);
      docs.put(id, new SourceDocument(id, "doc-" + d + ".txt", "Document " + d, "00", 100_000));
    }
    List<Note> notes = new ArrayList<>(n);
    List<Card> cards = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      DocumentId doc = new DocumentId(1 + i % 20);
      Note note =
          new Note(new NoteId(i), new DeckId(1), doc, question(i, doc), NOW.minusSeconds(i));
      notes.add(note);
      cards.add(new Card(new CardId(i), note.id(), new DeckId(1), CardState.newCard(NOW), false));
    }
    return new ExportData(List.of(), notes, cards, List.of(), docs);
  }

  private static Question question(int i, DocumentId doc) {
    String year = Integer.toString(1800 + i % 200);
    String evidence = "In " + year + " the treaty number " + i + " was signed at Kabul & Herat.";
    Source source =
        new Source(
            "doc-" + doc + ".txt",
            evidence,
            new TextSpan(0, evidence.length()),
            new TextSpan(3, 7));
    Prompt prompt =
        switch (i % 5) {
          case 0 ->
              new Prompt.Cloze("In ____ the treaty number " + i + " was signed at Kabul & Herat.");
          case 1 -> new Prompt.ShortAnswer("When was treaty number " + i + " signed?");
          case 2 ->
              new Prompt.MultipleChoice(
                  "When was treaty number " + i + " signed?",
                  List.of(year, "1066", "1492", "2001"),
                  0);
          case 3 -> new Prompt.Numeric("In which year was treaty " + i + " signed?", 0.0);
          default -> new Prompt.TrueFalse("Treaty " + i + " was signed in " + year + ".", true);
        };
    FactKind kind = i % 5 == 3 ? FactKind.NUMBER : FactKind.DATE;
    AnswerValue value =
        kind == FactKind.NUMBER
            ? new AnswerValue.Number(1800 + i % 200, 1800 + i % 200, false)
            : AnswerValue.Date.of(year, year);
    return new Question(
        String.format(Locale.ROOT, "q-%012x", i),
        kind,
        prompt,
        i % 5 == 4 ? "true" : year,
        value,
        source,
        0.8,
        List.of("treaties"));
  }

  /** front, back, space-separated tags; one note a line (fields hold no tab or newline). */
  private static void writeTsv(ExportData data, Path file) throws Exception {
    ExportPlan plan = ExportPlan.of(data, ExportOptions.builder(NOW).build());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (PlannedNote p : plan.notes) {
        List<String> v = p.fields().values();
        w.write(v.get(0) + "\t" + v.get(1) + "\t" + String.join(" ", p.tags()) + "\n");
      }
    }
  }
}
