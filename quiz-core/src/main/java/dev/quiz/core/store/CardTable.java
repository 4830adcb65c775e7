package dev.quiz.core.store;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.ReviewLog;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Cards and their review log. One per {@link Db}; not thread-safe. */
final class CardTable {
  private final Db db;

  CardTable(Db db) {
    this.db = db;
  }

  Optional<Card> byId(CardId id) {
    return db.first(Sql.query("card_by_id"), CardRows::read, id.value());
  }

  List<Card> ofNote(NoteId note) {
    return db.list(Sql.query("cards_of_note"), CardRows::read, note.value());
  }

  List<Card> due(Optional<DeckId> deck, Instant now, int limit) {
    checkLimit(limit);
    long at = now.toEpochMilli();
    return deck.isPresent()
        ? db.list(Sql.query("card_due_in_deck"), CardRows::read, deck.get().value(), at, limit)
        : db.list(Sql.query("card_due"), CardRows::read, at, limit);
  }

  List<Card> fresh(Optional<DeckId> deck, int limit) {
    checkLimit(limit);
    return deck.isPresent()
        ? db.list(Sql.query("card_new_in_deck"), CardRows::read, deck.get().value(), limit)
        : db.list(Sql.query("card_new"), CardRows::read, limit);
  }

  List<Card> all(Optional<DeckId> deck) {
    return deck.isPresent()
        ? db.list(Sql.query("cards_in_deck"), CardRows::read, deck.get().value())
        : db.list(Sql.query("cards_all"), CardRows::read);
  }

  void update(Card card) {
    Objects.requireNonNull(card, "card == null");
    int n = db.tx(() -> db.updateRow(CardRows.TABLE, CardRows.values(card), card.id().value()));
    if (n == 0) {
      throw Missing.of(db, "card", card.id().value());
    }
  }

  void saveReview(Card updated, ReviewLog log) {
    Objects.requireNonNull(log, "log == null");
    if (!log.cardId().equals(updated.id())) {
      throw new IllegalArgumentException(
          "review log is for card " + log.cardId() + ", not card " + updated.id());
    }
    db.tx(
        () -> {
          update(updated);
          return db.insert(ReviewRows.TABLE, ReviewRows.values(log));
        });
  }

  Optional<ReviewLog> undoLast(CardId id) {
    return db.tx(
        () -> {
          Card card = byId(id).orElseThrow(() -> Missing.of(db, "card", id.value()));
          Optional<LastReview> last =
              db.first(
                  Sql.query("review_last_of_card"),
                  rs -> new LastReview(rs.getLong("id"), ReviewRows.read(rs)),
                  id.value());
          if (!last.isPresent()) {
            return Optional.<ReviewLog>empty();
          }
          update(card.withState(last.get().log().before()));
          db.update(Sql.query("review_delete"), last.get().id());
          return Optional.of(last.get().log());
        });
  }

  List<ReviewLog> reviews(Optional<DeckId> deck, Instant from, Instant to) {
    long a = from.toEpochMilli();
    long b = to.toEpochMilli();
    return deck.isPresent()
        ? db.list(Sql.query("reviews_in_deck_between"), ReviewRows::read, deck.get().value(), a, b)
        : db.list(Sql.query("reviews_between"), ReviewRows::read, a, b);
  }

  private static void checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
  }

  private record LastReview(long id, ReviewLog log) {}
}
