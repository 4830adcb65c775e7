package dev.quiz.core.study;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.schedule.SchedulingStates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trivial scheduler: Again → learning, due in 1 minute; Hard 1 day, Good 2 days, Easy 4 days.
 * Retrievability falls with days overdue relative to the interval. Remembers the seeds it saw.
 */
final class FakeScheduler implements Scheduler {
  final List<Long> seeds = new ArrayList<>();

  @Override
  public SchedulingStates next(CardState s, ReviewContext ctx) {
    seeds.add(ctx.seed());
    Instant now = ctx.now();
    CardState again =
        state(
            CardType.LEARNING,
            now.plus(Duration.ofMinutes(1)),
            0,
            s,
            s.type() == CardType.REVIEW ? 1 : 0,
            now);
    return new SchedulingStates(s, again, review(s, now, 1), review(s, now, 2), review(s, now, 4));
  }

  private static CardState review(CardState s, Instant now, int days) {
    return state(CardType.REVIEW, now.plus(Duration.ofDays(days)), days, s, 0, now);
  }

  private static CardState state(
      CardType t, Instant due, int days, CardState s, int lapse, Instant now) {
    return new CardState(
        t,
        due,
        Optional.empty(),
        days,
        0,
        0,
        0,
        s.reps() + 1,
        s.lapses() + lapse,
        Optional.of(now));
  }

  @Override
  public double retrievability(CardState state, Instant now) {
    if (state.type() == CardType.NEW) {
      return 0;
    }
    double overdue = Duration.between(state.due(), now).toHours() / 24.0;
    return 1 / (1 + Math.max(0, overdue) / Math.max(1, state.scheduledDays()));
  }
}
