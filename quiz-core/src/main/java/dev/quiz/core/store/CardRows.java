package dev.quiz.core.store;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.NoteId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one mapping between a {@link Card} and a row of {@code cards}. Stateless. */
final class CardRows {
  static final String TABLE = "cards";

  /** {@code queue} codes (schema v2): kept out of study, never answered, learning or review. */
  static final int QUEUE_SUSPENDED = -1;

  static final int QUEUE_NEW = 0;
  static final int QUEUE_SCHEDULED = 1;

  private CardRows() {}

  static Card read(ResultSet rs) throws SQLException {
    return new Card(
        new CardId(rs.getLong("id")),
        new NoteId(rs.getLong("note_id")),
        new DeckId(rs.getLong("deck_id")),
        StateColumns.read(rs, ""),
        rs.getInt("suspended") != 0);
  }

  /** Every column but the id. */
  static Row values(NoteId note, DeckId deck, CardState state, boolean suspended) {
    return new Row()
        .put("note_id", note.value())
        .put("deck_id", deck.value())
        .putAll(StateColumns.values(state, ""))
        .put("suspended", suspended)
        .put("queue", queue(state, suspended));
  }

  static Row values(Card card) {
    return values(card.noteId(), card.deckId(), card.state(), card.suspended());
  }

  /** The card's {@code queue}, derived from its state and suspension. */
  static int queue(CardState state, boolean suspended) {
    if (suspended) {
      return QUEUE_SUSPENDED;
    }
    return state.type() == CardType.NEW ? QUEUE_NEW : QUEUE_SCHEDULED;
  }
}
