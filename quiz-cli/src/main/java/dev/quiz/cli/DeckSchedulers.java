package dev.quiz.cli;

import dev.quiz.core.model.Deck;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.store.Store;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The scheduler of each deck, for study sessions: the deck's scheduler kind with the settings saved
 * in the bank ({@code quiz deck set}), defaults otherwise. One per session; caches per deck.
 */
final class DeckSchedulers implements Function<Deck, Scheduler> {
  private final Store store;
  private final Map<Deck, Scheduler> cache = new HashMap<>();

  DeckSchedulers(Store store) {
    this.store = store;
  }

  @Override
  public Scheduler apply(Deck deck) {
    return cache.computeIfAbsent(deck, d -> store.settings(d).scheduler(d.scheduler()));
  }
}
