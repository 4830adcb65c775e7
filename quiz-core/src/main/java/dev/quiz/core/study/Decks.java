package dev.quiz.core.study;

import dev.quiz.core.StorageException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.store.Store;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The decks a session meets and their schedulers, looked up once each. One per session. */
final class Decks {
  private final Store store;
  private final Function<Deck, Scheduler> schedulers;
  private final Map<DeckId, Deck> decks = new HashMap<>();
  private final Map<DeckId, Scheduler> byDeck = new HashMap<>();

  Decks(Store store, Function<Deck, Scheduler> schedulers) {
    this.store = store;
    this.schedulers = schedulers;
  }

  Store store() {
    return store;
  }

  /** The deck {@code id}. @throws StorageException when the bank has no such deck */
  Deck deck(DeckId id) {
    Deck d = decks.get(id);
    if (d == null) {
      Optional<Deck> found = store.deck(id);
      if (!found.isPresent()) {
        throw new StorageException("deck " + id + " is not in the bank");
      }
      d = found.get();
      decks.put(id, d);
    }
    return d;
  }

  Scheduler scheduler(DeckId id) {
    Scheduler s = byDeck.get(id);
    if (s == null) {
      s = schedulers.apply(deck(id));
      byDeck.put(id, s);
    }
    return s;
  }

  double retrievability(Card c, Instant now) {
    return scheduler(c.deckId()).retrievability(c.state(), now);
  }

  /** The decks studied: the one given, or all. */
  List<Deck> scope(Optional<DeckId> deck) {
    return deck.isPresent() ? Collections.singletonList(deck(deck.get())) : store.decks();
  }
}
