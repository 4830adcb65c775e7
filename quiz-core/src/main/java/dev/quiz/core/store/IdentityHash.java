package dev.quiz.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Room's {@code identityHash} of a schema, computed as Room's compiler does ({@code
 * SchemaIdentityKey}): MD5 keys of every entity and view, each built from pieces followed by {@code
 * ?:?}, with lists sorted case-insensitively (stable). See {@code shared/room-schemas/README.md}
 * §2. Stateless, thread-safe.
 */
final class IdentityHash {
  private static final String SEPARATOR = "?:?";
  private static final Comparator<String> ROOM_ORDER =
      Comparator.comparing(s -> s.toLowerCase(Locale.ENGLISH));

  private IdentityHash() {}

  /** The 32 lowercase hex digits Room stores in {@code room_master_table} for {@code db}. */
  static String of(RoomSchema.Database db) {
    List<String> entityKeys = new ArrayList<>();
    for (RoomSchema.Entity e : db.entities()) {
      entityKeys.add(e.fts().isPresent() ? ftsKey(e, e.fts().get()) : entityKey(e));
    }
    List<String> viewKeys = new ArrayList<>();
    for (RoomSchema.View v : db.views()) {
      viewKeys.add(new Builder().append(v.query()).md5());
    }
    return new Builder().appendSorted(entityKeys).appendSorted(viewKeys).md5();
  }

  static String entityKey(RoomSchema.Entity e) {
    List<String> fields = new ArrayList<>();
    for (RoomSchema.Field f : e.fields()) {
      fields.add(
          fieldKey(f.columnName(), f.affinity(), f.notNull(), f.defaultValue().orElse(null)));
    }
    List<String> indices = new ArrayList<>();
    for (RoomSchema.Index i : e.indices()) {
      String key = i.unique() + "-" + i.name() + "-" + String.join(",", i.columnNames());
      indices.add(i.orders().isEmpty() ? key : key + "-" + String.join(",", i.orders()));
    }
    List<String> fks = new ArrayList<>();
    for (RoomSchema.ForeignKey fk : e.foreignKeys()) {
      fks.add(
          fk.table()
              + "-"
              + String.join(",", fk.referencedColumns())
              + "-"
              + String.join(",", fk.columns())
              + "-"
              + fk.onDelete()
              + "-"
              + fk.onUpdate()
              + "-"
              + fk.deferred());
    }
    RoomSchema.PrimaryKey pk = e.primaryKey();
    return new Builder()
        .append(e.tableName())
        .append(pk.autoGenerate() + "-[" + String.join(", ", pk.columnNames()) + "]")
        .appendSorted(fields)
        .appendSorted(indices)
        .appendSorted(fks)
        .md5();
  }

  private static String ftsKey(RoomSchema.Entity e, RoomSchema.Fts fts) {
    List<String> fields = new ArrayList<>();
    for (RoomSchema.Field f : e.fields()) {
      fields.add(
          fieldKey(f.columnName(), f.affinity(), f.notNull(), f.defaultValue().orElse(null)));
    }
    // the hidden fields the JSON leaves out; the only real example has both NOT NULL
    if (fts.hiddenRowid()) {
      fields.add(fieldKey("rowid", "INTEGER", true, null));
    }
    if (!fts.languageIdColumnName().isEmpty()) {
      fields.add(fieldKey(fts.languageIdColumnName(), "INTEGER", true, null));
    }
    List<String> prefixes = new ArrayList<>();
    for (Integer p : fts.prefixSizes()) {
      prefixes.add(Integer.toString(p));
    }
    String options =
        new Builder()
            .append(fts.tokenizer())
            .append(String.join(", ", fts.tokenizerArgs()))
            .append(fts.contentTable())
            .append(fts.languageIdColumnName())
            .append(fts.matchInfo())
            .append(String.join(", ", fts.notIndexedColumns()))
            .append(String.join(", ", prefixes))
            .append(fts.preferredOrder())
            .md5();
    return new Builder()
        .append(e.tableName())
        .appendSorted(fields)
        .append(fts.ftsVersion())
        .append(options)
        .md5();
  }

  private static String fieldKey(String column, String affinity, boolean notNull, String dflt) {
    String key = column + "-" + affinity + "-" + notNull;
    return dflt == null ? key : key + "-defaultValue=" + dflt;
  }

  /** Room's key builder: every piece is followed by {@code ?:?}; the result is the MD5 hex. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();

    Builder append(String piece) {
      text.append(piece).append(SEPARATOR);
      return this;
    }

    Builder appendSorted(List<String> pieces) {
      List<String> sorted = new ArrayList<>(pieces);
      Collections.sort(sorted, ROOM_ORDER); // List.sort is stable, as Room's sortedWith
      for (String p : sorted) {
        append(p);
      }
      return this;
    }

    String text() {
      return text.toString();
    }

    String md5() {
      try {
        byte[] digest =
            MessageDigest.getInstance("MD5")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(32);
        for (byte b : digest) {
          hex.append(Character.forDigit((b >> 4) & 0xf, 16))
              .append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("MD5 is missing from this Java runtime", e);
      }
    }
  }
}
