package dev.quiz.bank.extract;

import dev.quiz.bank.text.Sentence;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A value of each unit of one document, computed on first use and shared by the extractors that
 * need it. A unit that is not one of the units gets a fresh value each time. Thread-safe when the
 * function is: a unit raced for is computed twice, to equal values.
 *
 * @param <T> the value
 */
final class UnitMemo<T> {
  private final List<Sentence> units;
  private final Function<Sentence, T> compute;
  private final AtomicReferenceArray<T> values;

  /** An empty memo of {@code compute} for {@code units}. */
  UnitMemo(List<Sentence> units, Function<Sentence, T> compute) {
    this.units = units;
    this.compute = compute;
    this.values = new AtomicReferenceArray<>(units.size());
  }

  /** The value of {@code unit}. */
  T of(Sentence unit) {
    int i = unit.index();
    if (i < 0 || i >= units.size() || units.get(i) != unit) {
      return compute.apply(unit);
    }
    T v = values.get(i);
    if (v == null) {
      v = compute.apply(unit);
      values.set(i, v);
    }
    return v;
  }
}
