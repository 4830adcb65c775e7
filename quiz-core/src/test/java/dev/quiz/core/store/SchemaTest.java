package dev.quiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed Room schema files, the code's schema and a fresh bank agree. */
class SchemaTest {
  static final Path SCHEMAS = Paths.get("schemas", QuizSchema.DATABASE_CLASS);

  @TempDir Path dir;

  static String committed(int version) throws IOException {
    return new String(
        Files.readAllBytes(SCHEMAS.resolve(version + ".json")), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void theCodesSchemaHasNotDriftedFromTheCommittedRoomJson(int version) throws IOException {
    assertThat(SqliteStore.roomSchemaJson(version))
        .as(
            "regenerate schemas/%s/%d.json only for a new version; released ones never change",
            QuizSchema.DATABASE_CLASS, version)
        .isEqualTo(committed(version));
  }

  @Test
  void thereIsOneCommittedJsonPerVersionUpToTheCurrentOne() throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(SCHEMAS)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("1.json", "2.json");
    }
    assertThat(QuizSchema.CURRENT).isEqualTo(2);
    assertThat(Migrations.SCRIPTS).hasSize(QuizSchema.CURRENT);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void theCommittedHashIsWhatRoomComputesFromTheCommittedJson(int version) throws IOException {
    String json = committed(version);

    assertThat(IdentityHash.of(SchemaJsonReader.read(json)))
        .isEqualTo(SchemaJsonReader.storedHash(json));
  }

  @Test
  void aFreshBankCarriesTheCommittedIdentityHashAndVersion() throws Exception {
    Path bank = dir.resolve("bank.db");
    SqliteStore.open(bank, Fixtures.CLOCK).close();

    try (Connection c = Fixtures.connect(bank);
        Statement st = c.createStatement()) {
      assertThat(one(st, "SELECT identity_hash FROM room_master_table WHERE id = 42"))
          .isEqualTo(SchemaJsonReader.storedHash(committed(QuizSchema.CURRENT)));
      assertThat(one(st, "PRAGMA user_version")).isEqualTo(String.valueOf(QuizSchema.CURRENT));
      assertThat(one(st, "PRAGMA journal_mode")).isEqualTo("wal");
    }
  }

  @Test
  void aFreshBanksTablesAndIndicesAreExactlyRoomsCreateSql() throws Exception {
    Path bank = dir.resolve("bank.db");
    SqliteStore.open(bank, Fixtures.CLOCK).close();
    List<String> expected = new ArrayList<>();
    for (RoomSchema.Entity e : QuizSchema.version(QuizSchema.CURRENT).entities()) {
      for (String sql : e.createStatements()) {
        expected.add(sql.replace(" IF NOT EXISTS", ""));
      }
    }
    expected.add("CREATE TABLE room_master_table (id INTEGER PRIMARY KEY,identity_hash TEXT)");

    try (Connection c = Fixtures.connect(bank);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"
                    + " AND name <> 'sqlite_sequence' ORDER BY rowid")) {
      List<String> actual = new ArrayList<>();
      while (rs.next()) {
        actual.add(rs.getString(1));
      }
      assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void theFirstMigrationScriptIsTheVersionOneSchema() {
    List<String> expected = new ArrayList<>();
    for (RoomSchema.Entity e : QuizSchema.version(1).entities()) {
      expected.addAll(e.createStatements());
    }

    assertThat(Migrations.statements(1)).isEqualTo(expected);
  }

  static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
