package dev.quiz.cli;

import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.QuestionType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table {@code quiz generate} prints after storing into the bank. Stateless. */
final class GenerateSummary {
  private GenerateSummary() {}

  static void print(
      PrintWriter out, GenerateCommand.Run run, GeneratedToBank sink, Path bank, String deck) {
    int facts = sum(sink.factsByKind);
    int questions = sum(sink.questionsByType);
    row(
        out,
        "Documents",
        run.documents + " read" + (run.failed > 0 ? ", " + run.failed + " skipped" : ""));
    row(
        out,
        "Facts",
        facts + kinds(sink.factsByKind) + ", " + sink.conflicts + " flagged as conflicts");
    row(out, "Questions", questions + types(sink.questionsByType));
    row(out, "Bank", bank + ", deck '" + deck + "'");
    row(
        out,
        "Changes",
        sink.added
            + " added, "
            + sink.updated
            + " updated, "
            + sink.unchanged
            + " unchanged, "
            + sink.removed
            + " removed");
    for (String s : run.skipped) {
      row(out, "Skipped", s);
    }
    out.flush();
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf("%-10s %s%n", label, value);
  }

  private static String kinds(Map<FactKind, Integer> m) {
    List<String> parts = new ArrayList<>();
    parts.add("dates " + m.getOrDefault(FactKind.DATE, 0));
    parts.add("numbers " + m.getOrDefault(FactKind.NUMBER, 0));
    parts.add("people " + m.getOrDefault(FactKind.PERSON, 0));
    return " (" + String.join(", ", parts) + ")";
  }

  private static String types(Map<QuestionType, Integer> m) {
    List<String> parts = new ArrayList<>();
    for (QuestionType t : QuestionType.values()) {
      if (m.containsKey(t)) {
        parts.add(t.code().replace('_', ' ') + " " + m.get(t));
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static int sum(Map<?, Integer> m) {
    int n = 0;
    for (int v : m.values()) {
      n += v;
    }
    return n;
  }
}
