package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Evidence;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.TextSpan;
import java.util.Optional;

/** Hand-made facts for generator tests: the answer is found in the sentence by its text. */
final class Facts {
  private Facts() {}

  static Evidence evidence(String doc, String sentence, String answer) {
    int at = sentence.indexOf(answer);
    if (at < 0) {
      throw new IllegalArgumentException("answer not in sentence: " + answer);
    }
    return new Evidence(
        doc,
        sentence,
        new TextSpan(0, sentence.length()),
        new TextSpan(at, at + answer.length()),
        0);
  }

  static NumberFact number(
      String sentence, String answer, double low, double high, boolean approx) {
    return number("a.txt", sentence, answer, low, high, approx);
  }

  static NumberFact number(
      String doc, String sentence, String answer, double low, double high, boolean approx) {
    String prefix = approx ? answer.replaceAll("[\\d,.–-].*$", "") : "";
    return new NumberFact(
        "men",
        answer,
        new AnswerValue.Number(low, high, approx),
        evidence(doc, sentence, answer),
        new NumberStyle(NumberStyle.Form.DIGITS, prefix, "", low != high));
  }

  static DateFact date(String sentence, String answer, String start) {
    Optional<String> s = start.isEmpty() ? Optional.empty() : Optional.of(start);
    Optional<String> rel = start.isEmpty() ? Optional.of(answer) : Optional.empty();
    return new DateFact(
        "date", answer, new AnswerValue.Date(s, s, rel), evidence("a.txt", sentence, answer));
  }

  static PersonFact person(String doc, String sentence, String name) {
    return person(doc, sentence, name, "commander");
  }

  static PersonFact person(String doc, String sentence, String name, String role) {
    return new PersonFact(
        role, name, new AnswerValue.Person(name, role), evidence(doc, sentence, name));
  }
}
