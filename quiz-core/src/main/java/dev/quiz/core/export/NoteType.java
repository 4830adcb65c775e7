package dev.quiz.core.export;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One of the exporter's fixed Anki note types (README §6.2, §10). Its id, name, fields and template
 * names never change once published: importers match note types by them (README §13).
 *
 * @param id fixed note type id, the key in {@code col.models}
 * @param name unique name shown in Anki
 * @param cloze {@code true} for a cloze type ({@code type} 1)
 * @param fields field names in order
 * @param front the front template ({@code qfmt})
 * @param back the back template ({@code afmt})
 * @param frontFields indexes of the fields the front shows, for {@code req}; unused for cloze
 */
record NoteType(
    long id,
    String name,
    boolean cloze,
    List<String> fields,
    String front,
    String back,
    List<Integer> frontFields) {

  /** Fields {@code Question, Answer, Source, Extra}: true/false and multiple choice. */
  static final NoteType BASIC =
      new NoteType(
          1_700_000_000_101L,
          "Quiz Basic",
          false,
          list("Question", "Answer", "Source", "Extra"),
          "{{Question}}",
          "{{FrontSide}}\n\n<hr id=answer>\n\n{{Answer}}" + NoteType.backMatter(),
          list(0));

  /** Like {@link #BASIC} but the learner types the answer: short-answer and numeric questions. */
  static final NoteType TYPE_IN =
      new NoteType(
          1_700_000_000_102L,
          "Quiz Basic (type in the answer)",
          false,
          list("Question", "Answer", "Source", "Extra"),
          "{{Question}}\n\n{{type:Answer}}",
          "{{Question}}\n\n<hr id=answer>\n\n{{type:Answer}}" + NoteType.backMatter(),
          list(0));

  /** Fields {@code Text, Source, Extra}; the answer is {@code {{c1::...}}} in {@code Text}. */
  static final NoteType CLOZE =
      new NoteType(
          1_700_000_000_103L,
          "Quiz Cloze",
          true,
          list("Text", "Source", "Extra"),
          "{{cloze:Text}}",
          "{{cloze:Text}}<br>" + NoteType.backMatter(),
          Collections.<Integer>emptyList());

  /** Every note type, in {@code col.models} order. */
  static final List<NoteType> ALL = list(BASIC, TYPE_IN, CLOZE);

  /**
   * When the templates or CSS last changed, epoch seconds; raise it on every change so importers
   * take the new templates (README §13).
   */
  static final long TEMPLATES_MODIFIED = 1_767_225_600L; // 2026-01-01T00:00:00Z

  static final String CSS =
      ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n"
          + " background-color: white;\n}\n"
          + ".cloze {\n font-weight: bold;\n color: blue;\n}\n"
          + ".nightMode .cloze {\n color: lightblue;\n}\n"
          + ".source {\n margin-top: 1em;\n font-size: 14px;\n color: #666;\n}\n"
          + ".extra {\n margin-top: 0.5em;\n font-size: 16px;\n}\n"
          + ".choices {\n display: inline-block;\n text-align: left;\n}\n";

  NoteType {
    fields = Collections.unmodifiableList(fields);
    frontFields = Collections.unmodifiableList(frontFields);
  }

  /** The name of the only template. */
  String templateName() {
    return cloze ? "Cloze" : "Card 1";
  }

  private static String backMatter() {
    return "\n\n{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
        + "\n{{#Extra}}<div class=extra>{{Extra}}</div>{{/Extra}}";
  }

  @SafeVarargs
  private static <T> List<T> list(T... items) {
    return Collections.unmodifiableList(Arrays.asList(items));
  }
}
