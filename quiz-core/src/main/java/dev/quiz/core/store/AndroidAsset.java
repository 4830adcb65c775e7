package dev.quiz.core.store;

import dev.quiz.core.FileOpException;
import dev.quiz.core.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Single-file copies of a bank: consistent ({@code VACUUM INTO} reads one snapshot, WAL included),
 * compact, and in rollback-journal mode ({@code journal_mode=DELETE}), so the main file holds every
 * page and {@code user_version} sits in header bytes 60..63, as Room's {@code createFromAsset}
 * needs. Stateless.
 */
final class AndroidAsset {
  private AndroidAsset() {}

  /**
   * Writes the asset to {@code out} atomically: to a temp file in the same folder, then renamed.
   *
   * @throws FileOpException when {@code out} exists and {@code replace} is false, is a folder, or
   *     cannot be written
   */
  static void write(Db db, Path out, boolean replace) {
    if (Files.isDirectory(out)) {
      throw new FileOpException(
          "write Android asset", out, "it is a folder; give a file name", null);
    }
    if (Files.exists(out) && !replace) {
      throw new FileOpException(
          "write Android asset", out, "the file exists; use --force to replace it", null);
    }
    Path folder = out.toAbsolutePath().getParent();
    Path tmp;
    try {
      Files.createDirectories(folder);
      tmp = Files.createTempFile(folder, "." + out.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new FileOpException("write Android asset", out, String.valueOf(e.getMessage()), e);
    }
    try {
      copy(db, tmp);
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new FileOpException("write Android asset", out, String.valueOf(e.getMessage()), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Copies the bank to {@code target} (absent or empty) as a single rollback-journal file. */
  static void copy(Db db, Path target) {
    try (PreparedStatement ps = db.open().prepareStatement("VACUUM INTO ?")) {
      ps.setString(1, target.toAbsolutePath().toString());
      ps.execute();
    } catch (SQLException e) {
      throw db.failure("copy", e);
    }
    try (Connection c =
            new SQLiteConfig().createConnection("jdbc:sqlite:" + target.toAbsolutePath());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode=DELETE")) {
      if (!rs.next() || !"delete".equalsIgnoreCase(rs.getString(1))) {
        throw new StorageException("cannot switch copy " + target + " to journal_mode=DELETE");
      }
    } catch (SQLException e) {
      throw new StorageException("cannot finish copy " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a stray temp file is harmless and named as such
    }
  }
}
