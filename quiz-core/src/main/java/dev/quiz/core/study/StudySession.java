package dev.quiz.core.study;

import dev.quiz.core.StorageException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.schedule.SchedulingStates;
import dev.quiz.core.schedule.Sm2;
import dev.quiz.core.schedule.Sm2Answer;
import dev.quiz.core.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One study session: picks the cards to show, applies answers and undoes them. Each answer is saved
 * (the card's new state and its review log, in one transaction) before {@link #answer} returns, so
 * a session killed at any point loses nothing it acknowledged.
 *
 * <p>Order: due cards first (the most overdue batch, lowest retrievability first), then new cards
 * up to each deck's {@link Deck#newCardsPerDay()} minus those introduced today (today starts at
 * midnight in the clock's zone), then learning cards due within 20 minutes. Fuzz is seeded from the
 * card id plus its review count, as Anki does, so an answer's outcome is reproducible.
 *
 * <p>One per session, used from one thread; the store is the caller's to close.
 */
public final class StudySession {
  private final java.util.Set<dev.quiz.core.model.CardId> suspendedAsLeech =
      new java.util.HashSet<>();
  private final java.util.Map<dev.quiz.core.model.CardId, SchedulingStates> shown =
      new java.util.HashMap<>();
  private final Decks decks;
  private final Clock clock;
  private final StudyOptions options;
  private final DueQueue queue;
  private final Instant started;
  private final Deque<ReviewLog> answered = new ArrayDeque<>();
  private int again;
  private int introduced;

  private StudySession(Decks decks, Clock clock, StudyOptions options) {
    this.decks = decks;
    this.clock = clock;
    this.options = options;
    this.started = now();
    this.queue = new DueQueue(decks, options.deck(), plannedNewCards());
  }

  /**
   * The new cards this session introduces, in the order it shows them (after any due cards): per
   * deck its daily limit minus what was introduced today, one question per fact before a second
   * form of any fact.
   */
  public List<Card> plannedNewCards() {
    Instant startOfDay =
        ZonedDateTime.ofInstant(started, clock.getZone()).truncatedTo(ChronoUnit.DAYS).toInstant();
    return DueQueue.newCards(decks, options, startOfDay);
  }

  /**
   * Starts a session.
   *
   * @param store the bank; stays open, the caller closes it
   * @param schedulers the scheduler of each deck (e.g. by {@link Deck#scheduler()} and its
   *     settings)
   * @param clock the time of every answer and the zone that says when a day starts
   * @param options which deck, how many answers, how many new cards
   * @throws StorageException when the deck of {@code options} is not in the bank, or the bank fails
   */
  public static StudySession start(
      Store store, Function<Deck, Scheduler> schedulers, Clock clock, StudyOptions options) {
    Objects.requireNonNull(store, "store == null");
    Objects.requireNonNull(schedulers, "schedulers == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(options, "options == null");
    Decks decks = new Decks(store, schedulers);
    if (options.deck().isPresent()) {
      decks.deck(options.deck().get());
    }
    return new StudySession(decks, clock, options);
  }

  /**
   * The next card to show, with its question and what each rating would do now; empty when the
   * session's limit is reached or nothing is left to study.
   *
   * @throws StorageException when the bank fails or a card has lost its note
   */
  public Optional<StudyCard> next() {
    if (answered.size() >= options.limit()) {
      return Optional.empty();
    }
    Instant now = now();
    Optional<Card> c = queue.next(now);
    if (!c.isPresent()) {
      return Optional.empty();
    }
    Card card = c.get();
    Optional<Note> note = decks.store().note(card.noteId());
    if (!note.isPresent()) {
      throw new StorageException("card " + card.id() + " has no note " + card.noteId());
    }
    SchedulingStates preview =
        decks.scheduler(card.deckId()).next(card.state(), context(card, now));
    shown.put(card.id(), preview);
    return Optional.of(new StudyCard(card, note.get(), decks.deck(card.deckId()), preview));
  }

  /**
   * Applies {@code answer} at the clock's time: checks that the stored card is still in {@code
   * answer.currentState()}, computes its next state and saves it with its review log in one
   * transaction.
   *
   * @return the saved review log
   * @throws StorageException "card N was changed by another session" when the stored state differs,
   *     "card N is not in the bank" when it was deleted, or when the bank fails (nothing is saved)
   */
  public ReviewLog answer(CardAnswer answer) {
    Objects.requireNonNull(answer, "answer == null");
    Instant now = now();
    ReviewLog log =
        decks
            .store()
            .inTransaction(
                s -> {
                  Card stored = storedCard(s, answer.cardId());
                  if (!stored.state().equals(answer.currentState())) {
                    throw new StorageException(
                        "card " + answer.cardId() + " was changed by another session");
                  }
                  Scheduler scheduler = decks.scheduler(stored.deckId());
                  CardState after;
                  boolean leechSuspends = false;
                  if (scheduler instanceof Sm2) {
                    // SM-2 also decides leeches: Anki suspends a card at the leech threshold.
                    Sm2Answer a =
                        ((Sm2) scheduler)
                            .answer(stored.state(), answer.rating(), context(stored, now));
                    after = a.state();
                    leechSuspends = a.suspended();
                  } else {
                    // The outcome the learner was shown is the one applied (fuzz included), as in
                    // Anki;
                    // it is recomputed only when the card was not shown by this session.
                    SchedulingStates seen = shown.get(stored.id());
                    after =
                        seen != null && seen.current().equals(stored.state())
                            ? seen.of(answer.rating())
                            : scheduler
                                .next(stored.state(), context(stored, now))
                                .of(answer.rating());
                  }
                  ReviewLog r =
                      new ReviewLog(
                          stored.id(), now, answer.rating(), stored.state(), after, answer.took());
                  s.saveReview(
                      stored.withState(after).withSuspended(stored.suspended() || leechSuspends),
                      r);
                  if (leechSuspends && !stored.suspended()) {
                    suspendedAsLeech.add(stored.id());
                  }
                  return r;
                });
    count(log, 1);
    answered.push(log);
    return log;
  }

  /**
   * Undoes this session's last answer that is not undone yet: the card gets back the state it had
   * and its review log is removed; the card is shown again next.
   *
   * @return the review undone; empty when this session has nothing to undo
   * @throws StorageException "card N was changed by another session" when it was answered elsewhere
   *     since (nothing is undone then)
   */
  public Optional<ReviewLog> undo() {
    if (answered.isEmpty()) {
      return Optional.empty();
    }
    ReviewLog last = answered.peek();
    Card restored =
        decks
            .store()
            .inTransaction(
                s -> {
                  Card stored = storedCard(s, last.cardId());
                  if (!stored.state().equals(last.after())) {
                    throw new StorageException(
                        "card " + last.cardId() + " was changed by another session");
                  }
                  s.undoLastReview(last.cardId());
                  Card back = stored.withState(last.before());
                  if (suspendedAsLeech.remove(last.cardId())) {
                    back = back.withSuspended(false);
                    s.updateCard(back);
                  }
                  return back;
                });
    answered.pop();
    count(last, -1);
    queue.putBack(restored);
    return Optional.of(last);
  }

  /**
   * Puts a card that was shown but not answered (the learner undid the previous answer, or stopped)
   * back at the front of its line, so {@link #next} shows it again.
   */
  public void requeue(StudyCard shown) {
    Objects.requireNonNull(shown, "shown == null");
    queue.putBack(shown.card());
  }

  /** What the session did so far, and when the next card falls due. */
  public SessionSummary summary() {
    Instant now = now();
    return new SessionSummary(
        answered.size(), again, introduced, Duration.between(started, now), queue.nextDue());
  }

  /** The fuzz seed of a card's next answer: its id plus its review count, as Anki derives it. */
  static long seed(Card card) {
    return card.id().value() + card.state().reps();
  }

  private static ReviewContext context(Card card, Instant now) {
    return new ReviewContext(now, seed(card));
  }

  private static Card storedCard(Store s, CardId id) {
    Optional<Card> c = s.card(id);
    if (!c.isPresent()) {
      throw new StorageException("card " + id + " is not in the bank");
    }
    return c.get();
  }

  private void count(ReviewLog log, int sign) {
    if (log.rating() == Rating.AGAIN) {
      again += sign;
    }
    if (log.before().type() == CardType.NEW) {
      introduced += sign;
    }
  }

  /**
   * The clock's time cut to milliseconds, the precision the bank keeps: states compared after a
   * round trip through the store (undo's guard) must be equal to the last digit.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
