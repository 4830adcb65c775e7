package dev.quiz.core.export;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardState;
import java.util.Optional;

/**
 * The scheduling columns of one row of {@code cards} (README §7, §8). Immutable.
 *
 * @param type 0 new, 2 review
 * @param queue 0 new, 2 review, -1 suspended
 * @param due new: position; review: day number
 * @param interval {@code ivl}, days
 * @param factor ease, permille; 0 for new cards
 * @param reps answers so far
 * @param lapses times forgotten
 * @param data {@code ""} or {@code {"pos":..,"lrt":..}}
 */
record AnkiCard(
    int type, int queue, long due, int interval, int factor, int reps, int lapses, String data) {

  /** Ease written when the app has none (FSRS cards): Anki's starting ease, 250%. */
  static final int DEFAULT_FACTOR = 2500;

  /** A new card at {@code position}, with no history. */
  static AnkiCard fresh(int position) {
    return new AnkiCard(0, 0, position, 0, 0, 0, 0, "");
  }

  /**
   * The card as Anki should schedule it. Only new and review states are exported (README §7.1): a
   * learning card (never graduated) becomes new at its position, keeping its counts; a relearning
   * card becomes a review card due today with its interval.
   */
  static AnkiCard scheduled(Optional<Card> card, int position, DayClock clock) {
    if (!card.isPresent()) {
      return fresh(position);
    }
    CardState s = card.get().state();
    AnkiCard base =
        switch (s.type()) {
          case NEW, LEARNING -> new AnkiCard(0, 0, position, 0, 0, s.reps(), s.lapses(), "");
          case REVIEW -> review(s, clock.dayNumber(s.due()), position);
          case RELEARNING -> review(s, clock.today(), position);
        };
    return card.get().suspended() ? base.withQueue(-1) : base;
  }

  /** The ease to write for a graduated state. */
  static int factorOf(CardState s) {
    return s.easePermille() > 0 ? s.easePermille() : DEFAULT_FACTOR;
  }

  private static AnkiCard review(CardState s, long due, int position) {
    String lrt =
        s.lastReview().isPresent() ? ",\"lrt\":" + s.lastReview().get().getEpochSecond() : "";
    return new AnkiCard(
        2,
        2,
        due,
        Math.max(1, s.scheduledDays()),
        factorOf(s),
        s.reps(),
        s.lapses(),
        "{\"pos\":" + position + lrt + "}");
  }

  private AnkiCard withQueue(int q) {
    return new AnkiCard(type, q, due, interval, factor, reps, lapses, data);
  }
}
