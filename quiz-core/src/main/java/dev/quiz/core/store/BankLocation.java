package dev.quiz.core.store;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the bank lives when the user does not say: {@code --bank FILE}, else {@code $QUIZ_BANK},
 * else {@code $XDG_DATA_HOME/quiz/bank.db}, else {@code ~/.local/share/quiz/bank.db}. Folders are
 * created by {@link SqliteStore#open} on first use. Stateless, thread-safe.
 */
public final class BankLocation {
  /** The environment variable naming the bank file. */
  public static final String QUIZ_BANK = "QUIZ_BANK";

  private BankLocation() {}

  /**
   * The bank file to use.
   *
   * @param env the environment ({@code System.getenv()}); empty values count as unset, and a
   *     relative {@code XDG_DATA_HOME} is ignored as the XDG spec says
   * @param explicit the path given on the command line, if any
   * @return the path, not necessarily existing
   */
  public static Path resolve(Map<String, String> env, Optional<Path> explicit) {
    Objects.requireNonNull(env, "env == null");
    Objects.requireNonNull(explicit, "explicit == null");
    if (explicit.isPresent()) {
      return explicit.get();
    }
    Optional<String> bank = value(env, QUIZ_BANK);
    if (bank.isPresent()) {
      return Paths.get(bank.get());
    }
    Optional<String> xdg = value(env, "XDG_DATA_HOME");
    if (xdg.isPresent() && Paths.get(xdg.get()).isAbsolute()) {
      return Paths.get(xdg.get(), "quiz", "bank.db");
    }
    String home = value(env, "HOME").orElse(System.getProperty("user.home"));
    return Paths.get(home, ".local", "share", "quiz", "bank.db");
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.trim().isEmpty() ? Optional.empty() : Optional.of(v);
  }
}
