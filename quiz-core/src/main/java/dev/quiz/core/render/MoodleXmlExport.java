package dev.quiz.core.render;

import static dev.quiz.core.render.Escape.xml;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Moodle XML for a course's question bank: a category question per document, then its questions
 * (multichoice, shortanswer for cloze and short answers, numerical with tolerance, truefalse), the
 * source sentence as general feedback. Stateless, thread-safe.
 */
final class MoodleXmlExport implements TestSheetRenderer {

  @Override
  public String extension() {
    return "moodle.xml";
  }

  @Override
  public byte[] render(TestSheet sheet) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    for (Map.Entry<String, List<SheetItem>> e : Categories.byDocument(sheet).entrySet()) {
      b.append("  <question type=\"category\">\n    <category><text>")
          .append(xml(Categories.path(sheet.title(), e.getKey())))
          .append("</text></category>\n  </question>\n");
      for (SheetItem item : e.getValue()) {
        question(b, item);
      }
    }
    b.append("</quiz>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void question(StringBuilder b, SheetItem item) {
    Question q = item.question();
    String type = moodleType(q);
    b.append("  <question type=\"")
        .append(type)
        .append("\">\n")
        .append("    <name><text>")
        .append(xml(q.key()))
        .append("</text></name>\n")
        .append("    <questiontext format=\"html\">")
        .append(html(q.prompt().text()))
        .append("</questiontext>\n")
        .append("    <generalfeedback format=\"html\">")
        .append(html(Categories.feedback(item)))
        .append("</generalfeedback>\n")
        .append("    <defaultgrade>1</defaultgrade>\n    <penalty>0</penalty>\n")
        .append("    <hidden>0</hidden>\n    <idnumber>")
        .append(xml(q.key()))
        .append("</idnumber>\n");
    switch (type) {
      case "multichoice" -> multichoice(b, (Prompt.MultipleChoice) q.prompt());
      case "truefalse" -> truefalse(b, ((Prompt.TrueFalse) q.prompt()).truth());
      case "numerical" -> numerical(b, q);
      default -> shortanswer(b, q);
    }
    b.append("  </question>\n");
  }

  private static String moodleType(Question q) {
    Prompt p = q.prompt();
    if (p instanceof Prompt.MultipleChoice) {
      return "multichoice";
    }
    if (p instanceof Prompt.TrueFalse) {
      return "truefalse";
    }
    return p instanceof Prompt.Numeric && q.value() instanceof AnswerValue.Number
        ? "numerical"
        : "shortanswer";
  }

  private static void multichoice(StringBuilder b, Prompt.MultipleChoice mc) {
    b.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n")
        .append("    <answernumbering>ABCD</answernumbering>\n");
    for (int i = 0; i < mc.choices().size(); i++) {
      answer(b, i == mc.correct() ? 100 : 0, "html", html(mc.choices().get(i)));
    }
  }

  private static void truefalse(StringBuilder b, boolean truth) {
    answer(b, truth ? 100 : 0, "moodle_auto_format", "<text>true</text>");
    answer(b, truth ? 0 : 100, "moodle_auto_format", "<text>false</text>");
  }

  private static void numerical(StringBuilder b, Question q) {
    double[] range = Answers.interval(q);
    double mid = (range[0] + range[1]) / 2;
    b.append("    <answer fraction=\"100\" format=\"plain_text\"><text>")
        .append(Answers.plain(mid))
        .append("</text><tolerance>")
        .append(Answers.plain((range[1] - range[0]) / 2))
        .append("</tolerance><feedback format=\"html\"><text></text></feedback></answer>\n");
  }

  private static void shortanswer(StringBuilder b, Question q) {
    b.append("    <usecase>0</usecase>\n");
    for (String form : Answers.accepted(q)) {
      // Moodle reads * in a short answer as a wildcard; a literal one is written \*
      answer(b, 100, "plain_text", "<text>" + xml(form.replace("*", "\\*")) + "</text>");
    }
  }

  private static void answer(StringBuilder b, int fraction, String format, String textElement) {
    b.append("    <answer fraction=\"")
        .append(fraction)
        .append("\" format=\"")
        .append(format)
        .append("\">")
        .append(textElement)
        .append("<feedback format=\"html\"><text></text></feedback></answer>\n");
  }

  /** A {@code <text>} element holding {@code s} as an HTML paragraph, in CDATA. */
  private static String html(String s) {
    // escaped HTML never contains "]]>", so the CDATA section cannot end early
    return "<text><![CDATA[<p>" + xml(s) + "</p>]]></text>";
  }
}
