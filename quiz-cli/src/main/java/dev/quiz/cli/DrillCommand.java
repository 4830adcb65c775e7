package dev.quiz.cli;

import dev.quiz.core.grade.AnswerGrader;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.study.SessionSummary;
import dev.quiz.core.study.StudyOptions;
import dev.quiz.core.study.StudySession;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz drill}: a study session in the terminal, one typed answer per card. */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    header = "Study the cards due now, typing each answer.",
    description = {
      "",
      "Shows each due card (then new ones), reads your answer, grades it, shows the",
      "right answer with its source and suggests a rating: press Enter to accept it,",
      "or 1-4 (Again, Hard, Good, Easy). Each answer is saved before the next card.",
      "Type u to undo the last answer; q, Ctrl-D or Ctrl-C stops with a summary.",
      "Reads standard input, so a session can be scripted through a pipe.",
      ""
    })
final class DrillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions bank;

  @Option(
      names = "--deck",
      paramLabel = "NAME",
      description = "Study this deck only (default: all).")
  Optional<String> deck;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "" + StudyOptions.DEFAULT_LIMIT,
      description = "Stop after N answers (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--new",
      paramLabel = "N",
      description = "Introduce N new cards in this session, instead of the decks' daily limits.")
  Optional<Integer> newCards;

  private Reader input = new InputStreamReader(System.in, StandardCharsets.UTF_8);
  private Clock clock = Clock.systemDefaultZone();

  /** For tests: read answers from {@code in} and take times from {@code c}. */
  DrillCommand with(Reader in, Clock c) {
    this.input = in;
    this.clock = c;
    return this;
  }

  @Override
  public Integer call() {
    if (limit < 0 || (newCards.isPresent() && newCards.get() < 0)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--limit and --new must be >= 0: " + (limit < 0 ? limit : newCards.get()));
    }
    CommandLine cl = spec.commandLine();
    boolean colour = Terminal.colourWanted(System.getenv(), System.console() != null);
    Terminal term = new Terminal(input, cl.getOut(), cl.getErr(), colour);
    try (SqliteStore store = Banks.openExisting(bank)) {
      StudyOptions options =
          new StudyOptions(
              Banks.deck(store, deck),
              limit,
              newCards.isPresent() ? OptionalInt.of(newCards.get()) : OptionalInt.empty());
      StudySession session = StudySession.start(store, new DeckSchedulers(store), clock, options);
      ReentrantLock lock = new ReentrantLock();
      DrillLoop loop = new DrillLoop(session, term, AnswerGrader.standard(), clock, lock);
      Thread hook =
          new Thread(() -> onInterrupt(session, loop, term, lock), "quiz-drill-interrupt");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        loop.run();
      } finally {
        removeHook(hook);
      }
      term.println(summary(session.summary(), loop.correct()));
    }
    return ExitCodes.OK;
  }

  /**
   * Ctrl-C: every answer is already saved; say what the session did once the store is idle. The
   * lock is kept, so the main thread touches the store no more while the JVM stops.
   */
  private void onInterrupt(
      StudySession session, DrillLoop loop, Terminal term, ReentrantLock lock) {
    try {
      if (lock.tryLock(2, TimeUnit.SECONDS)) {
        term.println("");
        term.println(summary(session.summary(), loop.correct()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      term.error("quiz: stopped; every saved answer is kept (" + e.getMessage() + ")");
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or will: it prints the summary
    }
  }

  private String summary(SessionSummary s, int correct) {
    String head =
        "Reviewed "
            + s.reviewed()
            + (s.reviewed() == 1 ? " card" : " cards")
            + ", "
            + correct
            + " correct, in "
            + Durations.elapsed(s.elapsed())
            + ".";
    if (!s.nextDue().isPresent()) {
      return head + " No cards are scheduled.";
    }
    Duration until = Duration.between(clock.instant(), s.nextDue().get());
    if (until.isNegative() || until.isZero()) {
      return head + " More cards are due now.";
    }
    String at =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .format(s.nextDue().get().atZone(clock.getZone()));
    return head + " Next card due in " + Durations.shortly(until) + " (" + at + ").";
  }
}
