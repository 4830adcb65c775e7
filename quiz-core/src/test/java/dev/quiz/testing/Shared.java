package dev.quiz.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared} (reference implementations, gold facts, corpus) for tests that need it.
 *
 * <p>A user's clone has no {@code ../shared}: such tests are skipped with a reason. CI sets {@code
 * -Dquiz.requireShared=true}, which turns its absence into a failure.
 */
public final class Shared {
  private Shared() {}

  /** The shared folder, or the calling test is skipped (or failed under CI). */
  public static Path dir() {
    String configured = System.getProperty("quiz.shared", "../shared");
    Path dir = Path.of(configured).toAbsolutePath().normalize();
    if (Files.isDirectory(dir)) {
      return dir;
    }
    String why = "../shared not found at " + dir + " (it is beside the checkout in CI)";
    if (Boolean.getBoolean("quiz.requireShared")) {
      fail("quiz.requireShared is set but " + why);
    }
    Assumptions.abort("skipped: " + why);
    throw new AssertionError("unreachable");
  }

  /** A path inside the shared folder, e.g. {@code path("corpus")}. */
  public static Path path(String first, String... more) {
    Path p = dir().resolve(first);
    for (String m : more) {
      p = p.resolve(m);
    }
    if (!Files.exists(p)) {
      fail("missing in ../shared: " + p);
    }
    return p;
  }
}
