package dev.quiz.core.store;

import dev.quiz.core.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One open connection to a bank file with the helpers the tables use: queries with bound arguments,
 * row inserts and updates from a {@link Row}, nested transactions, and SQLite errors turned into
 * {@link StorageException}s that name the file and say what to do. One thread at a time.
 */
final class Db implements AutoCloseable {
  /** How long a write waits for another process's transaction before giving up, in ms. */
  static final int BUSY_TIMEOUT_MS = 5000;

  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_NOTADB = 26;

  private final Connection connection;
  private final Path file;
  private int depth;
  private boolean closed;

  Db(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** Maps the current row of a result set to a value. */
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work done inside a transaction. */
  interface Work<T> {
    T run();
  }

  Path file() {
    return file;
  }

  /** All rows of {@code sql} with {@code args} bound in order (null binds SQL NULL). */
  <T> List<T> list(String sql, Mapper<T> mapper, Object... args) {
    try (PreparedStatement ps = prepare(sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The first row of {@code sql}, if any. */
  <T> Optional<T> first(String sql, Mapper<T> mapper, Object... args) {
    List<T> rows = list(sql, mapper, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Runs a statement that returns no rows; the number of rows it changed. */
  int update(String sql, Object... args) {
    try (PreparedStatement ps = prepare(sql, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** Runs a statement without arguments, e.g. a DDL statement or a PRAGMA that returns nothing. */
  void exec(String sql) {
    try (Statement st = open().createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** Inserts {@code row} into {@code table}; the new row's id. */
  long insert(String table, Row row) {
    List<String> cols = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (String c : row.columns()) {
      cols.add("`" + c + "`");
      marks.add("?");
    }
    String sql =
        "INSERT INTO `"
            + table
            + "` ("
            + String.join(", ", cols)
            + ") VALUES ("
            + String.join(", ", marks)
            + ")";
    try (PreparedStatement ps = prepare(sql, row.values().toArray())) {
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** Updates the row of {@code table} with id {@code id}; the number of rows changed (0 or 1). */
  int updateRow(String table, Row row, long id) {
    List<String> sets = new ArrayList<>();
    for (String c : row.columns()) {
      sets.add("`" + c + "` = ?");
    }
    List<Object> args = new ArrayList<>(row.values());
    args.add(id);
    return update(
        "UPDATE `" + table + "` SET " + String.join(", ", sets) + " WHERE `id` = ?",
        args.toArray());
  }

  /**
   * Runs {@code work} in one transaction (BEGIN IMMEDIATE, so it waits for other writers up front);
   * inside another transaction it simply joins it. Rolls back when {@code work} throws.
   */
  <T> T tx(Work<T> work) {
    if (depth > 0) {
      return work.run();
    }
    try {
      open().setAutoCommit(false);
    } catch (SQLException e) {
      throw failure("start a transaction on", e);
    }
    depth = 1;
    boolean done = false;
    try {
      T result = work.run();
      connection.commit();
      done = true;
      return result;
    } catch (SQLException e) {
      throw failure("commit to", e);
    } finally {
      depth = 0;
      finish(done);
    }
  }

  private void finish(boolean committed) {
    try {
      if (!committed) {
        connection.rollback();
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure("end a transaction on", e);
    }
  }

  /** The raw connection, for PRAGMAs and VACUUM; fails when closed. */
  Connection open() {
    if (closed) {
      throw new StorageException("bank " + file + " is closed; open it again");
    }
    return connection;
  }

  private PreparedStatement prepare(String sql, Object[] args) throws SQLException {
    PreparedStatement ps = open().prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  /** A {@link StorageException} for {@code e}, naming the file and the remedy. */
  StorageException failure(String what, SQLException e) {
    int code = e.getErrorCode() & 0xff;
    String detail = String.valueOf(e.getMessage());
    String message;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      message =
          "bank "
              + file
              + " is locked by another process (waited "
              + BUSY_TIMEOUT_MS / 1000
              + " s); close the other quiz and retry";
    } else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
      message = "bank " + file + " is damaged (" + detail + "); restore it from a backup";
    } else if (code == SQLITE_READONLY) {
      message = "bank " + file + " is read-only; make the file and its folder writable";
    } else if (code == SQLITE_FULL) {
      message = "bank " + file + ": the disk is full; free some space and retry";
    } else {
      message = "cannot " + what + " bank " + file + ": " + detail;
    }
    return new StorageException(message, e);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
