package dev.quiz.core.render;

import static dev.quiz.core.render.Escape.gift;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Moodle GIFT for a course's question bank: a {@code $CATEGORY:} per document, each question named
 * by its key, special characters escaped, the source sentence as general feedback. Choices keep the
 * question's own order (Moodle shuffles them itself). Stateless, thread-safe.
 */
final class GiftExport implements TestSheetRenderer {

  @Override
  public String extension() {
    return "gift";
  }

  @Override
  public byte[] render(TestSheet sheet) {
    StringBuilder b = new StringBuilder(8 * 1024);
    b.append("// ")
        .append(oneLine(sheet.title()))
        .append(" \u2014 Moodle GIFT question bank, ")
        .append(sheet.uniqueItems().size())
        .append(" questions\n\n");
    for (Map.Entry<String, List<SheetItem>> e : Categories.byDocument(sheet).entrySet()) {
      b.append("$CATEGORY: ").append(Categories.path(sheet.title(), e.getKey())).append("\n\n");
      for (SheetItem item : e.getValue()) {
        question(b, item);
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void question(StringBuilder b, SheetItem item) {
    Question q = item.question();
    Prompt p = q.prompt();
    String feedback = "####" + text(Categories.feedback(item));
    b.append("::").append(gift(q.key())).append("::[html]");
    if (p instanceof Prompt.Cloze) {
      int at = p.text().indexOf(Prompt.BLANK);
      b.append(text(p.text().substring(0, at)))
          .append('{')
          .append(shortAnswers(q))
          .append(feedback)
          .append('}')
          .append(text(p.text().substring(at + Prompt.BLANK.length())));
    } else {
      b.append(text(p.text())).append(" {").append(answers(q)).append(feedback).append('}');
    }
    b.append("\n\n");
  }

  private static String answers(Question q) {
    Prompt p = q.prompt();
    if (p instanceof Prompt.MultipleChoice mc) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < mc.choices().size(); i++) {
        b.append(i == 0 ? "" : " ")
            .append(i == mc.correct() ? '=' : '~')
            .append(text(mc.choices().get(i)));
      }
      return b.toString();
    }
    if (p instanceof Prompt.TrueFalse tf) {
      return tf.truth() ? "TRUE" : "FALSE";
    }
    if (p instanceof Prompt.Numeric && q.value() instanceof AnswerValue.Number) {
      double[] range = Answers.interval(q);
      return "#" + Answers.plain(range[0]) + ".." + Answers.plain(range[1]);
    }
    return shortAnswers(q);
  }

  private static String shortAnswers(Question q) {
    StringBuilder b = new StringBuilder();
    for (String form : Answers.accepted(q)) {
      b.append(b.length() == 0 ? "=" : " =").append(text(form));
    }
    return b.toString();
  }

  /** Question text in [html] format: HTML-escaped (no character references), then GIFT-escaped. */
  private static String text(String s) {
    return gift(oneLine(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
