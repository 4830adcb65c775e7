package dev.quiz.cli;

import dev.quiz.core.model.Deck;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.schedule.DeckSettings;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz deck}: lists decks and shows or changes their scheduler settings. */
@Command(
    name = "deck",
    mixinStandardHelpOptions = true,
    header = "List decks; show or change a deck's scheduler and settings.",
    subcommands = {DeckCommand.ListDecks.class, DeckCommand.Show.class, DeckCommand.Set.class})
final class DeckCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code quiz deck list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, header = "List the bank's decks.")
  static final class ListDecks implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions bank;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (SqliteStore store = Banks.openExisting(bank)) {
        for (Deck d : store.decks()) {
          out.printf(
              "%-40s %-4s %3d new/day  %d cards%n",
              d.name(),
              d.scheduler().code(),
              d.newCardsPerDay(),
              store.cards(Optional.of(d.id())).size());
        }
      }
      return ExitCodes.OK;
    }
  }

  /** {@code quiz deck show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true, header = "Show a deck's settings.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions bank;

    @Parameters(paramLabel = "NAME", description = "The deck.")
    String name;

    @Override
    public Integer call() {
      try (SqliteStore store = Banks.openExisting(bank)) {
        Deck d = store.deck(Banks.deck(store, Optional.of(name)).get()).get();
        print(spec.commandLine().getOut(), d, store.settings(d));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code quiz deck set NAME [options]}. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      header = "Change a deck's scheduler and settings (saved in the bank).")
  static final class Set implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions bank;

    @Parameters(paramLabel = "NAME", description = "The deck.")
    String name;

    @Option(
        names = "--scheduler",
        paramLabel = "fsrs|sm2",
        converter = ScheduleCommand.KindConverter.class,
        description = "The algorithm: fsrs (FSRS-6) or sm2 (Anki's SM-2).")
    SchedulerKind scheduler;

    @Option(names = "--new-per-day", paramLabel = "N", description = "New cards a day (>= 0).")
    Integer newPerDay;

    @Option(
        names = "--retention",
        paramLabel = "R",
        description = "FSRS desired retention, in (0, 1).")
    Double retention;

    @Option(names = "--max-interval", paramLabel = "DAYS", description = "FSRS maximum interval.")
    Integer maxInterval;

    @Option(
        names = "--learning-steps",
        split = ",",
        paramLabel = "STEP",
        description = "FSRS learning steps, e.g. 1m,10m (units m, h, d).")
    List<String> learningSteps;

    @Option(names = "--fuzz", negatable = true, description = "FSRS interval fuzz (default on).")
    Boolean fuzz;

    @Override
    public Integer call() {
      try (SqliteStore store = Banks.openExisting(bank)) {
        Deck saved = store.inTransaction(s -> apply(s));
        print(spec.commandLine().getOut(), saved, store.settings(saved));
      }
      return ExitCodes.OK;
    }

    private Deck apply(Store s) {
      Deck d = s.deck(Banks.deck(s, Optional.of(name)).get()).get();
      Deck changed =
          new Deck(
              d.id(),
              d.name(),
              scheduler == null ? d.scheduler() : scheduler,
              newPerDay == null ? d.newCardsPerDay() : checkedNewPerDay(newPerDay));
      FsrsParameters f = s.settings(d).fsrs();
      f = retention == null ? f : f.withDesiredRetention(retention);
      f = maxInterval == null ? f : f.withMaximumInterval(maxInterval);
      f = learningSteps == null ? f : f.withLearningSteps(learningSteps);
      f = fuzz == null ? f : f.withFuzz(fuzz);
      s.updateDeck(changed);
      s.saveSettings(d.id(), s.settings(d).withFsrs(f));
      return changed;
    }

    private static int checkedNewPerDay(int n) {
      if (n < 0) {
        throw new dev.quiz.core.InvalidInputException("--new-per-day must be >= 0: " + n);
      }
      return n;
    }
  }

  private static void print(PrintWriter out, Deck d, DeckSettings s) {
    FsrsParameters f = s.fsrs();
    out.println("Deck:           " + d.name());
    out.println("Scheduler:      " + d.scheduler().code());
    out.println("New cards/day:  " + d.newCardsPerDay());
    out.println(
        "FSRS:           retention "
            + f.desiredRetention()
            + ", max interval "
            + f.maximumInterval()
            + " d, learning steps "
            + f.learningSteps()
            + ", relearning steps "
            + f.relearningSteps()
            + ", fuzz "
            + (f.enableFuzz() ? "on" : "off"));
    out.println(
        "SM-2:           steps "
            + s.sm2().learningStepsMinutes()
            + " min, graduating "
            + s.sm2().graduatingIntervalDays()
            + " d, easy "
            + s.sm2().easyIntervalDays()
            + " d, starting ease "
            + s.sm2().startingEasePermille() / 10.0
            + "%");
  }
}
