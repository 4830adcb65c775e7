package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Invariants of every state reachable by random review histories under random settings.
 *
 * <p>Interval order: for a Review card (short-term on), Hard &lt; Good &lt; Easy in scheduled days,
 * and Again is due no later than Hard (its relearning steps are under a day here); with short-term
 * off, every card has Again &lt; Hard &lt; Good &lt; Easy in scheduled days. Learning cards are not
 * ordered: their steps are whatever the user configured.
 *
 * <p>Maximum interval: the FSRS interval is capped at it, but ts-fsrs then enforces the strict
 * order above, so Hard, Good and Easy can end 1, 2 or 3 days past the cap (e.g. 40, 41, 42 with a
 * cap of 40). The scheduler must reproduce that, so the bound asserted is cap + (rating - 1).
 */
class FsrsPropertiesTest {
  private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

  @Property(tries = 300)
  void everyReachableStateKeepsTheInvariants(
      @ForAll("settings") FsrsParameters params, @ForAll("histories") List<int[]> history) {
    Scheduler scheduler = Schedulers.fsrs(params);
    CardState card = CardState.newCard(START);
    Instant now = START;
    for (int[] review : history) {
      now = now.plusSeconds(60L * review[0]);
      SchedulingStates states = scheduler.next(card, new ReviewContext(now, 0));
      for (Rating r : Rating.values()) {
        checkOutcome(states.of(r), now, params.maximumInterval() + r.code() - 1);
      }
      checkOrder(card, states, params);
      card = states.of(Rating.fromCode(review[1]));
    }
  }

  private static void checkOutcome(CardState s, Instant now, int maxDays) {
    assertThat(s.memory()).isPresent();
    assertThat(s.memory().get().stability()).isPositive();
    assertThat(s.memory().get().difficulty()).isBetween(1.0, 10.0);
    assertThat(s.due()).isAfter(now);
    assertThat(s.scheduledDays()).isBetween(0, maxDays);
    assertThat(s.lastReview()).contains(now);
  }

  private static void checkOrder(CardState before, SchedulingStates s, FsrsParameters params) {
    if (!params.enableShortTerm()) {
      assertThat(s.again().scheduledDays()).isLessThan(s.hard().scheduledDays());
      assertThat(s.hard().scheduledDays()).isLessThan(s.good().scheduledDays());
      assertThat(s.good().scheduledDays()).isLessThan(s.easy().scheduledDays());
    } else if (before.type() == CardType.REVIEW) {
      assertThat(s.again().due()).isBeforeOrEqualTo(s.hard().due());
      assertThat(s.hard().scheduledDays()).isLessThan(s.good().scheduledDays());
      assertThat(s.good().scheduledDays()).isLessThan(s.easy().scheduledDays());
    }
  }

  @Provide
  Arbitrary<FsrsParameters> settings() {
    Arbitrary<List<Double>> weights =
        Arbitraries.doubles().between(0.5, 1.5).list().ofSize(21).map(FsrsPropertiesTest::scale);
    return Combinators.combine(
            weights,
            Arbitraries.doubles().between(0.7, 0.97),
            Arbitraries.of(40, 365, 36500),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(List.<String>of(), List.of("10m"), List.of("5m", "30m", "2h")))
        .as(
            (w, retention, maxIvl, shortTerm, fuzz, relearning) ->
                FsrsParameters.defaults()
                    .withWeights(w)
                    .withDesiredRetention(retention)
                    .withMaximumInterval(maxIvl)
                    .withShortTerm(shortTerm)
                    .withFuzz(fuzz)
                    .withRelearningSteps(relearning));
  }

  /** Gaps in minutes (same minute to a year and a half) and ratings 1..4. */
  @Provide
  Arbitrary<List<int[]>> histories() {
    Arbitrary<Integer> gap =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 30)),
            Tuple.of(2, Arbitraries.integers().between(30, 24 * 60)),
            Tuple.of(4, Arbitraries.integers().between(24 * 60, 60 * 24 * 60)),
            Tuple.of(1, Arbitraries.integers().between(0, 60 * 24 * 550)));
    Arbitrary<int[]> review =
        Combinators.combine(gap, Arbitraries.integers().between(1, 4))
            .as((g, r) -> new int[] {g, r});
    return review.list().ofMinSize(1).ofMaxSize(30);
  }

  private static List<Double> scale(List<Double> factors) {
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      w.add(FsrsParameters.DEFAULT_WEIGHTS.get(i) * factors.get(i));
    }
    return w;
  }
}
