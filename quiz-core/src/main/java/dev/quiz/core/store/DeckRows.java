package dev.quiz.core.store;

import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.SchedulerKind;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one mapping between a {@link Deck} and a row of {@code decks}; the {@code settings} column
 * (scheduler settings text, NULL for the defaults) is read and written on its own. Stateless.
 */
final class DeckRows {
  static final String TABLE = "decks";

  private DeckRows() {}

  static Deck read(ResultSet rs) throws SQLException {
    return new Deck(
        new DeckId(rs.getLong("id")),
        rs.getString("name"),
        SchedulerKind.fromCode(rs.getString("scheduler")),
        rs.getInt("new_cards_per_day"));
  }

  /** The deck's columns but the id and the settings. */
  static Row values(String name, SchedulerKind scheduler, int newCardsPerDay) {
    return new Row()
        .put("name", name)
        .put("scheduler", scheduler.code())
        .put("new_cards_per_day", newCardsPerDay);
  }
}
