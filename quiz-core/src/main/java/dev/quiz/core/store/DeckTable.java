package dev.quiz.core.store;

import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.SchedulerKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Decks and their scheduler settings. One per {@link Db}; not thread-safe. */
final class DeckTable {
  private final Db db;

  DeckTable(Db db) {
    this.db = db;
  }

  Deck named(String name, SchedulerKind scheduler) {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(scheduler, "scheduler == null");
    if (name.trim().isEmpty()) {
      throw new IllegalArgumentException("deck name is blank");
    }
    return db.tx(
        () -> {
          Optional<Deck> found = find(name);
          if (found.isPresent()) {
            return found.get();
          }
          long id =
              db.insert(
                  DeckRows.TABLE, DeckRows.values(name, scheduler, Deck.DEFAULT_NEW_CARDS_PER_DAY));
          return new Deck(new DeckId(id), name, scheduler, Deck.DEFAULT_NEW_CARDS_PER_DAY);
        });
  }

  Optional<Deck> find(String name) {
    return db.first(Sql.query("deck_by_name"), DeckRows::read, name);
  }

  Optional<Deck> byId(DeckId id) {
    return db.first(Sql.query("deck_by_id"), DeckRows::read, id.value());
  }

  List<Deck> all() {
    return db.list(Sql.query("decks_all"), DeckRows::read);
  }

  void update(Deck deck) {
    int n =
        db.tx(
            () ->
                db.updateRow(
                    DeckRows.TABLE,
                    DeckRows.values(deck.name(), deck.scheduler(), deck.newCardsPerDay()),
                    deck.id().value()));
    if (n == 0) {
      throw Missing.of(db, "deck", deck.id().value());
    }
  }

  Optional<String> settings(DeckId id) {
    byId(id).orElseThrow(() -> Missing.of(db, "deck", id.value()));
    return db.first(
            Sql.query("deck_settings"), rs -> Optional.ofNullable(rs.getString(1)), id.value())
        .orElse(Optional.empty());
  }

  void saveSettings(DeckId id, String settingsJson) {
    Objects.requireNonNull(settingsJson, "settingsJson == null");
    int n = db.tx(() -> db.update(Sql.query("deck_settings_update"), settingsJson, id.value()));
    if (n == 0) {
      throw Missing.of(db, "deck", id.value());
    }
  }
}
