package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of {@link Sm2} over random options, cards and histories, with seeded fuzz on. */
class Sm2PropertiesTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * Options from the deck-options ranges, with steps under a day: a one-day relearning step
   * answered exactly at the rollover is due two days later (Anki's cutoff quirk), later than Hard
   * may be.
   */
  @Provide
  Arbitrary<Sm2Settings> settings() {
    Arbitrary<List<Integer>> steps =
        Arbitraries.integers().between(1, 1439).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Sm2Settings.Builder> a =
        Combinators.combine(
                steps,
                steps,
                Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 15),
                Arbitraries.integers().between(1300, 3500),
                Arbitraries.doubles().between(1.0, 2.0),
                Arbitraries.doubles().between(0.0, 2.0),
                Arbitraries.integers().between(1, 36500))
            .as(
                (l, r, g, e, f, bonus, mod, max) ->
                    Sm2Settings.builder()
                        .learningStepsMinutes(l)
                        .relearningStepsMinutes(r)
                        .graduatingIntervalDays(g)
                        .easyIntervalDays(e)
                        .startingEasePermille(f)
                        .easyBonus(bonus)
                        .intervalModifier(mod)
                        .maximumIntervalDays(max));
    return Combinators.combine(
            a,
            Arbitraries.doubles().between(0.05, 1.5),
            Arbitraries.doubles().between(0.0, 1.0),
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(0, 8),
            Arbitraries.of(Sm2LeechAction.class),
            Arbitraries.of(0, 2, 4, 5, 12, 23))
        .as(
            (b, hard, mult, minInt, leech, action, roll) ->
                b.hardIntervalFactor(hard)
                    .newIntervalFactor(mult)
                    .minimumIntervalDays(minInt)
                    .leechThreshold(leech)
                    .leechAction(action)
                    .rolloverHour(roll)
                    .build());
  }

  private static CardState reviewCard(int ivl, int ease, Instant due) {
    return new CardState(
        CardType.REVIEW,
        due,
        Optional.empty(),
        ivl,
        0,
        0,
        ease,
        5,
        0,
        Optional.of(due.minusSeconds(ivl * 86_400L)));
  }

  private static Instant rollover(Sm2Settings s, long day) {
    return T0.plusSeconds(s.rolloverHour() * 3600L + day * 86_400L);
  }

  /** Relearning steps are never empty here: without them Again may exceed Hard (README). */
  @Property
  void reviewOutcomesAreOrderedAgainHardGoodEasy(
      @ForAll("settings") Sm2Settings settings,
      @ForAll @IntRange(min = 1, max = 5000) int ivl,
      @ForAll @IntRange(min = 1300, max = 4000) int ease,
      @ForAll @IntRange(min = 0, max = 400) int daysLate,
      @ForAll @LongRange(min = 0, max = 86_399) long secondsIntoDay,
      @ForAll long seed) {
    Sm2 sm2 = Sm2.scheduler(settings);
    CardState card = reviewCard(ivl, ease, rollover(settings, 100));
    Instant now = rollover(settings, 100 + daysLate).plusSeconds(secondsIntoDay);

    SchedulingStates states = sm2.next(card, new ReviewContext(now, seed));
    Sm2Intervals buttons = sm2.buttonIntervals(card, new ReviewContext(now, seed));

    // A leech suspension keeps the uncapped lapse interval instead of a relearning step (as in
    // Anki)
    if (!sm2.answer(card, Rating.AGAIN, new ReviewContext(now, seed)).suspended()) {
      assertThat(states.again().due()).isBeforeOrEqualTo(states.hard().due());
    }
    assertThat(states.hard().scheduledDays()).isLessThanOrEqualTo(states.good().scheduledDays());
    assertThat(states.good().scheduledDays()).isLessThanOrEqualTo(states.easy().scheduledDays());
    assertThat(buttons.againSeconds()).isLessThanOrEqualTo(buttons.hardSeconds());
    assertThat(buttons.hardSeconds()).isLessThanOrEqualTo(buttons.goodSeconds());
    assertThat(buttons.goodSeconds()).isLessThanOrEqualTo(buttons.easySeconds());
  }

  @Property
  void reviewIntervalsNeverExceedTheMaximumInterval(
      @ForAll("settings") Sm2Settings settings,
      @ForAll @IntRange(min = 1, max = 99_999) int ivl,
      @ForAll @IntRange(min = 1300, max = 9000) int ease,
      @ForAll @IntRange(min = 0, max = 5000) int daysLate,
      @ForAll long seed) {
    Sm2 sm2 = Sm2.scheduler(settings);
    CardState card = reviewCard(ivl, ease, rollover(settings, 10));
    Instant now = rollover(settings, 10 + daysLate).plusSeconds(3600);

    SchedulingStates states = sm2.next(card, new ReviewContext(now, seed));

    for (CardState s : List.of(states.hard(), states.good(), states.easy())) {
      assertThat(s.scheduledDays()).isBetween(1, settings.maximumIntervalDays());
    }
  }

  @Property
  void anyHistoryKeepsEaseAtLeast1300AfterGraduationAndNeverSchedulesIntoThePast(
      @ForAll("settings") Sm2Settings settings,
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 4) Integer> ratings,
      @ForAll @Size(value = 40) List<@LongRange(min = 0, max = 40 * 86_400L) Long> waits,
      @ForAll long seed) {
    Sm2 sm2 = Sm2.scheduler(settings);
    CardState card = CardState.newCard(T0);
    Instant now = T0;
    for (int i = 0; i < ratings.size(); i++) {
      now = now.plusSeconds(waits.get(i));
      Sm2Answer a =
          sm2.answer(card, Rating.fromCode(ratings.get(i)), new ReviewContext(now, seed + i));
      card = a.state();
      assertThat(card.due()).isAfter(now);
      if (card.type() == CardType.REVIEW || card.type() == CardType.RELEARNING) {
        assertThat(card.easePermille()).isGreaterThanOrEqualTo(Sm2Settings.MIN_EASE_PERMILLE);
      }
      assertThat(card.reps()).isEqualTo(i + 1);
      if (a.suspended()) {
        return;
      }
    }
  }
}
