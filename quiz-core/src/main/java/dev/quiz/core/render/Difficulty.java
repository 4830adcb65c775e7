package dev.quiz.core.render;

/**
 * How hard a question is expected to be, used to spread a test over easy and hard questions. From
 * the learners' failure rate when known, else from the generator's score.
 */
public enum Difficulty {
  EASY,
  MEDIUM,
  HARD;

  /** Failure rate below this is {@link #EASY}. */
  static final double EASY_FAILURE_BELOW = 0.2;

  /** Failure rate below this (and not easy) is {@link #MEDIUM}. */
  static final double MEDIUM_FAILURE_BELOW = 0.5;

  /** Generator score at or above this (and no failure rate) is {@link #EASY}. */
  static final double EASY_SCORE_FROM = 0.85;

  /** Generator score at or above this (and not easy) is {@link #MEDIUM}. */
  static final double MEDIUM_SCORE_FROM = 0.7;

  /**
   * The band of a question failed by {@code failureRate} of learners.
   *
   * @param failureRate share of failed reviews, in [0, 1]
   */
  static Difficulty ofFailureRate(double failureRate) {
    if (failureRate < EASY_FAILURE_BELOW) {
      return EASY;
    }
    return failureRate < MEDIUM_FAILURE_BELOW ? MEDIUM : HARD;
  }

  /**
   * The band of a question nobody has answered yet: a confident generator usually made a clear
   * question.
   *
   * @param score the generator's score, in [0, 1]
   */
  static Difficulty ofScore(double score) {
    if (score >= EASY_SCORE_FROM) {
      return EASY;
    }
    return score >= MEDIUM_SCORE_FROM ? MEDIUM : HARD;
  }
}
