package dev.quiz.core.schedule;

import java.util.SplittableRandom;

/** {@link Sm2Random} over a {@link SplittableRandom} with a fixed seed; one per answer. */
final class SeededSm2Random implements Sm2Random {
  private final SplittableRandom random;

  SeededSm2Random(long seed) {
    this.random = new SplittableRandom(seed);
  }

  @Override
  public int randint(int lo, int hi) {
    return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
  }

  @Override
  public int randrange(int start, int stop) {
    return stop <= start ? start : start + random.nextInt(stop - start);
  }
}
