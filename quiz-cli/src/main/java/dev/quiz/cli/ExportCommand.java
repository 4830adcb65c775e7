package dev.quiz.cli;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.ProgressListener;
import dev.quiz.core.export.ApkgExporter;
import dev.quiz.core.export.CsvExporter;
import dev.quiz.core.export.ExportData;
import dev.quiz.core.export.ExportOptions;
import dev.quiz.core.export.ExportResult;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.store.BankLocation;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code quiz export anki|csv}: writes the bank's questions as an Anki package or an Anki
 * text-import file. Gathers the bank into {@link ExportData} and calls {@link ApkgExporter} or
 * {@link CsvExporter}; nothing else.
 */
@Command(
    name = "export",
    header = "Export questions to Anki (.apkg) or to a text file Anki imports.",
    mixinStandardHelpOptions = true,
    subcommands = {
      ExportCommand.Anki.class,
      ExportCommand.Csv.class,
      CommandLine.HelpCommand.class
    })
public final class ExportCommand implements Runnable {

  /** Opens the bank at a path. The integrator wires the SQLite store here. */
  @FunctionalInterface
  public interface BankOpener {
    /**
     * @throws dev.quiz.core.StorageException when the bank cannot be opened
     */
    Store open(Path db);
  }

  /** Opens an existing SQLite bank; exporting never creates an empty one. */
  static final BankOpener SQLITE =
      db -> {
        if (!java.nio.file.Files.isRegularFile(db)) {
          throw new dev.quiz.core.FileOpException(
              "open bank",
              db,
              "no such file (make one with 'quiz generate', or give --bank FILE)",
              null);
        }
        return SqliteStore.open(db, Clock.systemUTC());
      };

  @Spec CommandSpec spec;

  @Option(
      names = "--bank",
      paramLabel = "FILE",
      description = {
        "The question bank (SQLite). Default: $QUIZ_BANK, else $XDG_DATA_HOME/quiz/bank.db,",
        "else ~/.local/share/quiz/bank.db."
      },
      scope = CommandLine.ScopeType.INHERIT)
  Path bank;

  private final BankOpener opener;
  private final Clock clock;

  /** The command as {@code quiz} runs it: the system clock and zone. */
  public ExportCommand() {
    this(SQLITE, Clock.systemDefaultZone());
  }

  /**
   * @param opener opens the bank given by {@code --bank}
   * @param clock the export time and the time zone for Anki day numbers
   */
  public ExportCommand(BankOpener opener, Clock clock) {
    this.opener = Objects.requireNonNull(opener, "opener == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the bank (or one deck of it) and builds the options both formats share. */
  private ExportResult export(Optional<String> deckName, boolean scheduling, Path out, Format f) {
    ExportOptions.Builder options =
        ExportOptions.builder(clock.instant())
            .zone(clock.getZone())
            .withScheduling(scheduling)
            .deckName(deckName);
    Path db = BankLocation.resolve(System.getenv(), Optional.ofNullable(bank));
    try (Store store = opener.open(db)) {
      Optional<DeckId> deck = Optional.empty();
      if (deckName.isPresent()) {
        deck = Optional.of(findDeck(store, deckName.get()).id());
      }
      ExportData data = ExportData.gather(store, deck, clock.instant());
      return f == Format.APKG
          ? ApkgExporter.export(data, options.build(), out, progress(data))
          : CsvExporter.export(data, options.build(), out, progress(data));
    }
  }

  /** A bar on a terminal for exports of many notes. */
  private ProgressListener progress(ExportData data) {
    int notes = data.notes().size();
    return notes < 5000
        ? ProgressListener.NONE
        : ProgressBar.onTerminal(spec.commandLine().getErr(), "notes", () -> 0, notes);
  }

  private static Deck findDeck(Store store, String name) {
    Optional<Deck> deck = store.findDeck(name);
    if (!deck.isPresent()) {
      String known = store.decks().stream().map(Deck::name).collect(Collectors.joining(", "));
      throw new InvalidInputException(
          "no deck named '" + name + "'; the bank has: " + (known.isEmpty() ? "no decks" : known));
    }
    return deck.get();
  }

  private static void report(PrintWriter out, ExportResult r) {
    out.printf(
        Locale.ROOT,
        "wrote %d notes (%d cards, %d reviews) in %d deck%s to %s (%.1f kB)%n",
        r.notes(),
        r.cards(),
        r.reviews(),
        r.decks(),
        r.decks() == 1 ? "" : "s",
        r.file(),
        r.bytes() / 1000.0);
  }

  private enum Format {
    APKG,
    CSV
  }

  /** {@code quiz export anki}. */
  @Command(
      name = "anki",
      header = "Write an Anki package (.apkg): one note per question, stable across exports.",
      mixinStandardHelpOptions = true,
      footer = {
        "",
        "Import with Anki's File > Import. With --with-scheduling, tick 'Import any learning",
        "progress' (Anki 2.1.55+) to keep due dates and review history."
      })
  static final class Anki implements Callable<Integer> {
    @ParentCommand ExportCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE.apkg",
        description = "The package to write.")
    Path out;

    @Option(
        names = "--deck",
        paramLabel = "NAME",
        description =
            "Export only this deck, into an Anki deck of the same name (default: every deck, one Anki deck per document).")
    Optional<String> deck;

    @Option(
        names = "--with-scheduling",
        description = "Keep due dates, intervals and review history (default: new cards).")
    boolean withScheduling;

    @Override
    public Integer call() {
      report(spec.commandLine().getOut(), parent.export(deck, withScheduling, out, Format.APKG));
      return ExitCodes.OK;
    }
  }

  /** {@code quiz export csv}. */
  @Command(
      name = "csv",
      header = "Write a tab-separated file Anki's text import takes as it is (note type Basic).",
      mixinStandardHelpOptions = true)
  static final class Csv implements Callable<Integer> {
    @ParentCommand ExportCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "The file to write.")
    Path out;

    @Option(
        names = "--deck",
        paramLabel = "NAME",
        description = "Export only this deck, into an Anki deck of the same name.")
    Optional<String> deck;

    @Override
    public Integer call() {
      report(spec.commandLine().getOut(), parent.export(deck, false, out, Format.CSV));
      return ExitCodes.OK;
    }
  }
}
