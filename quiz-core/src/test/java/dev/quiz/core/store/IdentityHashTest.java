package dev.quiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Room's identity hash, checked against schema files real apps exported (shared/room-schemas). */
class IdentityHashTest {

  static Stream<Path> exportedSchemas() throws IOException {
    try (Stream<Path> files = Files.list(Shared.path("room-schemas"))) {
      List<Path> json =
          files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
      assertThat(json).hasSize(16);
      return json.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exportedSchemas")
  void reproducesTheStoredHashOfEveryExportedSchema(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(IdentityHash.of(SchemaJsonReader.read(json)))
        .isEqualTo(SchemaJsonReader.storedHash(json));
  }

  @Test
  void doesNotReproduceTheHashOfAHandEditedSchema() throws IOException {
    Path negative = Shared.path("room-schemas", "negative");
    List<Path> files;
    try (Stream<Path> list = Files.list(negative)) {
      files = list.filter(p -> p.toString().endsWith(".json")).collect(Collectors.toList());
    }
    assertThat(files).hasSize(1);
    String json = Files.readString(files.get(0), StandardCharsets.UTF_8);

    assertThat(IdentityHash.of(SchemaJsonReader.read(json)))
        .isNotEqualTo(SchemaJsonReader.storedHash(json));
  }

  @Test
  void entityKeyInputMatchesTheWorkedExampleOfTheReadme() throws IOException {
    String json =
        Files.readString(
            Shared.path("room-schemas", "androidx__androidx__MigrationDb__13.json"),
            StandardCharsets.UTF_8);
    RoomSchema.Entity entity1 = SchemaJsonReader.read(json).entity("Entity1").orElseThrow();

    assertThat(IdentityHash.entityKey(entity1)).isEqualTo("5e17483d691b35d5403c3d7b4d8d591d");
  }
}
