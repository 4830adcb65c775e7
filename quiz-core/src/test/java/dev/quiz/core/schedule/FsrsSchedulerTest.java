package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Behaviour of the FSRS scheduler on hand-checked cases (the fsrs-ref README's sample, case 1). */
class FsrsSchedulerTest {
  private static final Scheduler FSRS = Schedulers.fsrs(FsrsParameters.defaults());

  private static CardState answer(CardState card, String at, Rating rating) {
    return FSRS.next(card, new ReviewContext(Instant.parse(at), 0)).of(rating);
  }

  @Test
  void aNewCardAnsweredGoodEntersLearningForTenMinutes() {
    CardState card =
        answer(
            CardState.newCard(Instant.parse("2026-01-10T16:00:00Z")),
            "2026-01-10T16:07:08Z",
            Rating.GOOD);

    assertThat(card.type()).isEqualTo(CardType.LEARNING);
    assertThat(card.memory().get().stability()).isEqualTo(2.3065);
    assertThat(card.memory().get().difficulty()).isEqualTo(2.11810397);
    assertThat(card.step()).isEqualTo(1);
    assertThat(card.scheduledDays()).isZero();
    assertThat(card.due()).isEqualTo(Instant.parse("2026-01-10T16:17:08Z"));
    assertThat(card.reps()).isEqualTo(1);
    assertThat(card.lastReview()).contains(Instant.parse("2026-01-10T16:07:08Z"));
  }

  @Test
  void graduatingThenForgettingFollowsTheReference() {
    CardState card =
        answer(
            CardState.newCard(Instant.parse("2026-01-10T16:00:00Z")),
            "2026-01-10T16:07:08Z",
            Rating.GOOD);
    card = answer(card, "2026-01-10T16:19:17Z", Rating.GOOD);
    assertThat(card.type()).isEqualTo(CardType.REVIEW);
    assertThat(card.scheduledDays()).isEqualTo(2);
    assertThat(card.memory().get().difficulty()).isEqualTo(2.11121424);
    assertThat(card.due()).isEqualTo(Instant.parse("2026-01-12T16:19:17Z"));

    Instant at = Instant.parse("2026-01-12T13:22:14Z");
    assertThat(FSRS.retrievability(card, at)).isEqualTo(0.9468475, within(1e-8));
    card = answer(card, "2026-01-12T13:22:14Z", Rating.AGAIN);
    assertThat(card.type()).isEqualTo(CardType.RELEARNING);
    assertThat(card.memory().get().stability()).isEqualTo(0.60770166);
    assertThat(card.memory().get().difficulty()).isEqualTo(7.39223814);
    assertThat(card.due()).isEqualTo(Instant.parse("2026-01-12T13:32:14Z"));
    assertThat(card.lapses()).isEqualTo(1);
    assertThat(card.elapsedDays()).isEqualTo(2);
  }

  @Test
  void aReviewOnAnEarlierUtcDayIsRejected() {
    CardState card =
        answer(
            CardState.newCard(Instant.parse("2026-01-10T16:00:00Z")),
            "2026-01-10T16:07:08Z",
            Rating.GOOD);
    ReviewContext earlier = new ReviewContext(Instant.parse("2026-01-09T23:59:59Z"), 0);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> FSRS.next(card, earlier));

    assertThat(e.getMessage())
        .isEqualTo(
            "review at 2026-01-09T23:59:59Z is on an earlier UTC day than the last review"
                + " at 2026-01-10T16:07:08Z");
  }

  @Test
  void anEarlierTimeOnTheSameUtcDayCountsAsZeroDays() {
    CardState card =
        answer(
            CardState.newCard(Instant.parse("2026-01-10T16:00:00Z")),
            "2026-01-10T16:07:08Z",
            Rating.GOOD);

    CardState next = answer(card, "2026-01-10T00:00:01Z", Rating.GOOD);

    assertThat(next.elapsedDays()).isZero();
    assertThat(next.due()).isAfter(Instant.parse("2026-01-10T00:00:01Z"));
  }

  @Test
  void aNewCardHasNoRetrievability() {
    assertThat(FSRS.retrievability(CardState.newCard(Instant.EPOCH), Instant.EPOCH)).isZero();
  }

  @Test
  void fuzzIsDeterministicAndStaysNearTheInterval() {
    Scheduler fuzzed = Schedulers.fsrs(FsrsParameters.defaults().withFuzz(true));
    CardState card = CardState.newCard(Instant.parse("2026-01-10T16:00:00Z"));
    ReviewContext ctx = new ReviewContext(Instant.parse("2026-01-10T16:07:08Z"), 0);

    SchedulingStates a = fuzzed.next(card, ctx);
    SchedulingStates b = fuzzed.next(card, new ReviewContext(ctx.now(), 99));

    assertThat(a).isEqualTo(b);
    assertThat(a.easy().scheduledDays()).isBetween(6, 10);
  }
}
