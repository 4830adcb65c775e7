package dev.quiz.core.schedule;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import java.time.Instant;
import java.util.Objects;

/**
 * FSRS-6 as ts-fsrs 5.4.2 schedules it: {@code BasicScheduler} (learning steps and short-term
 * stability) when short-term is enabled, {@code LongTermScheduler} otherwise, with fuzz drawn from
 * Alea seeded by review time, review count and the old memory, exactly as the reference derives it.
 * Reads no clock and no random source; {@link ReviewContext#seed()} is not used. Immutable and
 * thread-safe.
 */
final class FsrsScheduler implements Scheduler {
  private static final long DAY_MS = 86_400_000L;

  private final FsrsParameters parameters;
  private final FsrsFormulas formulas;
  private final LearningSteps learning;
  private final LearningSteps relearning;

  FsrsScheduler(FsrsParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters == null");
    this.formulas = new FsrsFormulas(parameters);
    this.learning = LearningSteps.parse(parameters.learningSteps(), "learning step");
    this.relearning = LearningSteps.parse(parameters.relearningSteps(), "relearning step");
  }

  @Override
  public SchedulingStates next(CardState current, ReviewContext ctx) {
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(ctx, "ctx == null");
    Instant now = ctx.now();
    FsrsReview review = new FsrsReview(current, now, elapsedDays(current, now), fuzz(current, now));
    FsrsOutcome[] out;
    if (!parameters.enableShortTerm()) {
      out = longTerm(review);
    } else if (current.type() == CardType.REVIEW) {
      out = shortTermReview(review);
    } else {
      out = shortTermLearning(review);
    }
    return new SchedulingStates(
        current, out[0].build(), out[1].build(), out[2].build(), out[3].build());
  }

  /**
   * ts-fsrs {@code get_retrievability}: R after the whole 24-hour periods since the last review
   * (not calendar days, unlike scheduling), with stability rounded to 8 decimals; 0 for a new card
   * or a card without memory.
   *
   * @throws InvalidInputException when a card that is not new has no last review
   */
  @Override
  public double retrievability(CardState state, Instant now) {
    if (state.type() == CardType.NEW || !state.memory().isPresent()) {
      return 0;
    }
    if (!state.lastReview().isPresent()) {
      throw new InvalidInputException(
          "card in state " + state.type().label() + " has no last review");
    }
    long ms = now.toEpochMilli() - state.lastReview().get().toEpochMilli();
    long days = Math.max(Math.floorDiv(ms, DAY_MS), 0);
    double stability = JsNumbers.toFixed8(state.memory().get().stability());
    return formulas.forgettingCurve(days, stability);
  }

  /**
   * ts-fsrs {@code dateDiffInDays}: UTC calendar days from the last review to {@code now}.
   *
   * @throws InvalidInputException when {@code now} is on an earlier UTC day than the last review
   */
  static int elapsedDays(CardState card, Instant now) {
    if (card.type() == CardType.NEW || !card.lastReview().isPresent()) {
      return 0;
    }
    Instant last = card.lastReview().get();
    long days =
        Math.floorDiv(now.toEpochMilli(), DAY_MS) - Math.floorDiv(last.toEpochMilli(), DAY_MS);
    if (days < 0) {
      throw new InvalidInputException(
          "review at " + now + " is on an earlier UTC day than the last review at " + last);
    }
    return (int) days;
  }

  /** The Alea draw ts-fsrs's default seed strategy gives this review, or NaN without fuzz. */
  private double fuzz(CardState card, Instant now) {
    if (!parameters.enableFuzz()) {
      return Double.NaN;
    }
    double d = card.memory().isPresent() ? card.memory().get().difficulty() : 0;
    double s = card.memory().isPresent() ? card.memory().get().stability() : 0;
    String seed = now.toEpochMilli() + "_" + (card.reps() + 1) + "_" + JsNumbers.toJsString(d * s);
    return Alea.first(seed);
  }

  /** ts-fsrs {@code next_ds}: the memory after {@code rating}; r is NaN to let it compute R. */
  private FsrsOutcome outcome(FsrsReview review, int t, int rating, double r) {
    FsrsFormulas.Memory m = formulas.next(review.difficulty(), review.stability(), t, rating, r);
    return new FsrsOutcome(review, m);
  }

  /** BasicScheduler, New/Learning/Relearning: each rating through the learning-step table. */
  private FsrsOutcome[] shortTermLearning(FsrsReview review) {
    CardState card = review.before();
    boolean relearningCard = card.type() == CardType.RELEARNING;
    LearningSteps steps = relearningCard ? relearning : learning;
    CardType stepType = card.type() == CardType.NEW ? CardType.LEARNING : card.type();
    FsrsOutcome[] out = new FsrsOutcome[4];
    for (int g = 1; g <= 4; g++) {
      LearningSteps.Step step = steps.stepFor(false, card.step(), g);
      out[g - 1] =
          outcome(review, review.elapsedDays(), g, Double.NaN).applyStep(step, stepType, formulas);
    }
    return out;
  }

  /** BasicScheduler, Review: Hard < Good < Easy in days; Again relearns (one more lapse). */
  private FsrsOutcome[] shortTermReview(FsrsReview review) {
    int t = review.elapsedDays();
    double r = formulas.forgettingCurve(t, review.stability());
    FsrsOutcome again = outcome(review, t, 1, r);
    FsrsOutcome hard = outcome(review, t, 2, r);
    FsrsOutcome good = outcome(review, t, 3, r);
    FsrsOutcome easy = outcome(review, t, 4, r);
    int h = interval(review, hard);
    int g = interval(review, good);
    h = Math.min(h, g);
    g = Math.max(g, h + 1);
    int e = Math.max(interval(review, easy), g + 1);
    hard.inDays(h);
    good.inDays(g);
    easy.inDays(e);
    LearningSteps.Step step = relearning.stepFor(true, review.before().step(), 1);
    again.applyStep(step, CardType.RELEARNING, formulas).lapsed();
    return new FsrsOutcome[] {again, hard, good, easy};
  }

  /** LongTermScheduler: whole days for every rating, strictly increasing from Again to Easy. */
  private FsrsOutcome[] longTerm(FsrsReview review) {
    boolean isNew = review.before().type() == CardType.NEW;
    int t = isNew ? 0 : review.elapsedDays();
    double r = isNew ? Double.NaN : formulas.forgettingCurve(t, review.stability());
    FsrsOutcome[] out = new FsrsOutcome[4];
    int[] days = new int[4];
    for (int g = 1; g <= 4; g++) {
      out[g - 1] = outcome(review, t, g, r);
      days[g - 1] = formulas.interval(out[g - 1].stability(), t, review.fuzz());
    }
    days[0] = Math.min(days[0], days[1]);
    days[1] = Math.max(days[1], days[0] + 1);
    days[2] = Math.max(days[2], days[1] + 1);
    days[3] = Math.max(days[3], days[2] + 1);
    for (int g = 0; g < 4; g++) {
      out[g].inDays(days[g]);
    }
    if (!isNew) {
      out[0].lapsed();
    }
    return out;
  }

  private int interval(FsrsReview review, FsrsOutcome o) {
    return formulas.interval(o.stability(), review.elapsedDays(), review.fuzz());
  }
}
