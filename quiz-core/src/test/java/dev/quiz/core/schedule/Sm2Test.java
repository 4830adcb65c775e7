package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour of {@link Sm2} on hand-picked cards, pinned to Anki 2.1.16's numbers (fuzz off). */
class Sm2Test {
  private static final Sm2 ANKI = Sm2.scheduler(Sm2Settings.defaults(), Sm2Fuzz.off());

  private static ReviewContext at(String iso) {
    return new ReviewContext(Instant.parse(iso), 0);
  }

  private static Sm2Answer answer(Sm2 sm2, CardState s, Rating r, String iso) {
    return sm2.answer(s, r, at(iso));
  }

  @Test
  void theReadmeSampleCardFollowsAnkisScheduleAnswerByAnswer() {
    CardState s = CardState.newCard(Instant.parse("2026-10-21T19:46:22Z"));
    s = answer(ANKI, s, Rating.GOOD, "2026-10-21T20:13:08Z").state();
    assertThat(s.due()).isEqualTo(Instant.parse("2026-10-21T20:23:08Z"));
    assertThat(s.step()).isEqualTo(1001);
    s = answer(ANKI, s, Rating.GOOD, "2026-10-21T20:24:12Z").state();
    assertThat(s.type()).isEqualTo(CardType.REVIEW);
    assertThat(s.due()).isEqualTo(Instant.parse("2026-10-22T04:00:00Z"));
    assertThat(s.easePermille()).isEqualTo(2500);
    s = answer(ANKI, s, Rating.EASY, "2026-10-22T17:43:11Z").state();
    assertThat(s.scheduledDays()).isEqualTo(4);
    assertThat(s.easePermille()).isEqualTo(2650);
    s = answer(ANKI, s, Rating.GOOD, "2026-10-26T14:55:40Z").state();
    assertThat(s.scheduledDays()).isEqualTo(10);
    assertThat(s.due()).isEqualTo(Instant.parse("2026-11-05T04:00:00Z"));

    Sm2Intervals late = ANKI.buttonIntervals(s, at("2026-11-20T16:13:38Z"));
    assertThat(late).isEqualTo(new Sm2Intervals(600, 12 * 86400, 45 * 86400, 86 * 86400));

    Sm2Answer lapse = answer(ANKI, s, Rating.AGAIN, "2026-11-20T16:13:38Z");
    assertThat(lapse.state().type()).isEqualTo(CardType.RELEARNING);
    assertThat(lapse.state().scheduledDays()).isEqualTo(1);
    assertThat(lapse.state().easePermille()).isEqualTo(2450);
    assertThat(lapse.log()).isEqualTo(new Sm2Log(1, -600, 10, 2450));
  }

  @Test
  void hardOnALearningCardLogsTheCurrentStepNotTheHardDelay() {
    CardState fresh = CardState.newCard(Instant.parse("2026-03-01T10:00:00Z"));

    Sm2Answer hard = answer(ANKI, fresh, Rating.HARD, "2026-03-01T10:00:00Z");

    assertThat(hard.state().due()).isEqualTo(Instant.parse("2026-03-01T10:05:30Z"));
    assertThat(hard.log()).isEqualTo(new Sm2Log(0, -60, -60, 0));
    assertThat(ANKI.ankiQueue(hard.state())).isEqualTo(1);
  }

