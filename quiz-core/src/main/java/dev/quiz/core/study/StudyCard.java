package dev.quiz.core.study;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.Note;
import dev.quiz.core.schedule.SchedulingStates;
import java.util.Objects;

/**
 * A card to show: the card, its question, its deck, and what each rating would do if answered now.
 * Immutable.
 *
 * @param card the card as stored when it was picked
 * @param note its question
 * @param deck its deck
 * @param preview the next state per rating, computed when the card was picked (the answer
 *     recomputes them at answer time)
 */
public record StudyCard(Card card, Note note, Deck deck, SchedulingStates preview) {
  public StudyCard {
    Objects.requireNonNull(card, "card == null");
    Objects.requireNonNull(note, "note == null");
    Objects.requireNonNull(deck, "deck == null");
    Objects.requireNonNull(preview, "preview == null");
  }
}
