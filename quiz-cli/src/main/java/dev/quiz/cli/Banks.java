package dev.quiz.cli;

import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the study commands share: opening an existing bank, finding a deck by name. Stateless. */
final class Banks {
  private Banks() {}

  /**
   * Opens the bank the options name, which must exist: studying never creates an empty bank.
   *
   * @throws FileOpException when there is no bank at that path
   */
  static SqliteStore openExisting(StoreOptions options) {
    Path path = options.location(System.getenv());
    if (!Files.isRegularFile(path)) {
      throw new FileOpException(
          "open bank",
          path,
          "no such file (make one with 'quiz generate', or give --bank FILE)",
          null);
    }
    return options.open();
  }

  /**
   * The id of the deck named {@code name}; empty for all decks when no name is given.
   *
   * @throws InvalidInputException when the bank has no deck of that name
   */
  static Optional<DeckId> deck(Store store, Optional<String> name) {
    if (!name.isPresent()) {
      return Optional.empty();
    }
    Optional<Deck> deck = store.findDeck(name.get());
    if (deck.isPresent()) {
      return Optional.of(deck.get().id());
    }
    List<String> names = new ArrayList<>();
    for (Deck d : store.decks()) {
      names.add("'" + d.name() + "'");
    }
    throw new InvalidInputException(
        "no deck named '"
            + name.get()
            + "' in the bank"
            + (names.isEmpty() ? " (it has no decks)" : "; decks: " + String.join(", ", names)));
  }
}
