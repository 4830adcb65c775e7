package dev.quiz.cli;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz list}: the bank's cards with their state and question, filtered. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    header = "List the bank's cards: id, state, due date, kind and question.",
    description = {"", "Filters combine. Card ids are what 'quiz suspend' takes.", ""})
final class ListCommand implements Callable<Integer> {
  private static final int QUESTION_WIDTH = 70;

  @Spec CommandSpec spec;

  @Mixin StoreOptions bank;

  @Option(names = "--deck", paramLabel = "NAME", description = "Only this deck.")
  Optional<String> deck;

  @Option(
      names = "--doc",
      paramLabel = "NAME",
      description = "Only questions from this document (file name).")
  Optional<String> doc;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = KindConverter.class,
      description = "Only date, number or person questions.")
  Optional<FactKind> kind;

  @Option(names = "--due", description = "Only cards due now (learning and review cards).")
  boolean due;

  @Option(names = "--search", paramLabel = "TEXT", description = "Only questions containing TEXT.")
  Optional<String> search;

  private Clock clock = Clock.systemDefaultZone();

  /** For tests: "now" for --due and the zone of due dates. */
  ListCommand with(Clock c) {
    this.clock = c;
    return this;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Instant now = clock.instant();
    try (SqliteStore store = Banks.openExisting(bank)) {
      Optional<DeckId> deckId = Banks.deck(store, deck);
      Store.NoteQuery query = new Store.NoteQuery(deckId, document(store), kind, search);
      Map<Long, Card> byNote = new HashMap<>();
      for (Card c : store.cards(deckId)) {
        byNote.put(c.noteId().value(), c);
      }
      int shown = 0;
      out.println(
          String.format(
              Locale.ROOT,
              "%6s  %-10s  %-16s  %-6s  %s",
              "ID",
              "STATE",
              "DUE",
              "KIND",
              "QUESTION"));
      for (Note n : store.notes(query)) {
        Card c = byNote.get(n.id().value());
        if (c != null && (!due || isDue(c, now))) {
          out.println(row(c, n));
          shown++;
        }
      }
      out.println(shown + (shown == 1 ? " card." : " cards."));
    }
    return ExitCodes.OK;
  }

  private Optional<DocumentId> document(Store store) {
    if (!doc.isPresent()) {
      return Optional.empty();
    }
    Optional<SourceDocument> d = store.findDocument(doc.get());
    if (!d.isPresent()) {
      throw new InvalidInputException("no document named '" + doc.get() + "' in the bank");
    }
    return Optional.of(d.get().id());
  }

  private static boolean isDue(Card c, Instant now) {
    return !c.suspended() && c.state().type() != CardType.NEW && !c.state().due().isAfter(now);
  }

  private String row(Card c, Note n) {
    String state = c.suspended() ? "suspended" : c.state().type().label().toLowerCase(Locale.ROOT);
    String when =
        c.state().type() == CardType.NEW
            ? "-"
            : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(c.state().due().atZone(clock.getZone()));
    String q = Terminal.printable(n.question().prompt().text());
    if (q.length() > QUESTION_WIDTH) {
      q = q.substring(0, QUESTION_WIDTH - 3) + "...";
    }
    return String.format(
        Locale.ROOT,
        "%6d  %-10s  %-16s  %-6s  %s",
        c.id().value(),
        state,
        when,
        n.question().kind().code(),
        q);
  }

  /** date, number or person. */
  static final class KindConverter implements CommandLine.ITypeConverter<FactKind> {
    @Override
    public FactKind convert(String value) {
      try {
        return FactKind.fromCode(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
