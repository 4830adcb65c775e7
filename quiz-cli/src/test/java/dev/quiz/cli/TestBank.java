package dev.quiz.cli;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.model.TextSpan;
import dev.quiz.core.store.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Banks for the CLI tests, built by hand through {@code Store.upsertNote}: ten questions of every
 * form about an invented battle, in deck "History", created at {@link #CREATED}.
 */
final class TestBank {
  static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
  static final String DOC = "battle.txt";

  /** The right answers, in card order (card ids 1..10). */
  static final List<String> ANSWERS =
      Arrays.asList(
          "1,500",
          "9 November 2001",
          "Ismail Khan",
          "b",
          "true",
          "Herat",
          "400-600",
          "12 March 1998",
          "Abdul Rashid Dostum",
          "3,000");

  private TestBank() {}

  static Path tenQuestions(Path dir) {
    Path file = dir.resolve("bank.db");
    try (SqliteStore store = SqliteStore.open(file, Clock.systemUTC())) {
      Deck deck = store.deckNamed("History", SchedulerKind.FSRS);
      SourceDocument doc = store.saveDocument(DOC, "The battle", "00", 1000);
      for (Question q : questions()) {
        store.upsertNote(deck.id(), doc.id(), q, CREATED);
      }
    }
    return file;
  }

  static Path empty(Path dir) {
    Path file = dir.resolve("empty.db");
    SqliteStore.open(file, Clock.systemUTC()).close();
    return file;
  }

  static List<Question> questions() {
    List<Question> qs = new ArrayList<>();
    qs.add(
        q(
            1,
            FactKind.NUMBER,
            new Prompt.ShortAnswer("How many soldiers defended the fort?"),
            "1,500",
            new AnswerValue.Number(1500, 1500, false)));
    qs.add(
        q(
            2,
            FactKind.DATE,
            new Prompt.ShortAnswer("When did the fort fall?"),
            "9 November 2001",
            AnswerValue.Date.of("2001-11-09", "2001-11-09")));
    qs.add(
        q(
            3,
            FactKind.PERSON,
            new Prompt.ShortAnswer("Who commanded the defenders?"),
            "Ismail Khan",
            new AnswerValue.Person("Ismail Khan", "commander")));
    qs.add(
        q(
            4,
            FactKind.NUMBER,
            new Prompt.MultipleChoice(
                "How many tanks took part?", Arrays.asList("12", "40", "90"), 1),
            "40",
            new AnswerValue.Number(40, 40, false)));
    qs.add(
        q(
            5,
            FactKind.NUMBER,
            new Prompt.TrueFalse("The siege lasted 3 days.", true),
            "3",
            new AnswerValue.Number(3, 3, false)));
    qs.add(
        q(
            6,
            FactKind.PERSON,
            new Prompt.Cloze("The army marched from ____ at dawn."),
            "Herat",
            new AnswerValue.Person("Herat", "city")));
    qs.add(
        q(
            7,
            FactKind.NUMBER,
            new Prompt.ShortAnswer("How many prisoners were taken?"),
            "400 to 600",
            new AnswerValue.Number(400, 600, false)));
    qs.add(
        q(
            8,
            FactKind.DATE,
            new Prompt.ShortAnswer("When was the treaty signed?"),
            "12 March 1998",
            AnswerValue.Date.of("1998-03-12", "1998-03-12")));
    qs.add(
        q(
            9,
            FactKind.PERSON,
            new Prompt.ShortAnswer("Who led the northern column?"),
            "Abdul Rashid Dostum",
            new AnswerValue.Person("Abdul Rashid Dostum", "commander")));
    qs.add(
        q(
            10,
            FactKind.NUMBER,
            new Prompt.Numeric("How many horses were lost?", 0.05),
            "3,000",
            new AnswerValue.Number(3000, 3000, false)));
    return qs;
  }

  static Question q(int n, FactKind kind, Prompt p, String answer, AnswerValue v) {
    String evidence = "Invented evidence sentence number " + n + ".";
    int start = 100 * n;
    Source src =
        new Source(
            DOC,
            evidence,
            new TextSpan(start, start + evidence.length()),
            new TextSpan(start, start + 1));
    return new Question(
        String.format("q-%012x", n), kind, p, answer, v, src, 0.9, Collections.emptyList());
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
