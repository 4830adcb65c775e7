package dev.quiz.cli;

import dev.quiz.core.store.BankLocation;
import dev.quiz.core.store.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Mixin for commands that use the question bank: {@code --bank FILE}, else {@code $QUIZ_BANK}, else
 * {@code $XDG_DATA_HOME/quiz/bank.db}, else {@code ~/.local/share/quiz/bank.db} (see {@link
 * BankLocation}).
 */
final class StoreOptions {
  @Option(
      names = "--bank",
      paramLabel = "FILE",
      description = {
        "The question bank (SQLite). Default: $QUIZ_BANK, else $XDG_DATA_HOME/quiz/bank.db,",
        "else ~/.local/share/quiz/bank.db; folders are created on first use."
      })
  private Path bank;

  /** The bank file these options name, for {@code env} (normally {@code System.getenv()}). */
  Path location(Map<String, String> env) {
    return BankLocation.resolve(env, Optional.ofNullable(bank));
  }

  /**
   * Opens (or creates) the bank; the caller closes it.
   *
   * @throws dev.quiz.core.QuizException when the file is not a usable bank (one line, see {@link
   *     SqliteStore#open})
   */
  SqliteStore open() {
    return SqliteStore.open(location(System.getenv()), Clock.systemUTC());
  }
}