  @Test
  void aStepThatCrossesTheRolloverBecomesADayLearningCardDueAtTheRollover() {
    CardState fresh = CardState.newCard(Instant.parse("2026-03-02T03:40:00Z"));

    CardState s = answer(ANKI, fresh, Rating.GOOD, "2026-03-02T03:55:00Z").state();

    assertThat(s.due()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
    assertThat(ANKI.ankiQueue(s)).isEqualTo(3);
    assertThat(ANKI.isDue(s, Instant.parse("2026-03-02T03:59:59Z"))).isFalse();
    assertThat(ANKI.isDue(s, Instant.parse("2026-03-02T04:00:00Z"))).isTrue();
  }

  private static CardState review(int ivl, int lapses, String due) {
    return new CardState(
        CardType.REVIEW,
        Instant.parse(due),
        Optional.empty(),
        ivl,
        0,
        1001,
        2500,
        10,
        lapses,
        Optional.of(Instant.parse(due).minusSeconds(ivl * 86400L)));
  }

  @Test
  void theEighthLapseMakesALeechThatIsSuspendedAsAReviewCard() {
    CardState s = review(20, 7, "2026-05-10T04:00:00Z");

    Sm2Answer again = answer(ANKI, s, Rating.AGAIN, "2026-05-10T12:00:00Z");

    assertThat(again.leech()).contains(Sm2LeechAction.SUSPEND);
    assertThat(again.suspended()).isTrue();
    assertThat(again.state().type()).isEqualTo(CardType.REVIEW);
    assertThat(again.state().due()).isEqualTo(Instant.parse("2026-05-11T04:00:00Z"));
    assertThat(again.log()).isEqualTo(new Sm2Log(1, 1, 20, 2300));
  }

  @Test
  void aTagOnlyLeechKeepsRelearningAndFiresAgainEveryHalfThreshold() {
    Sm2 tagOnly =
        Sm2.scheduler(
            Sm2Settings.builder().leechThreshold(4).leechAction(Sm2LeechAction.TAG_ONLY).build(),
            Sm2Fuzz.off());
    Set<Integer> fired = new HashSet<>();
    for (int lapses = 0; lapses < 10; lapses++) {
      Sm2Answer a =
          answer(
              tagOnly,
              review(5, lapses, "2026-05-10T04:00:00Z"),
              Rating.AGAIN,
              "2026-05-10T12:00:00Z");
      assertThat(a.suspended()).isFalse();
      assertThat(a.state().type()).isEqualTo(CardType.RELEARNING);
      if (a.leech().isPresent()) {
        fired.add(lapses + 1);
      }
    }
    assertThat(fired).containsExactlyInAnyOrder(4, 6, 8, 10);
  }

  @Test
  void nextGivesTheStateOfAnsweringWithEachRating() {
    CardState s = review(10, 0, "2026-05-10T04:00:00Z");
    ReviewContext ctx = at("2026-05-12T09:00:00Z");

    SchedulingStates states = ANKI.next(s, ctx);

    assertThat(states.current()).isEqualTo(s);
    for (Rating r : Rating.values()) {
      assertThat(states.of(r)).isEqualTo(ANKI.answer(s, r, ctx).state());
    }
    assertThat(states.good().scheduledDays()).isEqualTo(27);
  }

  @Test
  void aReviewTimeBeforeTheLastReviewIsRejectedWithBothTimes() {
    CardState s = review(10, 0, "2026-05-10T04:00:00Z");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ANKI.next(s, at("2026-04-30T03:59:59Z")));

    assertThat(e)
        .hasMessage(
            "review time 2026-04-30T03:59:59Z is before the card's last review"
                + " 2026-04-30T04:00:00Z");
  }

  @Test
  void aRatingCodeOutsideOneToFourIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Rating.fromCode(5));

    assertThat(e).hasMessage("rating must be 1 (Again) to 4 (Easy): 5");
  }

  @Test
  void seededFuzzIsReproducibleAndStaysInsideAnkisRange() {
    Sm2 fuzzed = Sm2.scheduler(Sm2Settings.defaults());
    CardState s = review(100, 0, "2026-05-10T04:00:00Z");
    Set<Integer> goods = new HashSet<>();
    for (long seed = 0; seed < 300; seed++) {
      ReviewContext ctx = new ReviewContext(Instant.parse("2026-05-10T09:00:00Z"), seed);
      SchedulingStates states = fuzzed.next(s, ctx);
      assertThat(fuzzed.next(s, ctx)).isEqualTo(states);
      assertThat(states.hard().scheduledDays()).isBetween(114, 126);
      assertThat(states.good().scheduledDays()).isBetween(238, 262);
      assertThat(states.easy().scheduledDays()).isBetween(309, 341);
      goods.add(states.good().scheduledDays());
    }
    assertThat(goods).hasSize(25);
  }

  @Test
  void retrievabilityIsNinetyPercentWhenTheCardFallsDue() {
    CardState s = review(10, 0, "2026-05-10T04:00:00Z");

    assertThat(ANKI.retrievability(s, Instant.parse("2026-05-10T04:00:00Z")))
        .isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(ANKI.retrievability(CardState.newCard(Instant.EPOCH), Instant.EPOCH)).isZero();
  }
}
