package dev.quiz.core.store;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.MemoryState;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

/** Values for the store tests: fixed times, one question of every prompt form. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  static final String EVIDENCE = "Kabul fell on 15 August 2021.";

  private Fixtures() {}

  static Source source() {
    return new Source(
        "kabul.txt", EVIDENCE, new TextSpan(10, 10 + EVIDENCE.length()), new TextSpan(24, 38));
  }

  static Question cloze(String key) {
    return cloze(key, Arrays.asList("kabul", "date"));
  }

  static Question cloze(String key, java.util.List<String> tags) {
    return new Question(
        key,
        FactKind.DATE,
        new Prompt.Cloze("Kabul fell on ____."),
        "15 August 2021",
        AnswerValue.Date.of("2021-08-15", "2021-08-15"),
        source(),
        0.75,
        tags);
  }

  static Question multipleChoice(String key) {
    return new Question(
        key,
        FactKind.PERSON,
        new Prompt.MultipleChoice("Who led the defence?", Arrays.asList("A", "B", "C"), 2),
        "C",
        new AnswerValue.Person("C", "commander"),
        source(),
        0.5,
        Collections.emptyList());
  }

  static Question numeric(String key) {
    return new Question(
        key,
        FactKind.NUMBER,
        new Prompt.Numeric("How many people were flown out?", 0.05),
        "about 120,000",
        new AnswerValue.Number(120000, 123000, true),
        source(),
        1.0,
        Collections.singletonList("number"));
  }

  static Question trueFalse(String key) {
    return new Question(
        key,
        FactKind.DATE,
        new Prompt.TrueFalse("Kabul fell on a Sunday.", true),
        "true",
        AnswerValue.Date.relative("Sunday"),
        source(),
        0.25,
        Collections.emptyList());
  }

  static Question shortAnswer(String key) {
    return new Question(
        key,
        FactKind.DATE,
        new Prompt.ShortAnswer("When did Kabul fall?"),
        "15 August 2021",
        new AnswerValue.Date(Optional.of("2021-08"), Optional.empty(), Optional.empty()),
        source(),
        0.0,
        Collections.emptyList());
  }

  /** A review-state card with every component set. */
  static CardState reviewed(Instant due) {
    return new CardState(
        CardType.REVIEW,
        due,
        Optional.of(new MemoryState(12.5, 4.25)),
        12,
        3,
        1,
        2500,
        7,
        2,
        Optional.of(due.minusSeconds(86_400)));
  }

  static Connection connect(java.nio.file.Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }
}
