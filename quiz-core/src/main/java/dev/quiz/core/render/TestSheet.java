package dev.quiz.core.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A planned test, ready to render: its title and one or more versions. Made by {@link TestPlanner};
 * rendered by a {@link TestSheetRenderer}. Immutable, thread-safe.
 *
 * @param title shown at the top of every sheet and of the answer key
 * @param versions at least one; all have the same questions (in other orders) unless {@code
 *     distinct}
 * @param distinct {@code true} when every version has its own questions
 */
public record TestSheet(String title, List<SheetVersion> versions, boolean distinct) {

  /**
   * @throws IllegalArgumentException when the title is blank or there is no version
   */
  public TestSheet {
    Objects.requireNonNull(title, "title == null");
    versions = Collections.unmodifiableList(new ArrayList<>(versions));
    if (title.trim().isEmpty()) {
      throw new IllegalArgumentException("test title is blank");
    }
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a test needs at least one version");
    }
  }

  /** The first version, whose order the answer key's mapping follows. */
  public SheetVersion first() {
    return versions.get(0);
  }

  /** Every item of every version, version by version. */
  public List<SheetItem> allItems() {
    List<SheetItem> all = new ArrayList<>();
    for (SheetVersion v : versions) {
      all.addAll(v.items());
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The distinct questions of the test, each once, as items of the first version they appear in:
   * for same-question versions that is version A's order; for distinct versions, A's, then B's, ...
   */
  public List<SheetItem> uniqueItems() {
    List<SheetItem> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (SheetItem item : allItems()) {
      if (seen.add(item.question().key())) {
        out.add(item);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
