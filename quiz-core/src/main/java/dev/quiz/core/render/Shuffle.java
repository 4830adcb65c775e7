package dev.quiz.core.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded Fisher-Yates shuffles. Stateless. */
final class Shuffle {
  private Shuffle() {}

  /** A shuffled copy of {@code items}. */
  static <T> List<T> of(List<T> items, SplittableRandom rng) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, rng.nextInt(i + 1));
    }
    return out;
  }

  /**
   * A shuffled copy of {@code items} that differs from {@code avoid} whenever it can: when the
   * shuffle happens to give {@code avoid}'s order, it is rotated by one.
   */
  static <T> List<T> differently(List<T> items, List<T> avoid, SplittableRandom rng) {
    List<T> out = of(items, rng);
    if (out.size() > 1 && out.equals(avoid)) {
      Collections.rotate(out, 1);
    }
    return out;
  }
}
