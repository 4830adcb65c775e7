package dev.quiz.core.render;

import static dev.quiz.core.render.Escape.xml;

import dev.quiz.core.model.Question;

/** The answer key part of {@link HtmlSheet}: answers per version, order mapping, sources. */
final class HtmlKey {
  private HtmlKey() {}

  static void append(StringBuilder b, TestSheet sheet) {
    b.append("<section class=\"key newpage\" id=\"answer-key\">\n");
    b.append("<table class=\"head\"><tr><td><h1>")
        .append(xml(sheet.title()))
        .append(
            " \u2014 answer key</h1></td><td class=\"version\">Teacher copy</td></tr></table>\n");
    b.append("<p class=\"teacher\">").append(xml(KeyText.summary(sheet))).append("</p>\n");
    boolean mapped = sheet.versions().size() > 1 && !sheet.distinct();
    if (mapped) {
      b.append("<p class=\"teacher\">").append(xml(KeyText.mappingExample(sheet))).append("</p>\n");
    }
    for (SheetVersion v : sheet.versions()) {
      answers(b, sheet, v, mapped && v != sheet.first());
    }
    b.append("<h2>Sources</h2>\n");
    for (SheetItem item : sheet.uniqueItems()) {
      source(b, sheet, item);
    }
    b.append("</section>\n");
  }

  private static void answers(StringBuilder b, TestSheet sheet, SheetVersion v, boolean mapped) {
    String a = sheet.first().label();
    b.append("<h2>Version ")
        .append(v.label())
        .append("</h2>\n<table class=\"grid\"><tr>")
        .append("<th class=\"num\">#</th>")
        .append(mapped ? "<th class=\"num\">= " + a + "</th>" : "")
        .append("<th>Answer</th><th>Also accept</th></tr>\n");
    for (SheetItem item : v.items()) {
      b.append("<tr><td class=\"num\">").append(item.number()).append("</td>");
      if (mapped) {
        b.append("<td class=\"num\">")
            .append(a)
            .append(sheet.first().numberOf(item.question().key()).get())
            .append("</td>");
      }
      b.append("<td>")
          .append(xml(Answers.shown(item)))
          .append("</td><td>")
          .append(xml(Answers.acceptedText(item.question())))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void source(StringBuilder b, TestSheet sheet, SheetItem item) {
    Question q = item.question();
    String[] ev = Answers.evidenceParts(q.source());
    b.append("<div class=\"src\"><b>")
        .append(xml(KeyText.positions(sheet, q.key())))
        .append("</b> ")
        .append(HtmlSheet.promptHtml(q.prompt()))
        .append("<br/>")
        .append("Answer: <b>")
        .append(xml(Answers.plainAnswer(q)))
        .append("</b> <span class=\"where\">\u00b7 ")
        .append(xml(q.source().document()))
        .append(" \u00b7 ")
        .append(xml(KeyText.difficulty(item)))
        .append("</span>")
        .append("<blockquote>\u201c")
        .append(xml(ev[0]))
        .append("<b>")
        .append(xml(ev[1]))
        .append("</b>")
        .append(xml(ev[2]))
        .append("\u201d</blockquote></div>\n");
  }
}
