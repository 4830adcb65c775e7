package dev.quiz.core.schedule;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.Rating;
import java.util.Objects;
import java.util.Optional;

/**
 * One SM-2 answer with everything Anki records for it. Immutable.
 *
 * @param rating the answer given
 * @param state the card's state after the answer
 * @param leech present when this answer made the card a leech (Anki's {@code leech} hook fired):
 *     the note should get the {@code leech} tag, and with {@link Sm2LeechAction#SUSPEND} the caller
 *     must suspend the card (the state stays a review card due after the lapse interval)
 * @param log the revlog fields of the answer
 */
public record Sm2Answer(
    Rating rating, CardState state, Optional<Sm2LeechAction> leech, Sm2Log log) {
  public Sm2Answer {
    Objects.requireNonNull(rating, "rating == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(leech, "leech == null");
    Objects.requireNonNull(log, "log == null");
  }

  /** Whether this answer suspends the card as a leech (Anki queue -1). */
  public boolean suspended() {
    return leech.isPresent() && leech.get() == Sm2LeechAction.SUSPEND;
  }
}
