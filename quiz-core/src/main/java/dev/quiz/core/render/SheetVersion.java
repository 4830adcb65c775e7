package dev.quiz.core.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a test: its label and its numbered questions. Immutable, thread-safe.
 *
 * @param label {@code "A"}, {@code "B"}, ...
 * @param items the questions in sheet order, numbered 1..n
 */
public record SheetVersion(String label, List<SheetItem> items) {

  /**
   * @throws IllegalArgumentException when the items are not numbered 1..n in order
   */
  public SheetVersion {
    Objects.requireNonNull(label, "label == null");
    items = Collections.unmodifiableList(new ArrayList<>(items));
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "version "
                + label
                + " item "
                + i
                + " must be numbered "
                + (i + 1)
                + ": "
                + items.get(i).number());
      }
    }
  }

  /** The number of the question with key {@code questionKey} in this version, if it is in it. */
  public Optional<Integer> numberOf(String questionKey) {
    for (SheetItem item : items) {
      if (item.question().key().equals(questionKey)) {
        return Optional.of(item.number());
      }
    }
    return Optional.empty();
  }
}
