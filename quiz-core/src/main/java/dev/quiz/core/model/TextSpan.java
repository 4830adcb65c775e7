package dev.quiz.core.model;

/**
 * Half-open {@code [start, end)} character offsets (UTF-16 code units) into a document's text.
 * Immutable.
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end: [" + start + ", " + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The covered text of {@code text}. */
  public String coveredText(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** {@code true} when the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }
}
