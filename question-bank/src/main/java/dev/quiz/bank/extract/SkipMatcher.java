package dev.quiz.bank.extract;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a text as {@link Matcher#find()} does, but tries the pattern
 * only at the positions a filter admits: a big alternation is then run at a few word starts instead
 * of at every character. The filter must admit every position where a match can start (it may admit
 * more); the matches are then exactly find()'s, lookbehinds and word boundaries included, as the
 * pattern sees the whole text. The pattern must not match the empty string. Not thread-safe: one
 * per text and thread.
 */
final class SkipMatcher {
  private final Pattern pattern;
  private final String text;
  private final IntPredicate mayStart;
  private final int length;
  private final int[] positions;
  private Matcher m;
  private int from;
  private int next;

  /**
   * A matcher of {@code pattern} over {@code text} that tries position {@code i} only when {@code
   * mayStart.test(i)}.
   */
  SkipMatcher(Pattern pattern, String text, IntPredicate mayStart) {
    this(pattern, text, null, mayStart);
  }

  /**
   * A matcher of {@code pattern} over {@code text} that tries only the {@code positions}
   * (ascending, or null for all) where {@code mayStart} admits.
   */
  SkipMatcher(Pattern pattern, String text, int[] positions, IntPredicate mayStart) {
    this.pattern = pattern;
    this.text = text;
    this.mayStart = mayStart;
    this.length = text.length();
    this.positions = positions;
  }

  /** A matcher of {@code pattern} over {@code text} that tries only where {@code starts} admit. */
  SkipMatcher(Pattern pattern, String text, Prefixes starts) {
    this(pattern, text, i -> starts.at(text, i));
  }

  /**
   * A matcher of {@code pattern} over {@code text} that tries only those of the {@code positions}
   * (ascending, a superset of where it can start) where {@code starts} admit.
   */
  SkipMatcher(Pattern pattern, String text, int[] positions, Prefixes starts) {
    this(pattern, text, positions, i -> starts.at(text, i));
  }

  /** Moves to the next match, as {@link Matcher#find()}; false when there is none. */
  boolean find() {
    for (int i = nextPosition(); i < length; i = nextPosition()) {
      if (mayStart.test(i)) {
        Matcher m = matcher();
        m.region(i, length);
        if (m.lookingAt()) {
          from = m.end() > i ? m.end() : i + 1;
          return true;
        }
      }
      from = i + 1;
    }
    from = length;
    return false;
  }

  /** The first position at or after {@code from} to try; {@code length} when none is left. */
  private int nextPosition() {
    if (positions == null) {
      return from;
    }
    while (next < positions.length && positions[next] < from) {
      next++;
    }
    return next < positions.length ? positions[next] : length;
  }

  /**
   * The matcher, holding the groups of the last match found; made when first needed (most texts
   * have no position worth trying for most patterns).
   */
  Matcher matcher() {
    if (m == null) {
      m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
    return m;
  }

  /** Whether {@code c} is a character of regex {@code \d} (ASCII digits). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
