package dev.quiz.bank.extract;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;

/**
 * A quiz-worthy fact found in a document: a date, a number or a person in a role, with its
 * evidence. Values are shaped as the gold facts ({@code shared/gold/SCHEMA.md}). Immutable.
 */
public sealed interface Fact permits DateFact, NumberFact, PersonFact {
  /** A few words naming what the fact is about, e.g. "Taliban fighters". */
  String about();

  /** The answer as the document words it, e.g. "between 400 and 600". */
  String answer();

  /** The answer normalized. */
  AnswerValue value();

  /** Where the fact is stated. */
  Evidence evidence();

  /** The kind of fact. */
  default FactKind kind() {
    return value().kind();
  }
}
