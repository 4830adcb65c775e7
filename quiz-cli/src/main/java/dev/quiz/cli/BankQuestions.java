package dev.quiz.cli;

import dev.quiz.core.FileOpException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questions of a bank's deck, with how often learners failed each one. Stateless. */
final class BankQuestions {
  private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

  private BankQuestions() {}

  /**
   * The deck's questions (all decks when {@code deck} is empty) and, by question key, the share of
   * reviews rated Again, for questions reviewed at least once.
   *
   * @throws FileOpException when there is no bank at {@code bank}
   * @throws dev.quiz.core.InvalidInputException when the bank has no such deck
   */
  static TestCommand.QuestionSource read(Path bank, Optional<String> deck) {
    if (!Files.isRegularFile(bank)) {
      throw new FileOpException(
          "open bank", bank, "no such file (make one with 'quiz generate')", null);
    }
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      Optional<DeckId> id = Banks.deck(store, deck);
      List<Note> notes =
          store.notes(
              new Store.NoteQuery(id, Optional.empty(), Optional.empty(), Optional.empty()));
      Map<NoteId, String> keys = new HashMap<>();
      List<Question> questions = new ArrayList<>();
      for (Note n : notes) {
        keys.put(n.id(), n.question().key());
        questions.add(n.question());
      }
      return new TestCommand.QuestionSource(questions, failureRates(store, id, keys));
    }
  }

  private static Map<String, Double> failureRates(
      Store store, Optional<DeckId> deck, Map<NoteId, String> keys) {
    Map<CardId, NoteId> noteOf = new HashMap<>();
    for (Card c : store.cards(deck)) {
      noteOf.put(c.id(), c.noteId());
    }
    Map<String, int[]> counts = new HashMap<>();
    for (ReviewLog r : store.reviews(deck, Instant.EPOCH, FAR_FUTURE)) {
      String key = keys.get(noteOf.get(r.cardId()));
      if (key != null) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += r.rating() == Rating.AGAIN ? 1 : 0;
        c[1]++;
      }
    }
    Map<String, Double> rates = new HashMap<>();
    counts.forEach((k, c) -> rates.put(k, c[0] / (double) c[1]));
    return rates;
  }
}
