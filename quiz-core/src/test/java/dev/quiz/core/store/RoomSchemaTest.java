package dev.quiz.core.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The createSql strings built from a schema description are the ones Room generated. Old Room wrote
 * indices without {@code IF NOT EXISTS}, and collations are not in the JSON's fields: those texts
 * are skipped.
 */
class RoomSchemaTest {

  static java.util.stream.Stream<Path> exportedSchemas() throws IOException {
    return IdentityHashTest.exportedSchemas();
  }

  @ParameterizedTest
  @MethodSource("exportedSchemas")
  void buildsTheSameCreateSqlAsRoomForEveryRegularTableAndIndex(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    RoomSchema.Database db = SchemaJsonReader.read(json);
    JsonObject root = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("database");
    SoftAssertions soft = new SoftAssertions();
    for (JsonElement el : root.getAsJsonArray("entities")) {
      JsonObject stored = el.getAsJsonObject();
      RoomSchema.Entity entity = db.entity(stored.get("tableName").getAsString()).orElseThrow();
      if (entity.fts().isPresent()) {
        continue;
      }
      String createSql = stored.get("createSql").getAsString();
      if (!createSql.contains(" COLLATE ")) {
        soft.assertThat(entity.createSql()).isEqualTo(createSql);
      }
      for (int i = 0; i < entity.indices().size(); i++) {
        String indexSql =
            stored
                .getAsJsonArray("indices")
                .get(i)
                .getAsJsonObject()
                .get("createSql")
                .getAsString();
        if (indexSql.contains(" IF NOT EXISTS ")) {
          soft.assertThat(entity.indices().get(i).createSql()).isEqualTo(indexSql);
        }
      }
    }
    soft.assertAll();
  }
}
