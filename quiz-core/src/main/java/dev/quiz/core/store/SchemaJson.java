package dev.quiz.core.store;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes Room's schema JSON (format version 1) for a {@link RoomSchema.Database}, in the complete
 * Gson-era form every Room version reads: every key present, 2-space indent, Room's key order, no
 * keys of our own, a final newline. Regular tables only. Stateless, thread-safe.
 */
final class SchemaJson {
  private SchemaJson() {}

  /** The JSON text Room would export as {@code <version>.json} for {@code db}. */
  static String write(RoomSchema.Database db) {
    StringWriter out = new StringWriter();
    try (JsonWriter w = new JsonWriter(out)) {
      w.setIndent("  ");
      w.setHtmlSafe(false);
      String hash = IdentityHash.of(db);
      w.beginObject().name("formatVersion").value(1).name("database").beginObject();
      w.name("version").value(db.version()).name("identityHash").value(hash);
      w.name("entities").beginArray();
      for (RoomSchema.Entity e : db.entities()) {
        entity(w, e);
      }
      w.endArray();
      w.name("views").beginArray();
      for (RoomSchema.View v : db.views()) {
        w.beginObject().name("viewName").value(v.viewName());
        w.name("createSql").value("CREATE VIEW `${VIEW_NAME}` AS " + v.query().trim()).endObject();
      }
      w.endArray();
      w.name("setupQueries").beginArray();
      w.value(RoomSchema.MASTER_TABLE_CREATE).value(RoomSchema.masterInsert(hash)).endArray();
      w.endObject().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out + "\n";
  }

  private static void entity(JsonWriter w, RoomSchema.Entity e) throws IOException {
    w.beginObject().name("tableName").value(e.tableName()).name("createSql").value(e.createSql());
    w.name("fields").beginArray();
    for (RoomSchema.Field f : e.fields()) {
      w.beginObject()
          .name("fieldPath")
          .value(f.fieldPath())
          .name("columnName")
          .value(f.columnName());
      w.name("affinity").value(f.affinity()).name("notNull").value(f.notNull());
      if (f.defaultValue().isPresent()) {
        w.name("defaultValue").value(f.defaultValue().get());
      }
      w.endObject();
    }
    w.endArray();
    w.name("primaryKey").beginObject();
    strings(w.name("columnNames"), e.primaryKey().columnNames());
    w.name("autoGenerate").value(e.primaryKey().autoGenerate()).endObject();
    w.name("indices").beginArray();
    for (RoomSchema.Index i : e.indices()) {
      w.beginObject().name("name").value(i.name()).name("unique").value(i.unique());
      strings(w.name("columnNames"), i.columnNames());
      strings(w.name("orders"), i.orders());
      w.name("createSql").value(i.createSql()).endObject();
    }
    w.endArray();
    w.name("foreignKeys").beginArray();
    for (RoomSchema.ForeignKey fk : e.foreignKeys()) {
      w.beginObject().name("table").value(fk.table());
      w.name("onDelete").value(fk.onDelete()).name("onUpdate").value(fk.onUpdate());
      strings(w.name("columns"), fk.columns());
      strings(w.name("referencedColumns"), fk.referencedColumns()).endObject();
    }
    w.endArray().endObject();
  }

  private static JsonWriter strings(JsonWriter w, List<String> values) throws IOException {
    w.beginArray();
    for (String v : values) {
      w.value(v);
    }
    return w.endArray();
  }
}
