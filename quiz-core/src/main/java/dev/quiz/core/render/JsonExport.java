package dev.quiz.core.render;

import static dev.quiz.core.render.Escape.json;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.TextSpan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The whole test as JSON for other tools: title, versions, and per item the question (fields named
 * as in the questions.jsonl contract), this version's choices and right letter, accepted answers
 * and the positions in every version. Written by hand (quiz-core carries no JSON library for this
 * package) with RFC 8259 escaping. Stateless, thread-safe.
 */
final class JsonExport implements TestSheetRenderer {

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public byte[] render(TestSheet sheet) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("{\n  \"title\": ")
        .append(json(sheet.title()))
        .append(",\n  \"distinct\": ")
        .append(sheet.distinct())
        .append(",\n  \"versions\": [");
    List<SheetVersion> versions = sheet.versions();
    for (int v = 0; v < versions.size(); v++) {
      b.append(v == 0 ? "\n" : ",\n")
          .append("    {\"label\": ")
          .append(json(versions.get(v).label()))
          .append(", \"items\": [");
      List<SheetItem> items = versions.get(v).items();
      for (int i = 0; i < items.size(); i++) {
        b.append(i == 0 ? "\n" : ",\n");
        item(b, sheet, items.get(i));
      }
      b.append("\n    ]}");
    }
    b.append("\n  ]\n}\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void item(StringBuilder b, TestSheet sheet, SheetItem item) {
    Question q = item.question();
    String in = "      ";
    b.append(in)
        .append("{\"number\": ")
        .append(item.number())
        .append(", \"id\": ")
        .append(json(q.key()))
        .append(", \"doc\": ")
        .append(json(q.source().document()))
        .append(", \"type\": ")
        .append(json(q.type().code()))
        .append(", \"fact_kind\": ")
        .append(json(q.kind().code()))
        .append(",\n")
        .append(in)
        .append(" \"prompt\": ")
        .append(json(q.prompt().text()));
    if (item.correct() >= 0) {
      b.append(",\n")
          .append(in)
          .append(" \"choices\": ")
          .append(array(item.choices()))
          .append(", \"correct\": ")
          .append(json(item.correctLetter().get()));
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      b.append(", \"truth\": ").append(tf.truth());
    }
    b.append(",\n")
        .append(in)
        .append(" \"answer\": ")
        .append(json(q.answer()))
        .append(", \"accepted\": ")
        .append(array(Answers.accepted(q)));
    double[] range = Answers.interval(q);
    if (range.length == 2) {
      b.append(", \"accepted_range\": [")
          .append(Answers.plain(range[0]))
          .append(", ")
          .append(Answers.plain(range[1]))
          .append("], \"tolerance\": ")
          .append(Answers.plain(((Prompt.Numeric) q.prompt()).tolerance()));
    }
    b.append(",\n")
        .append(in)
        .append(" \"evidence\": ")
        .append(json(q.source().evidence()))
        .append(", \"span\": ")
        .append(span(q.source().span()))
        .append(", \"answer_span\": ")
        .append(span(q.source().answerSpan()))
        .append(",\n")
        .append(in)
        .append(" \"score\": ")
        .append(Answers.plain(q.score()))
        .append(", \"difficulty\": ")
        .append(json(item.difficulty().name().toLowerCase(Locale.ROOT)));
    if (item.failureRate().isPresent()) {
      b.append(", \"failure_rate\": ").append(Answers.plain(item.failureRate().get()));
    }
    b.append(", \"positions\": {");
    String sep = "";
    for (SheetVersion v : sheet.versions()) {
      if (v.numberOf(q.key()).isPresent()) {
        b.append(sep).append(json(v.label())).append(": ").append(v.numberOf(q.key()).get());
        sep = ", ";
      }
    }
    b.append("}}");
  }

  private static String array(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(json(values.get(i)));
    }
    return b.append(']').toString();
  }

  private static String span(TextSpan s) {
    return "[" + s.start() + ", " + s.end() + "]";
  }
}
