package dev.quiz.core.store;

import dev.quiz.core.FileOpException;
import dev.quiz.core.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Opens a bank file: refuses what is not a quiz bank (leaving it untouched), creates a new bank
 * from the current schema, upgrades an older one, refuses a newer one, then switches to WAL.
 * Stateless.
 */
final class BankOpener {
  private BankOpener() {}

  static Db open(Path file, Clock clock) {
    BankFile.check(file);
    Db db = new Db(connect(file), file);
    try {
      prepare(db, clock);
      return db;
    } catch (RuntimeException e) {
      try {
        db.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static Connection connect(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(Db.BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    try {
      return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new FileOpException("open bank", file, String.valueOf(e.getMessage()), e);
    }
  }

  private static void prepare(Db db, Clock clock) {
    boolean created = db.tx(() -> tables(db).isEmpty() && version(db) == 0 && create(db));
    if (!created) {
      int version = validate(db);
      if (version < QuizSchema.CURRENT) {
        Migrations.upgrade(db, version, clock);
      }
    }
    Optional<String> mode = db.first("PRAGMA journal_mode=WAL", rs -> rs.getString(1));
    if (!mode.isPresent() || !"wal".equalsIgnoreCase(mode.get())) {
      throw new StorageException(
          "bank "
              + db.file()
              + " cannot use WAL journal mode (got "
              + mode.orElse("nothing")
              + "); put it on a local disk");
    }
  }

  /** Creates every table of the current schema as Room would; always {@code true}. */
  private static boolean create(Db db) {
    RoomSchema.Database schema = QuizSchema.version(QuizSchema.CURRENT);
    for (RoomSchema.Entity e : schema.entities()) {
      for (String statement : e.createStatements()) {
        db.exec(statement);
      }
    }
    db.exec(RoomSchema.MASTER_TABLE_CREATE);
    db.exec(RoomSchema.masterInsert(IdentityHash.of(schema)));
    db.exec("PRAGMA user_version = " + QuizSchema.CURRENT);
    return true;
  }

  /** The bank's schema version after checking that it is a quiz bank this code can open. */
  private static int validate(Db db) {
    List<String> tables = tables(db);
    if (!tables.contains("room_master_table")) {
      throw BankFile.notABank(
          db.file(),
          "it is a SQLite database without room_master_table (tables: "
              + String.join(", ", tables)
              + ")");
    }
    int version = version(db);
    if (version > QuizSchema.CURRENT) {
      throw new StorageException(
          "bank "
              + db.file()
              + " has schema version "
              + version
              + ", newer than this quiz knows ("
              + QuizSchema.CURRENT
              + "); update quiz to open it (it was not changed)");
    }
    if (version < 1) {
      throw BankFile.notABank(db.file(), "its user_version is " + version);
    }
    String expected = IdentityHash.of(QuizSchema.version(version));
    Optional<String> found =
        db.first(
            "SELECT identity_hash FROM room_master_table WHERE id = 42 LIMIT 1",
            rs -> String.valueOf(rs.getString(1)));
    if (!found.isPresent() || !found.get().equals(expected)) {
      throw BankFile.notABank(
          db.file(),
          "its Room identity hash is "
              + found.orElse("missing")
              + ", not "
              + expected
              + " of quiz schema version "
              + version);
    }
    return version;
  }

  private static List<String> tables(Db db) {
    return db.list(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            + " AND name <> 'android_metadata' ORDER BY name",
        rs -> rs.getString(1));
  }

  private static int version(Db db) {
    return db.first("PRAGMA user_version", rs -> rs.getInt(1)).orElse(0);
  }
}
