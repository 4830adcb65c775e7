package dev.quiz.core.schedule;

/**
 * What Anki's four answer buttons show for a card (its {@code nextIvl}), in seconds, without fuzz.
 * Immutable.
 *
 * @param againSeconds delay after Again, {@code > 0}
 * @param hardSeconds delay after Hard, {@code > 0}
 * @param goodSeconds delay after Good, {@code > 0}
 * @param easySeconds delay after Easy, {@code > 0}
 */
public record Sm2Intervals(
    long againSeconds, long hardSeconds, long goodSeconds, long easySeconds) {}
