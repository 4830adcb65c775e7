package dev.quiz.core.study;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.Source;
import dev.quiz.core.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order a session shows cards in: due cards first, lowest retrievability first (within each
 * batch of the most overdue), then new cards up to the day's limit, then learning cards due within
 * {@link #LEARN_AHEAD} so a session can finish its learning steps. Every card is re-read before it
 * is shown, so a card another session answered meanwhile is skipped. One per session; not
 * thread-safe.
 */
final class DueQueue {
  /** Due cards read from the bank at a time. */
  static final int BATCH = 200;

  /** New cards read per card wanted, to find one question per fact. */
  static final int SIBLING_LOOKAHEAD = 4;

  /** How far ahead learning cards are shown when nothing else is left: 20 minutes, as in Anki. */
  static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

  private static final Instant FAR = Instant.parse("9999-01-01T00:00:00Z");

  private final Store store;
  private final Decks decks;
  private final Optional<DeckId> deck;
  private final Deque<Card> due = new ArrayDeque<>();
  private final Deque<Card> fresh;

  DueQueue(Decks decks, Optional<DeckId> deck, List<Card> newCards) {
    this.store = decks.store();
    this.decks = decks;
    this.deck = deck;
    this.fresh = new ArrayDeque<>(newCards);
  }

  /** The next card to show at {@code now}, as stored now; empty when the session is done. */
  Optional<Card> next(Instant now) {
    if (due.isEmpty()) {
      refill(now);
    }
    Optional<Card> c = poll(due, now, false);
    if (!c.isPresent()) {
      c = poll(fresh, now, true);
    }
    if (!c.isPresent()) {
      c = learnAhead(now);
    }
    return c;
  }

  /** Puts a card whose answer was undone back at the front of its line. */
  void putBack(Card card) {
    (card.state().type() == CardType.NEW ? fresh : due).addFirst(card);
  }

  /**
   * When the earliest learning or review card (not suspended) of the studied decks is due: at or
   * before {@code now} when some are still due; empty when there are none.
   */
  Optional<Instant> nextDue() {
    List<Card> first = store.dueCards(deck, FAR, 1);
    return first.isEmpty() ? Optional.<Instant>empty() : Optional.of(first.get(0).state().due());
  }

  private void refill(Instant now) {
    List<Card> batch = new ArrayList<>();
    for (Card c : store.dueCards(deck, now, BATCH)) {
      if (c.state().type() != CardType.NEW) {
        batch.add(c);
      }
    }
    batch.sort(
        Comparator.comparingDouble((Card c) -> decks.retrievability(c, now))
            .thenComparing(c -> c.state().due()));
    due.addAll(batch);
  }

  private Optional<Card> poll(Deque<Card> line, Instant now, boolean wantNew) {
    while (!line.isEmpty()) {
      Optional<Card> stored = store.card(line.pollFirst().id());
      if (stored.isPresent() && !stored.get().suspended()) {
        Card c = stored.get();
        boolean isNew = c.state().type() == CardType.NEW;
        if (wantNew ? isNew : !isNew && !c.state().due().isAfter(now)) {
          return stored;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Card> learnAhead(Instant now) {
    for (Card c : store.dueCards(deck, now.plus(LEARN_AHEAD), BATCH)) {
      CardType t = c.state().type();
      if (t == CardType.LEARNING || t == CardType.RELEARNING) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The new cards a session may introduce: {@code options.newCards()} of them when given, else per
   * deck its daily limit minus the new cards answered today.
   */
  static List<Card> newCards(Decks decks, StudyOptions options, Instant startOfDay) {
    Store store = decks.store();
    if (options.newCards().isPresent()) {
      int n = options.newCards().getAsInt();
      return spreadByFact(store, store.newCards(options.deck(), n * SIBLING_LOOKAHEAD), n);
    }
    Instant endOfDay = startOfDay.plus(Duration.ofDays(1));
    List<Card> out = new ArrayList<>();
    for (Deck d : decks.scope(options.deck())) {
      int left =
          d.newCardsPerDay() - introduced(store.reviews(Optional.of(d.id()), startOfDay, endOfDay));
      if (left > 0) {
        out.addAll(
            spreadByFact(
                store, store.newCards(Optional.of(d.id()), left * SIBLING_LOOKAHEAD), left));
      }
    }
    return out;
  }

  /**
   * At most {@code limit} of {@code candidates} (oldest first), taking the first card of every fact
   * before the second of any: the other question forms about a fact wait for a later day, as Anki
   * buries siblings, instead of asking the same fact three times in a row.
   */
  static List<Card> spreadByFact(Store store, List<Card> candidates, int limit) {
    Map<String, List<Card>> byFact = new LinkedHashMap<>();
    for (Card c : candidates) {
      Optional<Note> n = store.note(c.noteId());
      String fact = n.isPresent() ? factKey(n.get().question().source()) : "card " + c.id();
      List<Card> cards = byFact.get(fact);
      if (cards == null) {
        cards = new ArrayList<>();
        byFact.put(fact, cards);
      }
      cards.add(c);
    }
    List<Card> out = new ArrayList<>();
    for (int round = 0; out.size() < limit; round++) {
      boolean any = false;
      for (List<Card> cards : byFact.values()) {
        if (round < cards.size() && out.size() < limit) {
          out.add(cards.get(round));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }

  private static String factKey(Source s) {
    return s.document() + "#" + s.answerSpan().start() + "-" + s.answerSpan().end();
  }

  private static int introduced(List<ReviewLog> reviews) {
    int n = 0;
    for (ReviewLog r : reviews) {
      if (r.before().type() == CardType.NEW) {
        n++;
      }
    }
    return n;
  }
}
