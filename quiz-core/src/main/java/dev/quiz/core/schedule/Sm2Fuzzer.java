package dev.quiz.core.schedule;

import java.util.Optional;

/** Applies Anki 2.1.16's fuzz with the draws of one answer, or nothing when fuzz is off. */
final class Sm2Fuzzer {
  private final Optional<Sm2Random> draws;

  Sm2Fuzzer(Optional<Sm2Random> draws) {
    this.draws = draws;
  }

  /** The fuzzed interval in days [_fuzzedIvl]; {@code ivl} itself with fuzz off. */
  int interval(int ivl) {
    if (!draws.isPresent()) {
      return ivl;
    }
    int[] range = range(ivl);
    return draws.get().randint(range[0], range[1]);
  }

  /** Extra seconds for a learning step of {@code secs} seconds; 0 with fuzz off. */
  int stepJitter(int secs) {
    if (!draws.isPresent()) {
      return 0;
    }
    return draws.get().randrange(0, Math.min(300, (int) (secs * 0.25)));
  }

  /** Anki's fuzz range {@code [lo, hi]} for an interval in days [_fuzzIvlRange]. */
  static int[] range(int ivl) {
    if (ivl < 2) {
      return new int[] {1, 1};
    }
    if (ivl == 2) {
      return new int[] {2, 3};
    }
    int f;
    if (ivl < 7) {
      f = (int) (ivl * 0.25);
    } else if (ivl < 30) {
      f = Math.max(2, (int) (ivl * 0.15));
    } else {
      f = Math.max(4, (int) (ivl * 0.05));
    }
    f = Math.max(f, 1);
    return new int[] {ivl - f, ivl + f};
  }
}
