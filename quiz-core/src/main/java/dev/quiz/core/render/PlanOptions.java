package dev.quiz.core.render;

import dev.quiz.core.model.QuestionType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What test to plan. Start from {@link #of(String, int, long)} and change with the {@code withX}
 * methods. Immutable, thread-safe.
 *
 * @param title the test's title, not blank
 * @param count questions per version, >= 1
 * @param seed the same seed with the same questions gives the same test
 * @param versions how many versions (A, B, ...), 1..26
 * @param distinct {@code true}: every version gets its own questions; {@code false} (default): the
 *     same questions in other orders, with shuffled choices
 * @param types the question forms allowed; empty means all
 * @param minScore questions scoring below this are never used, in [0, 1]
 */
public record PlanOptions(
    String title,
    int count,
    long seed,
    int versions,
    boolean distinct,
    Set<QuestionType> types,
    double minScore) {

  /** The default quality threshold: a question the generator is less sure of stays out of tests. */
  public static final double DEFAULT_MIN_SCORE = 0.5;

  /** The most versions: one per letter. */
  public static final int MAX_VERSIONS = 26;

  /**
   * @throws IllegalArgumentException when a value is out of its range
   */
  public PlanOptions {
    Objects.requireNonNull(title, "title == null");
    types =
        types.isEmpty()
            ? Collections.<QuestionType>emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(types));
    if (title.trim().isEmpty()) {
      throw new IllegalArgumentException("test title is blank");
    }
    if (count < 1) {
      throw new IllegalArgumentException("question count must be >= 1: " + count);
    }
    if (versions < 1 || versions > MAX_VERSIONS) {
      throw new IllegalArgumentException("versions must be 1.." + MAX_VERSIONS + ": " + versions);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minimum score must be in [0, 1]: " + minScore);
    }
  }

  /** One version of {@code count} questions of any form, with the default quality threshold. */
  public static PlanOptions of(String title, int count, long seed) {
    return new PlanOptions(
        title, count, seed, 1, false, Collections.<QuestionType>emptySet(), DEFAULT_MIN_SCORE);
  }

  /** A copy with {@code n} versions; see {@link #distinct()}. */
  public PlanOptions withVersions(int n, boolean distinctSets) {
    return new PlanOptions(title, count, seed, n, distinctSets, types, minScore);
  }

  /** A copy allowing only {@code allowed} forms (empty: all). */
  public PlanOptions withTypes(Set<QuestionType> allowed) {
    return new PlanOptions(title, count, seed, versions, distinct, allowed, minScore);
  }

  /** A copy with quality threshold {@code threshold}, in [0, 1]. */
  public PlanOptions withMinScore(double threshold) {
    return new PlanOptions(title, count, seed, versions, distinct, types, threshold);
  }

  /** {@code true} when questions of form {@code type} may be used. */
  public boolean allows(QuestionType type) {
    return types.isEmpty() || types.contains(type);
  }
}
