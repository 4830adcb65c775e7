package dev.quiz.core.grade;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.util.Collections;
import java.util.Optional;

/** Questions built by hand for the grading tests. */
final class Questions {
  private Questions() {}

  static Question of(FactKind kind, Prompt prompt, String answer, AnswerValue value) {
    String evidence = "Evidence sentence.";
    Source src =
        new Source("doc.txt", evidence, new TextSpan(0, evidence.length()), new TextSpan(0, 1));
    return new Question(
        "q-000000000001", kind, prompt, answer, value, src, 1.0, Collections.emptyList());
  }

  static Question number(String answer, double low, double high, boolean approx) {
    return of(
        FactKind.NUMBER,
        new Prompt.ShortAnswer("How many?"),
        answer,
        new AnswerValue.Number(low, high, approx));
  }

  static Question numeric(double low, double high, double tolerance) {
    return of(
        FactKind.NUMBER,
        new Prompt.Numeric("How many?", tolerance),
        Numbers.format(low),
        new AnswerValue.Number(low, high, false));
  }

  static Question date(String answer, String start, String end) {
    return of(
        FactKind.DATE,
        new Prompt.ShortAnswer("When?"),
        answer,
        new AnswerValue.Date(Optional.of(start), Optional.of(end), Optional.empty()));
  }

  static Question person(String name) {
    return of(
        FactKind.PERSON,
        new Prompt.ShortAnswer("Who?"),
        name,
        new AnswerValue.Person(name, "commander"));
  }

  static Question cloze(String text, String answer, AnswerValue value) {
    return of(value.kind(), new Prompt.Cloze(text), answer, value);
  }
}
