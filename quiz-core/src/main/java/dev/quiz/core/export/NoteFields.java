package dev.quiz.core.export;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question rendered as the HTML field values of its Anki note type (README §5.2, §10). Every
 * value is escaped; none contains U+001F or NUL. Immutable.
 *
 * @param type the note type
 * @param values one HTML value per field of {@code type}, in order
 */
record NoteFields(NoteType type, List<String> values) {
  private static final Pattern BLANKS = Pattern.compile(Pattern.quote(Prompt.BLANK));

  NoteFields {
    values = Collections.unmodifiableList(values);
    if (values.size() != type.fields().size()) {
      throw new IllegalArgumentException(
          type.name() + " has " + type.fields().size() + " fields, not " + values.size());
    }
  }

  /**
   * Renders {@code q}: cloze prompts as a cloze note, short-answer and numeric as type-in,
   * true/false and multiple choice (choices lettered on the front) as basic.
   *
   * @param documentLabel the document's title or file name, shown under the evidence
   */
  static NoteFields of(Question q, String documentLabel) {
    String source = source(q, documentLabel);
    Prompt p = q.prompt();
    if (p instanceof Prompt.Cloze c) {
      // modern Anki counts cloze numbers in every field, so the source must not hold any either
      return new NoteFields(
          NoteType.CLOZE, Arrays.asList(cloze(c.text(), q.answer()), clozeSafe(source), ""));
    }
    if (p instanceof Prompt.MultipleChoice mc) {
      return basic(NoteType.BASIC, choicesFront(mc), lettered(mc, mc.correct()), source, "");
    }
    if (p instanceof Prompt.TrueFalse tf) {
      String extra = isTruthWord(q.answer()) ? "" : AnkiText.field(q.answer());
      return basic(
          NoteType.BASIC,
          "True or false?<br>" + AnkiText.field(tf.text()),
          tf.truth() ? "True" : "False",
          source,
          extra);
    }
    if (p instanceof Prompt.Numeric n) {
      String extra =
          n.tolerance() > 0
              ? "Accepted within " + percent(n.tolerance()) + " of " + AnkiText.field(q.answer())
              : "";
      return basic(NoteType.TYPE_IN, AnkiText.field(n.text()), answer(q), source, extra);
    }
    return basic(NoteType.TYPE_IN, AnkiText.field(p.text()), answer(q), source, "");
  }

  private static NoteFields basic(
      NoteType type, String question, String answer, String source, String extra) {
    return new NoteFields(type, Arrays.asList(question, answer, source, extra));
  }

  // A type-in answer is compared with what the learner types, so it stays one short line.
  private static String answer(Question q) {
    return AnkiText.field(q.answer().replace('\n', ' ').replace('\r', ' '));
  }

  /**
   * The cloze text: the prompt escaped, each {@code ____} replaced by {@code {{c1::answer}}}.
   * Braces and colons are written as entities so neither the prompt nor the answer can open, close
   * or split a cloze (README §5.2).
   */
  static String cloze(String prompt, String answer) {
    String marker = "{{c1::" + clozeSafe(AnkiText.field(answer)) + "}}";
    String[] parts = BLANKS.split(AnkiText.clean(prompt), -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append(marker);
      }
      b.append(clozeSafe(AnkiText.field(parts[i])));
    }
    return b.toString();
  }

  private static String clozeSafe(String html) {
    return html.replace(":", "&#58;").replace("{", "&#123;").replace("}", "&#125;");
  }

  private static String choicesFront(Prompt.MultipleChoice mc) {
    StringBuilder b = new StringBuilder(AnkiText.field(mc.text()));
    b.append("<br><div class=choices>");
    for (int i = 0; i < mc.choices().size(); i++) {
      b.append(i > 0 ? "<br>" : "").append(lettered(mc, i));
    }
    return b.append("</div>").toString();
  }

  private static String lettered(Prompt.MultipleChoice mc, int index) {
    return letter(index) + ". " + AnkiText.field(mc.choices().get(index));
  }

  /** A, B, ..., Z, AA, AB, ... */
  static String letter(int index) {
    String s = "";
    int i = index;
    do {
      s = (char) ('A' + i % 26) + s;
      i = i / 26 - 1;
    } while (i >= 0);
    return s;
  }

  private static String source(Question q, String documentLabel) {
    String evidence = AnkiText.field(q.source().evidence());
    String doc = AnkiText.field(documentLabel);
    if (evidence.isEmpty()) {
      return doc;
    }
    return evidence + "<br><i>" + doc + "</i>";
  }

  private static boolean isTruthWord(String answer) {
    String a = answer.trim().toLowerCase(Locale.ROOT);
    return a.isEmpty() || a.equals("true") || a.equals("false");
  }

  private static String percent(double fraction) {
    double pct = fraction * 100;
    return (pct == Math.rint(pct) ? Long.toString(Math.round(pct)) : Double.toString(pct)) + "%";
  }
}
