package dev.quiz.cli;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz suspend ID...}: keeps cards out of study sessions until unsuspended. */
@Command(
    name = "suspend",
    mixinStandardHelpOptions = true,
    header = "Keep cards out of study sessions.",
    description = {
      "",
      "Card ids are those 'quiz list' shows. 'quiz unsuspend' brings cards back.",
      ""
    })
final class SuspendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions bank;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Card ids.")
  List<Long> ids;

  @Override
  public Integer call() {
    return setSuspended(spec, bank, ids, true);
  }

  /**
   * Sets the cards' suspended flag, all or none (one transaction), and says what changed.
   *
   * @throws InvalidInputException when an id is not a card of the bank
   */
  static int setSuspended(CommandSpec spec, StoreOptions bank, List<Long> ids, boolean suspend) {
    String verb = suspend ? "suspended" : "unsuspended";
    try (SqliteStore store = Banks.openExisting(bank)) {
      List<String> lines =
          store.inTransaction(
              s -> {
                List<String> out = new java.util.ArrayList<>();
                for (long id : ids) {
                  Card c = card(s, id);
                  if (c.suspended() == suspend) {
                    out.add("Card " + id + " was already " + verb + ".");
                  } else {
                    s.updateCard(c.withSuspended(suspend));
                    out.add("Card " + id + " " + verb + ".");
                  }
                }
                return out;
              });
      lines.forEach(spec.commandLine().getOut()::println);
    }
    return ExitCodes.OK;
  }

  private static Card card(Store s, long id) {
    if (id <= 0) {
      throw new InvalidInputException("card id must be > 0: " + id);
    }
    Optional<Card> c = s.card(new CardId(id));
    if (!c.isPresent()) {
      throw new InvalidInputException("no card " + id + " in the bank (see 'quiz list')");
    }
    return c.get();
  }
}
