package dev.quiz.core.render;

import static dev.quiz.core.render.Escape.xml;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.nio.charset.StandardCharsets;

/**
 * Printable HTML: one page group per version's student sheet, then the answer key, each starting on
 * a new page. Self-contained (inline CSS, local fonts only, no link of any kind) and well-formed
 * XHTML, so that the PDF renderer can read it. Stateless, thread-safe.
 */
final class HtmlSheet implements TestSheetRenderer {
  private final Paper paper;

  HtmlSheet(Paper paper) {
    this.paper = paper;
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public byte[] render(TestSheet sheet) {
    StringBuilder b = new StringBuilder(16 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
    b.append("<title>").append(xml(sheet.title())).append("</title>\n");
    b.append("<style>\n").append(HtmlStyle.css(paper)).append("</style>\n</head>\n<body>\n");
    boolean first = true;
    for (SheetVersion v : sheet.versions()) {
      studentSheet(b, sheet, v, first);
      first = false;
    }
    HtmlKey.append(b, sheet);
    b.append("</body>\n</html>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void studentSheet(
      StringBuilder b, TestSheet sheet, SheetVersion v, boolean first) {
    b.append("<section class=\"sheet")
        .append(first ? "" : " newpage")
        .append("\" id=\"version-")
        .append(v.label())
        .append("\">\n");
    b.append("<table class=\"head\"><tr><td><h1>")
        .append(xml(sheet.title()))
        .append("</h1></td><td class=\"version\">Version ")
        .append(v.label())
        .append("</td></tr></table>\n");
    b.append("<table class=\"who\"><tr>")
        .append("<td class=\"label\">Name</td><td class=\"line name\"></td>")
        .append("<td class=\"label\">Class</td><td class=\"line class\"></td>")
        .append("<td class=\"label\">Date</td><td class=\"line date\"></td>")
        .append("</tr></table>\n");
    b.append("<p class=\"instructions\">").append(xml(KeyText.instructions(v))).append("</p>\n");
    for (SheetItem item : v.items()) {
      question(b, item);
    }
    b.append("</section>\n");
  }

  private static void question(StringBuilder b, SheetItem item) {
    Question q = item.question();
    b.append("<div class=\"q\"><table class=\"q\"><tr><td class=\"n\">")
        .append(item.number())
        .append(".</td><td class=\"body\"><p class=\"prompt\">")
        .append(promptHtml(q.prompt()))
        .append("</p>\n");
    Prompt p = q.prompt();
    if (p instanceof Prompt.MultipleChoice) {
      b.append("<table class=\"choices\">");
      for (int i = 0; i < item.choices().size(); i++) {
        b.append("<tr><td class=\"letter\"><span class=\"bubble\">")
            .append(SheetItem.letter(i))
            .append("</span></td><td class=\"choice\">")
            .append(xml(item.choices().get(i)))
            .append("</td></tr>");
      }
      b.append("</table>\n");
    } else if (p instanceof Prompt.TrueFalse) {
      b.append("<p class=\"tf\"><span class=\"bubble\">T</span> True")
          .append("<span class=\"gap\"></span><span class=\"bubble\">F</span> False</p>\n");
    } else if (!(p instanceof Prompt.Cloze)) {
      // a cloze is answered in its blank; other typed answers get a line
      String label = p instanceof Prompt.Numeric ? "Answer (a number)" : "Answer";
      b.append("<p class=\"write\">")
          .append(label)
          .append(" <span class=\"fill answer-line\"></span></p>\n");
    }
    b.append("</td></tr></table></div>\n");
  }

  /** The prompt's text, with a cloze's {@code ____} drawn as a writing blank. */
  static String promptHtml(Prompt p) {
    String text = p.text();
    if (!(p instanceof Prompt.Cloze)) {
      return xml(text);
    }
    StringBuilder b = new StringBuilder();
    int from = 0;
    for (int at = text.indexOf(Prompt.BLANK); at >= 0; at = text.indexOf(Prompt.BLANK, from)) {
      b.append(xml(text.substring(from, at))).append("<span class=\"blank\"></span>");
      from = at + Prompt.BLANK.length();
      while (from < text.length() && text.charAt(from) == '_') {
        from++;
      }
    }
    return b.append(xml(text.substring(from))).toString();
  }
}
