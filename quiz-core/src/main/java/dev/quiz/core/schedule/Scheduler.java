package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import java.time.Instant;

/**
 * A pure spaced-repetition scheduler: from a card's state and the review context it computes all
 * four possible next states. Implementations are immutable and thread-safe; they read no clock and
 * draw no random numbers of their own (fuzz comes from {@link ReviewContext}).
 */
public interface Scheduler {

  /**
   * The four outcomes of answering a card in {@code current} state at {@code ctx.now()}.
   *
   * @throws dev.quiz.core.InvalidInputException when {@code ctx.now()} is before the card's last
   *     review (on an earlier day than the scheduler allows)
   */
  SchedulingStates next(CardState current, ReviewContext ctx);

  /**
   * The probability, in [0, 1], that the learner recalls the card at {@code now}; 0 for a new card.
   */
  double retrievability(CardState state, Instant now);
}
