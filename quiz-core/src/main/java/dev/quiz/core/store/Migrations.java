package dev.quiz.core.store;

import dev.quiz.core.StorageException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The numbered, append-only migrations in {@code migrations/NNN_*.sql}: script N turns a version
 * N-1 bank into a version N bank ({@code 001_initial.sql} creates version 1 from nothing).
 * Upgrading runs every script above the bank's version in one transaction, then records the new
 * identity hash and {@code user_version}; a failure leaves the bank as it was. Stateless.
 */
final class Migrations {
  /** Script names by version: index 0 is version 1. Append only; never edit a released script. */
  static final List<String> SCRIPTS =
      Collections.unmodifiableList(Arrays.asList("001_initial.sql", "002_card_queue.sql"));

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private Migrations() {}

  /** The statements of the script that creates {@code version}, 1..{@link QuizSchema#CURRENT}. */
  static List<String> statements(int version) {
    if (version < 1 || version > SCRIPTS.size()) {
      throw new IllegalArgumentException("no migration to version " + version);
    }
    return Sql.statements(Sql.resource("migrations/" + SCRIPTS.get(version - 1)));
  }

  /**
   * Upgrades the bank in {@code db} from version {@code from} to {@link QuizSchema#CURRENT}, after
   * saving a copy beside it named {@code <file>.v<from>-<utc time>.bak}.
   *
   * @throws StorageException when a step fails; the bank then keeps its old version and content
   */
  static void upgrade(Db db, int from, Clock clock) {
    AndroidAsset.copy(db, backupName(db, from, clock));
    try {
      db.tx(
          () -> {
            for (int v = from + 1; v <= QuizSchema.CURRENT; v++) {
              for (String statement : statements(v)) {
                db.exec(statement);
              }
            }
            String hash = IdentityHash.of(QuizSchema.version(QuizSchema.CURRENT));
            db.exec(RoomSchema.masterInsert(hash));
            db.exec("PRAGMA user_version = " + QuizSchema.CURRENT);
            return null;
          });
    } catch (StorageException e) {
      throw new StorageException(
          "cannot upgrade bank "
              + db.file()
              + " from schema version "
              + from
              + " to "
              + QuizSchema.CURRENT
              + ": "
              + e.getMessage()
              + "; it was left at version "
              + from,
          e);
    }
  }

  private static Path backupName(Db db, int from, Clock clock) {
    Path file = db.file().toAbsolutePath();
    return file.resolveSibling(
        file.getFileName() + ".v" + from + "-" + STAMP.format(clock.instant()) + ".bak");
  }
}
