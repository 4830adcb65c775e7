package dev.quiz.cli;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Deck;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.schedule.Schedulers;
import java.util.function.Function;

/**
 * The scheduler of each deck, for study sessions: FSRS-6 with the default parameters and fuzz on
 * (so cards learnt together spread out). Stateless.
 */
final class DeckSchedulers implements Function<Deck, Scheduler> {
  private final Scheduler fsrs = Schedulers.fsrs(FsrsParameters.defaults().withFuzz(true));

  /**
   * @throws InvalidInputException for a deck whose scheduler this build does not have
   */
  @Override
  public Scheduler apply(Deck deck) {
    switch (deck.scheduler()) {
      case FSRS:
        return fsrs;
      default:
        throw new InvalidInputException(
            "deck '" + deck.name() + "' uses " + deck.scheduler().code() + ", which drill cannot run yet");
    }
  }
}
