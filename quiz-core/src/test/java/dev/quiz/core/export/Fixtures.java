package dev.quiz.core.export;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.model.TextSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Notes, cards and documents for exporter tests: one of each question form. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");
  static final Instant CREATED = Instant.parse("2026-01-10T08:00:00Z");
  static final DeckId DECK = new DeckId(1);
  static final DocumentId DOC = new DocumentId(7);
  static final SourceDocument DOCUMENT =
      new SourceDocument(DOC, "fall-of-kabul.txt", "The Fall of Kabul", "ab12", 5000);

  private Fixtures() {}

  static Source source(String evidence) {
    return new Source(
        "fall-of-kabul.txt",
        evidence,
        new TextSpan(10, 10 + evidence.length()),
        new TextSpan(12, 14));
  }

  static Question question(String key, Prompt prompt, String answer, List<String> tags) {
    FactKind kind = prompt instanceof Prompt.Numeric ? FactKind.NUMBER : FactKind.DATE;
    AnswerValue value =
        kind == FactKind.NUMBER
            ? new AnswerValue.Number(3000, 3000, true)
            : AnswerValue.Date.of("2001-11-13", "2001-11-13");
    return new Question(
        key,
        kind,
        prompt,
        answer,
        value,
        source("Kabul fell on 13 November 2001 to the Northern Alliance."),
        0.9,
        tags);
  }

  static Note note(long id, Question q) {
    return new Note(new NoteId(id), DECK, DOC, q, CREATED);
  }

  /** Five notes, one per question form, ids 1..5. */
  static List<Note> notes() {
    List<Note> n = new ArrayList<>();
    n.add(
        note(
            1,
            question(
                "q-000000000001",
                new Prompt.Cloze("Kabul fell on ____ to the Northern Alliance."),
                "13 November 2001",
                List.of("Afghanistan 2001"))));
    n.add(
        note(
            2,
            question(
                "q-000000000002",
                new Prompt.ShortAnswer("When did Kabul fall?"),
                "13 November 2001",
                List.of())));
    n.add(
        note(
            3,
            question(
                "q-000000000003",
                new Prompt.MultipleChoice(
                    "When did Kabul fall?",
                    List.of("9 September 2001", "13 November 2001", "7 December 2001"),
                    1),
                "13 November 2001",
                List.of())));
    n.add(
        note(
            4,
            question(
                "q-000000000004",
                new Prompt.Numeric("About how many troops entered Kabul?", 0.1),
                "about 3,000",
                List.of())));
    n.add(
        note(
            5,
            question(
                "q-000000000005",
                new Prompt.TrueFalse("Kabul fell on 13 November 2001.", true),
                "true",
                List.of())));
    return n;
  }

  static List<Card> newCards(List<Note> notes) {
    List<Card> cards = new ArrayList<>();
    for (Note n : notes) {
      cards.add(
          new Card(
              new CardId(100 + n.id().value()), n.id(), DECK, CardState.newCard(CREATED), false));
    }
    return cards;
  }

  static ExportData data(List<Note> notes, List<Card> cards, List<ReviewLog> reviews) {
    return new ExportData(
        List.of(new Deck(DECK, "History", SchedulerKind.FSRS, 20)),
        notes,
        cards,
        reviews,
        Map.of(DOC, DOCUMENT));
  }

  static ExportData data() {
    List<Note> notes = notes();
    return data(notes, newCards(notes), List.of());
  }

  static ExportOptions options() {
    return ExportOptions.builder(NOW).build();
  }
}
