package dev.quiz.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Room schema JSON file (any Room version's form, with its optional keys) into a {@link
 * RoomSchema.Database}, for the identity-hash tests.
 */
final class SchemaJsonReader {
  private static final String VIEW_PREFIX = "CREATE VIEW `${VIEW_NAME}` AS ";

  private SchemaJsonReader() {}

  static RoomSchema.Database read(String json) {
    JsonObject db = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("database");
    List<RoomSchema.Entity> entities = new ArrayList<>();
    for (JsonElement e : array(db, "entities")) {
      entities.add(entity(e.getAsJsonObject()));
    }
    List<RoomSchema.View> views = new ArrayList<>();
    for (JsonElement v : array(db, "views")) {
      String sql = v.getAsJsonObject().get("createSql").getAsString();
      if (!sql.startsWith(VIEW_PREFIX)) {
        throw new IllegalArgumentException("unexpected view createSql: " + sql);
      }
      views.add(
          new RoomSchema.View(
              v.getAsJsonObject().get("viewName").getAsString(),
              sql.substring(VIEW_PREFIX.length())));
    }
    return new RoomSchema.Database(db.get("version").getAsInt(), entities, views);
  }

  static String storedHash(String json) {
    return JsonParser.parseString(json)
        .getAsJsonObject()
        .getAsJsonObject("database")
        .get("identityHash")
        .getAsString();
  }

  private static RoomSchema.Entity entity(JsonObject e) {
    List<RoomSchema.Field> fields = new ArrayList<>();
    for (JsonElement f : array(e, "fields")) {
      JsonObject o = f.getAsJsonObject();
      fields.add(
          new RoomSchema.Field(
              o.get("fieldPath").getAsString(),
              o.get("columnName").getAsString(),
              o.has("affinity") ? o.get("affinity").getAsString() : "TEXT",
              o.has("notNull") && o.get("notNull").getAsBoolean(),
              o.has("defaultValue")
                  ? Optional.of(o.get("defaultValue").getAsString())
                  : Optional.empty()));
    }
    JsonObject pk = e.getAsJsonObject("primaryKey");
    RoomSchema.PrimaryKey primaryKey =
        new RoomSchema.PrimaryKey(
            strings(pk, "columnNames"),
            pk.has("autoGenerate") && pk.get("autoGenerate").getAsBoolean());
    List<RoomSchema.Index> indices = new ArrayList<>();
    for (JsonElement i : array(e, "indices")) {
      JsonObject o = i.getAsJsonObject();
      indices.add(
          new RoomSchema.Index(
              o.get("name").getAsString(),
              o.has("unique") && o.get("unique").getAsBoolean(),
              strings(o, "columnNames"),
              strings(o, "orders")));
    }
    String createSql = e.get("createSql").getAsString();
    List<RoomSchema.ForeignKey> fks = new ArrayList<>();
    for (JsonElement f : array(e, "foreignKeys")) {
      fks.add(foreignKey(f.getAsJsonObject(), createSql));
    }
    return new RoomSchema.Entity(
        e.get("tableName").getAsString(), fields, primaryKey, indices, fks, fts(e, pk));
  }

  private static RoomSchema.ForeignKey foreignKey(JsonObject o, String createSql) {
    RoomSchema.ForeignKey plain =
        new RoomSchema.ForeignKey(
            o.get("table").getAsString(),
            o.get("onDelete").getAsString(),
            o.get("onUpdate").getAsString(),
            strings(o, "columns"),
            strings(o, "referencedColumns"),
            false);
    boolean deferred = createSql.contains(plain.clauseStart() + " DEFERRABLE INITIALLY DEFERRED");
    return new RoomSchema.ForeignKey(
        plain.table(),
        plain.onDelete(),
        plain.onUpdate(),
        plain.columns(),
        plain.referencedColumns(),
        deferred);
  }

  private static Optional<RoomSchema.Fts> fts(JsonObject e, JsonObject pk) {
    if (!e.has("ftsVersion")) {
      return Optional.empty();
    }
    JsonObject o = e.getAsJsonObject("ftsOptions");
    List<Integer> prefixes = new ArrayList<>();
    for (JsonElement p : array(o, "prefixSizes")) {
      prefixes.add(p.getAsInt());
    }
    return Optional.of(
        new RoomSchema.Fts(
            e.get("ftsVersion").getAsString(),
            o.get("tokenizer").getAsString(),
            strings(o, "tokenizerArgs"),
            text(o, "contentTable"),
            text(o, "languageIdColumnName"),
            o.get("matchInfo").getAsString(),
            strings(o, "notIndexedColumns"),
            prefixes,
            o.get("preferredOrder").getAsString(),
            !strings(pk, "columnNames").isEmpty()));
  }

  private static String text(JsonObject o, String key) {
    return o.has(key) ? o.get(key).getAsString() : "";
  }

  private static JsonArray array(JsonObject o, String key) {
    return o.has(key) ? o.getAsJsonArray(key) : new JsonArray();
  }

  private static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array(o, key)) {
      out.add(e.getAsString());
    }
    return out;
  }
}
