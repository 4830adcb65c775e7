package dev.quiz.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.StorageException;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StudySessionTest {
  private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

  private final InMemoryStore store = new InMemoryStore();
  private final FakeScheduler scheduler = new FakeScheduler();
  private final MutableClock clock = new MutableClock(T0);
  private final Deck deck = store.deckNamed("History", SchedulerKind.FSRS);

  private Card addCard(int n) {
    String evidence = "Sentence " + n + ".";
    Question q =
        new Question(
            String.format("q-%012d", n),
            FactKind.NUMBER,
            new Prompt.ShortAnswer("How many " + n + "?"),
            Integer.toString(n),
            new AnswerValue.Number(n, n, false),
            new Source("doc.txt", evidence, new TextSpan(0, evidence.length()), new TextSpan(0, 1)),
            1.0,
            Collections.emptyList());
    store.upsertNote(deck.id(), new DocumentId(1), q, T0.minus(Duration.ofDays(30)));
    return store.cards(Optional.empty()).get(store.cards(Optional.empty()).size() - 1);
  }

  /** Makes card {@code c} a review card due {@code overdueDays} ago with the given interval. */
  private Card review(Card c, int overdueDays, int interval) {
    CardState s =
        new CardState(
            CardType.REVIEW,
            T0.minus(Duration.ofDays(overdueDays)),
            Optional.empty(),
            interval,
            0,
            0,
            0,
            3,
            0,
            Optional.of(T0.minus(Duration.ofDays(overdueDays + interval))));
    Card updated = c.withState(s);
    store.updateCard(updated);
    return updated;
  }

  private StudySession start(StudyOptions options) {
    return StudySession.start(store, d -> scheduler, clock, options);
  }

  private StudySession start() {
    return start(StudyOptions.defaults());
  }

  private List<CardId> drainAnswering(StudySession s, Rating rating) {
    List<CardId> shown = new ArrayList<>();
    for (Optional<StudyCard> c = s.next(); c.isPresent(); c = s.next()) {
      shown.add(c.get().card().id());
      s.answer(new CardAnswer(c.get().card().id(), c.get().card().state(), rating, Duration.ZERO));
    }
    return shown;
  }

  @Test
  void dueCardsComeFirstLowestRetrievabilityFirstThenNewCards() {
    Card fresh = addCard(1);
    Card slightlyOverdue = review(addCard(2), 1, 10);
    Card veryOverdue = review(addCard(3), 5, 2);
    Card notDue = review(addCard(4), -3, 10);

    List<CardId> shown = drainAnswering(start(), Rating.GOOD);

    assertThat(shown).containsExactly(veryOverdue.id(), slightlyOverdue.id(), fresh.id());
    assertThat(shown).doesNotContain(notDue.id());
  }

  @Test
  void newCardsStopAtTheDailyLimitMinusThoseIntroducedToday() {
    store.updateDeck(new Deck(deck.id(), deck.name(), deck.scheduler(), 3));
    for (int i = 1; i <= 6; i++) {
      addCard(i);
    }
    StudySession first = start();
    StudyCard c = first.next().get();
    first.answer(new CardAnswer(c.card().id(), c.card().state(), Rating.GOOD, Duration.ZERO));

    List<CardId> later = drainAnswering(start(), Rating.GOOD);

    assertThat(later).hasSize(2);
  }

  @Test
  void theNewOptionReplacesTheDailyLimit() {
    for (int i = 1; i <= 30; i++) {
      addCard(i);
    }
    StudyOptions five = new StudyOptions(Optional.of(deck.id()), 100, OptionalInt.of(5));

    assertThat(drainAnswering(start(five), Rating.GOOD)).hasSize(5);
    assertThat(drainAnswering(start(), Rating.GOOD)).hasSize(15);
  }

  @Test
  void theLimitEndsTheSession() {
    for (int i = 1; i <= 10; i++) {
      review(addCard(i), 1, 1);
    }

    assertThat(
            drainAnswering(
                start(new StudyOptions(Optional.empty(), 4, OptionalInt.empty())), Rating.GOOD))
        .hasSize(4);
  }

  @Test
  void suspendedCardsAreNotShown() {
    Card c = review(addCard(1), 1, 1);
    store.updateCard(c.withSuspended(true));
    addCard(2);
    store.updateCard(store.card(new CardId(2)).get().withSuspended(true));

    assertThat(start().next()).isEmpty();
  }

  @Test
  void anAnswerSavesTheCardAndItsLogBeforeReturning() {
    Card c = review(addCard(7), 2, 3);
    StudySession s = start();
    StudyCard shown = s.next().get();
    clock.advance(Duration.ofSeconds(8));

    ReviewLog log =
        s.answer(new CardAnswer(c.id(), shown.card().state(), Rating.EASY, Duration.ofSeconds(8)));

    Card stored = store.card(c.id()).get();
    // the outcome shown with the card (computed at T0) is the one applied; the log has the answer
    // time
    assertThat(stored.state().due()).isEqualTo(T0.plus(Duration.ofDays(4)));
    assertThat(log.reviewedAt()).isEqualTo(T0.plus(Duration.ofSeconds(8)));
    assertThat(store.reviews(Optional.empty(), T0, T0.plus(Duration.ofDays(1))))
        .containsExactly(log);
    assertThat(log.before()).isEqualTo(c.state());
    assertThat(log.after()).isEqualTo(stored.state());
    assertThat(log.took()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void anAnswerToACardChangedMeanwhileIsRefusedAndSavesNothing() {
    Card c = review(addCard(7), 2, 3);
    StudySession s = start();
    StudyCard shown = s.next().get();
    StudySession other = start();
    StudyCard same = other.next().get();
    other.answer(new CardAnswer(c.id(), same.card().state(), Rating.AGAIN, Duration.ZERO));
    CardState afterOther = store.card(c.id()).get().state();

    StorageException e =
        assertThrows(
            StorageException.class,
            () ->
                s.answer(new CardAnswer(c.id(), shown.card().state(), Rating.GOOD, Duration.ZERO)));

    assertThat(e.getMessage()).isEqualTo("card " + c.id() + " was changed by another session");
    assertThat(store.card(c.id()).get().state()).isEqualTo(afterOther);
    assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(1))).hasSize(1);
  }

  @Test
  void undoRestoresTheCardRemovesItsLogAndShowsItAgain() {
    Card a = review(addCard(1), 3, 1);
    Card b = review(addCard(2), 1, 1);
    StudySession s = start();
    StudyCard first = s.next().get();
    s.answer(new CardAnswer(first.card().id(), first.card().state(), Rating.AGAIN, Duration.ZERO));

    Optional<ReviewLog> undone = s.undo();

    assertThat(undone.get().cardId()).isEqualTo(a.id());
    assertThat(store.card(a.id()).get().state()).isEqualTo(a.state());
    assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(1))).isEmpty();
    assertThat(s.summary().reviewed()).isZero();
    assertThat(s.summary().again()).isZero();
    assertThat(s.next().get().card().id()).isEqualTo(a.id());
    assertThat(s.undo()).isEmpty();
    assertThat(b.id()).isNotEqualTo(a.id());
  }

  @Test
  void undoOfANewCardPutsItBackAmongTheNewOnes() {
    Card c = addCard(1);
    StudySession s = start();
    StudyCard shown = s.next().get();
    s.answer(new CardAnswer(c.id(), shown.card().state(), Rating.GOOD, Duration.ZERO));

    s.undo();

    assertThat(s.next().get().card().state().type()).isEqualTo(CardType.NEW);
    assertThat(s.summary().introduced()).isZero();
  }

  @Test
  void fuzzIsSeededFromTheCardIdAndItsReviewCount() {
    Card c = review(addCard(1), 1, 1);
    StudySession s = start();
    scheduler.seeds.clear();

    StudyCard shown = s.next().get();
    s.answer(new CardAnswer(c.id(), shown.card().state(), Rating.GOOD, Duration.ZERO));

    assertThat(scheduler.seeds).containsExactly(c.id().value() + 3);
    assertThat(StudySession.seed(c)).isEqualTo(c.id().value() + 3);
  }

  @Test
  void learningCardsDueWithinTwentyMinutesFinishTheSession() {
    Card c = review(addCard(1), 1, 1);
    StudySession s = start();
    StudyCard shown = s.next().get();
    s.answer(new CardAnswer(c.id(), shown.card().state(), Rating.AGAIN, Duration.ZERO));

    Optional<StudyCard> again = s.next();

    assertThat(again.get().card().id()).isEqualTo(c.id());
    assertThat(again.get().card().state().type()).isEqualTo(CardType.LEARNING);
  }

  @Test
  void theSummaryCountsAnswersAndSaysWhenTheNextCardIsDue() {
    review(addCard(1), 1, 1);
    review(addCard(2), 1, 1);
    Card later = review(addCard(3), -2, 5);
    StudySession s = start();
    clock.advance(Duration.ofSeconds(30));
    drainAnswering(s, Rating.EASY);

    SessionSummary sum = s.summary();

    assertThat(sum.reviewed()).isEqualTo(2);
    assertThat(sum.again()).isZero();
    assertThat(sum.elapsed()).isEqualTo(Duration.ofSeconds(30));
    assertThat(sum.nextDue()).contains(later.state().due());
  }

  @Test
  void aDeckThatIsNotInTheBankIsRefused() {
    StorageException e =
        assertThrows(
            StorageException.class,
            () -> start(new StudyOptions(Optional.of(new DeckId(99)), 10, OptionalInt.empty())));

    assertThat(e.getMessage()).isEqualTo("deck 99 is not in the bank");
  }
}
