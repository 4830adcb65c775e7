package dev.quiz.core.render;

import static dev.quiz.core.render.Escape.markdown;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.nio.charset.StandardCharsets;

/**
 * Markdown: each version's student sheet, then the answer key, separated by rules. Stateless,
 * thread-safe.
 */
final class MarkdownSheet implements TestSheetRenderer {

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public byte[] render(TestSheet sheet) {
    StringBuilder b = new StringBuilder(8 * 1024);
    for (SheetVersion v : sheet.versions()) {
      studentSheet(b, sheet, v);
      b.append("\n---\n\n");
    }
    key(b, sheet);
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void studentSheet(StringBuilder b, TestSheet sheet, SheetVersion v) {
    b.append("# ")
        .append(markdown(sheet.title()))
        .append(" \u2014 Version ")
        .append(v.label())
        .append(
            "\n\n"
                + "Name: ______________________________   Class: __________   Date:"
                + " ______________\n\n")
        .append('*')
        .append(markdown(KeyText.instructions(v)))
        .append("*\n\n");
    for (SheetItem item : v.items()) {
      Prompt p = item.question().prompt();
      b.append("**").append(item.number()).append(".** ").append(promptText(p)).append("\n\n");
      if (p instanceof Prompt.MultipleChoice) {
        for (int i = 0; i < item.choices().size(); i++) {
          b.append("- ")
              .append(SheetItem.letter(i))
              .append(") ")
              .append(markdown(item.choices().get(i)))
              .append('\n');
        }
        b.append('\n');
      } else if (p instanceof Prompt.TrueFalse) {
        b.append("( ) True \u2003 ( ) False\n\n");
      } else {
        b.append("Answer: ________________________________________\n\n");
      }
    }
  }

  private static String promptText(Prompt p) {
    String text = markdown(p.text());
    return p instanceof Prompt.Cloze
        ? text.replace("\\_\\_\\_\\_", "\\_\\_\\_\\_\\_\\_\\_\\_")
        : text;
  }

  private static void key(StringBuilder b, TestSheet sheet) {
    b.append("# ")
        .append(markdown(sheet.title()))
        .append(" \u2014 Answer key\n\n*")
        .append(markdown(KeyText.summary(sheet)))
        .append("*\n\n");
    boolean mapped = sheet.versions().size() > 1 && !sheet.distinct();
    if (mapped) {
      b.append(KeyText.mappingExample(sheet)).append("\n\n");
    }
    for (SheetVersion v : sheet.versions()) {
      answers(b, sheet, v, mapped && v != sheet.first());
    }
    b.append("## Sources\n\n");
    for (SheetItem item : sheet.uniqueItems()) {
      Question q = item.question();
      String[] ev = Answers.evidenceParts(q.source());
      b.append("- **")
          .append(KeyText.positions(sheet, q.key()))
          .append("** ")
          .append(promptText(q.prompt()))
          .append("  \n  Answer: **")
          .append(markdown(Answers.plainAnswer(q)))
          .append("** \u00b7 ")
          .append(markdown(q.source().document()))
          .append(" \u00b7 ")
          .append(markdown(KeyText.difficulty(item)))
          .append("  \n  > ")
          .append(markdown(ev[0]));
      if (!ev[1].isEmpty()) {
        b.append("**").append(markdown(ev[1])).append("**");
      }
      b.append(markdown(ev[2])).append("\n\n");
    }
  }

  private static void answers(StringBuilder b, TestSheet sheet, SheetVersion v, boolean mapped) {
    String a = sheet.first().label();
    b.append("## Version ")
        .append(v.label())
        .append("\n\n| # |")
        .append(mapped ? " = " + a + " |" : "")
        .append(" Answer | Also accept |\n|---:|")
        .append(mapped ? "---:|" : "")
        .append("---|---|\n");
    for (SheetItem item : v.items()) {
      b.append("| ").append(item.number()).append(" |");
      if (mapped) {
        b.append(' ')
            .append(a)
            .append(sheet.first().numberOf(item.question().key()).get())
            .append(" |");
      }
      b.append(' ')
          .append(markdown(Answers.shown(item)))
          .append(" | ")
          .append(markdown(Answers.acceptedText(item.question())))
          .append(" |\n");
    }
    b.append('\n');
  }
}
