package dev.quiz.core.grade;

/** How right a typed answer is. */
public enum Verdict {
  /** The answer states the fact (within the accepted tolerance). */
  CORRECT,
  /** Close or incomplete: the right month but no day, a range that overlaps, a first name only. */
  PARTIAL,
  /** Not the answer, or not readable as one. */
  WRONG
}
