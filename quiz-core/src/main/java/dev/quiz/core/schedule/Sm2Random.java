package dev.quiz.core.schedule;

/**
 * The random numbers SM-2's fuzz draws, with the semantics of Python's {@code random} module that
 * Anki 2.1.16 calls. An instance serves one answer: a scheduler draws from it in Anki's order (see
 * {@link Sm2Fuzz}). Implementations need not be thread-safe.
 */
public interface Sm2Random {

  /**
   * A number in {@code [lo, hi]}, both inclusive (Python {@code random.randint}); used to fuzz an
   * interval in days.
   */
  int randint(int lo, int hi);

  /**
   * A number in {@code [start, stop)} (Python {@code random.randrange}); used for the extra seconds
   * added to a learning step. Callers guarantee {@code stop > start}.
   */
  int randrange(int start, int stop);
}
