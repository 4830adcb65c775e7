package dev.quiz.core.schedule;

/**
 * The fields Anki 2.1.16 writes to its {@code revlog} row for one SM-2 answer. Immutable.
 *
 * @param type 0 learning, 1 review (including a lapse), 2 relearning
 * @param interval the new interval: days if positive, seconds if negative (a learning step; after
 *     Hard in learning it is the current step, not the Hard delay, as in Anki)
 * @param lastInterval the interval before the answer, in the same units
 * @param easePermille the card's ease after the answer; 0 for a card that never graduated
 */
public record Sm2Log(int type, int interval, int lastInterval, int easePermille) {}
