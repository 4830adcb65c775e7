package dev.quiz.core.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Room database schema as Room's schema JSON describes it (format version 1): the one in-code
 * description the bank's tables, its identity hash and its schema JSON are all derived from. Also
 * read from other apps' JSON files to test {@link IdentityHash}. Immutable.
 */
final class RoomSchema {
  /** The placeholder Room writes for the table name in {@code createSql}. */
  static final String TABLE_NAME = "${TABLE_NAME}";

  /** Room's bookkeeping table and the statements that create and fill it. */
  static final String MASTER_TABLE_CREATE =
      "CREATE TABLE IF NOT EXISTS room_master_table (id INTEGER PRIMARY KEY,identity_hash TEXT)";

  private RoomSchema() {}

  static List<String> copy(List<String> values) {
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  /**
   * The statement that records {@code identityHash} in {@code room_master_table}, as Room writes
   * it.
   */
  static String masterInsert(String identityHash) {
    return "INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '"
        + identityHash
        + "')";
  }

  /** A whole database: its version ({@code user_version}), tables (regular and FTS) and views. */
  record Database(int version, List<Entity> entities, List<View> views) {
    Database {
      entities = Collections.unmodifiableList(new ArrayList<>(entities));
      views = Collections.unmodifiableList(new ArrayList<>(views));
    }

    /** The table named {@code name}. */
    Optional<Entity> entity(String name) {
      for (Entity e : entities) {
        if (e.tableName().equals(name)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /** A {@code @DatabaseView}: its name and its SELECT as the developer wrote it. */
  record View(String viewName, String query) {
    View {
      Objects.requireNonNull(viewName, "viewName == null");
      Objects.requireNonNull(query, "query == null");
    }
  }

  /**
   * A table. For an FTS table, {@code fts} is present, and {@code fields} leaves out the hidden
   * {@code rowid} and language-id columns, as the JSON does.
   */
  record Entity(
      String tableName,
      List<Field> fields,
      PrimaryKey primaryKey,
      List<Index> indices,
      List<ForeignKey> foreignKeys,
      Optional<Fts> fts) {
    Entity {
      Objects.requireNonNull(tableName, "tableName == null");
      fields = Collections.unmodifiableList(new ArrayList<>(fields));
      Objects.requireNonNull(primaryKey, "primaryKey == null");
      indices = Collections.unmodifiableList(new ArrayList<>(indices));
      foreignKeys = Collections.unmodifiableList(new ArrayList<>(foreignKeys));
      Objects.requireNonNull(fts, "fts == null");
    }

    /** A regular table. */
    static Entity table(
        String name, List<Field> fields, PrimaryKey pk, List<Index> indices, List<ForeignKey> fks) {
      return new Entity(name, fields, pk, indices, fks, Optional.empty());
    }

    /** Room's {@code createSql}, with the {@link #TABLE_NAME} placeholder (regular tables only). */
    String createSql() {
      if (fts.isPresent()) {
        throw new IllegalStateException("createSql of FTS table is not supported: " + tableName);
      }
      List<String> parts = new ArrayList<>();
      for (Field f : fields) {
        parts.add(f.definition(primaryKey));
      }
      if (!primaryKey.autoGenerate() && !primaryKey.columnNames().isEmpty()) {
        parts.add("PRIMARY KEY(" + quoted(primaryKey.columnNames()) + ")");
      }
      for (ForeignKey fk : foreignKeys) {
        parts.add(fk.clause());
      }
      return "CREATE TABLE IF NOT EXISTS `" + TABLE_NAME + "` (" + String.join(", ", parts) + ")";
    }

    /** The statements that create the table and its indices, placeholders replaced. */
    List<String> createStatements() {
      List<String> out = new ArrayList<>();
      out.add(createSql().replace(TABLE_NAME, tableName));
      for (Index i : indices) {
        out.add(i.createSql().replace(TABLE_NAME, tableName));
      }
      return out;
    }
  }

  /**
   * A column.
   *
   * @param affinity {@code INTEGER}, {@code REAL}, {@code TEXT} or {@code BLOB}
   * @param defaultValue the SQL text of the declared default, verbatim
   */
  record Field(
      String fieldPath,
      String columnName,
      String affinity,
      boolean notNull,
      Optional<String> defaultValue) {
    Field {
      Objects.requireNonNull(fieldPath, "fieldPath == null");
      Objects.requireNonNull(columnName, "columnName == null");
      Objects.requireNonNull(affinity, "affinity == null");
      Objects.requireNonNull(defaultValue, "defaultValue == null");
    }

    String definition(PrimaryKey pk) {
      StringBuilder sb = new StringBuilder("`").append(columnName).append("` ").append(affinity);
      if (pk.autoGenerate()
          && pk.columnNames().size() == 1
          && pk.columnNames().get(0).equals(columnName)) {
        sb.append(" PRIMARY KEY AUTOINCREMENT");
      }
      if (notNull) {
        sb.append(" NOT NULL");
      }
      if (defaultValue.isPresent()) {
        sb.append(" DEFAULT ").append(defaultValue.get());
      }
      return sb.toString();
    }
  }

  /** The primary key: its columns in key order, and whether SQLite assigns it. */
  record PrimaryKey(List<String> columnNames, boolean autoGenerate) {
    PrimaryKey {
      columnNames = copy(columnNames);
    }
  }

  /**
   * An index. Unnamed Room indices are called {@code index_<table>_<col1>_<col2>..}.
   *
   * @param orders {@code ASC}/{@code DESC} per column, or empty when none were declared
   */
  record Index(String name, boolean unique, List<String> columnNames, List<String> orders) {
    Index {
      Objects.requireNonNull(name, "name == null");
      columnNames = copy(columnNames);
      orders = copy(orders);
    }

    /** Room's {@code createSql}, with the {@link #TABLE_NAME} placeholder. */
    String createSql() {
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < columnNames.size(); i++) {
        cols.add("`" + columnNames.get(i) + "`" + (orders.isEmpty() ? "" : " " + orders.get(i)));
      }
      return "CREATE "
          + (unique ? "UNIQUE " : "")
          + "INDEX IF NOT EXISTS `"
          + name
          + "` ON `"
          + TABLE_NAME
          + "` ("
          + String.join(", ", cols)
          + ")";
    }
  }

  /**
   * A foreign key from {@code columns} of the entity to {@code referencedColumns} of {@code table}.
   *
   * @param onDelete {@code NO ACTION}, {@code RESTRICT}, {@code SET NULL}, {@code SET DEFAULT} or
   *     {@code CASCADE}; {@code onUpdate} likewise
   * @param deferred whether the clause ends with {@code DEFERRABLE INITIALLY DEFERRED}
   */
  record ForeignKey(
      String table,
      String onDelete,
      String onUpdate,
      List<String> columns,
      List<String> referencedColumns,
      boolean deferred) {
    ForeignKey {
      Objects.requireNonNull(table, "table == null");
      Objects.requireNonNull(onDelete, "onDelete == null");
      Objects.requireNonNull(onUpdate, "onUpdate == null");
      columns = copy(columns);
      referencedColumns = copy(referencedColumns);
    }

    /**
     * The clause without its deferral suffix, e.g. {@code FOREIGN KEY(`a`) REFERENCES `t`(`id`)
     * ..}.
     */
    String clauseStart() {
      return "FOREIGN KEY("
          + quoted(columns)
          + ") REFERENCES `"
          + table
          + "`("
          + quoted(referencedColumns)
          + ") ON UPDATE "
          + onUpdate
          + " ON DELETE "
          + onDelete;
    }

    /** The clause as Room writes it (a trailing space when not deferred, as Room leaves it). */
    String clause() {
      return clauseStart() + " " + (deferred ? "DEFERRABLE INITIALLY DEFERRED" : "");
    }
  }

  /**
   * The options of an FTS table ({@code @Fts3}/{@code @Fts4}).
   *
   * @param ftsVersion {@code FTS3} or {@code FTS4}
   * @param hiddenRowid whether the entity has a {@code rowid} primary-key field (not in the JSON)
   */
  record Fts(
      String ftsVersion,
      String tokenizer,
      List<String> tokenizerArgs,
      String contentTable,
      String languageIdColumnName,
      String matchInfo,
      List<String> notIndexedColumns,
      List<Integer> prefixSizes,
      String preferredOrder,
      boolean hiddenRowid) {
    Fts {
      tokenizerArgs = copy(tokenizerArgs);
      notIndexedColumns = copy(notIndexedColumns);
      prefixSizes = Collections.unmodifiableList(new ArrayList<>(prefixSizes));
    }
  }

  static String quoted(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add("`" + n + "`");
    }
    return String.join(", ", out);
  }
}
