package dev.quiz.core.store;

import static dev.quiz.core.store.Fixtures.CLOCK;
import static dev.quiz.core.store.SchemaTest.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.FileOpException;
import dev.quiz.core.model.SchedulerKind;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy for Room's createFromAsset is one self-contained file with the version in its header.
 */
class AndroidAssetTest {
  @TempDir Path dir;

  @Test
  void theAssetIsOneRollbackJournalFileWithVersionHashAndData() throws Exception {
    Path bank = dir.resolve("bank.db");
    Path out = dir.resolve("assets").resolve("quiz.db");
    try (SqliteStore store = SqliteStore.open(bank, CLOCK)) {
      store.upsertNote(
          store.deckNamed("D", SchedulerKind.FSRS).id(),
          store.saveDocument("kabul.txt", "Kabul", "ab", 10).id(),
          Fixtures.cloze("q-000000000001"),
          Fixtures.T0);

      store.writeAndroidAsset(out, false);
    }

    byte[] header = Files.readAllBytes(out);
    assertThat(header[18]).as("write version: 1 = rollback journal").isEqualTo((byte) 1);
    assertThat(header[19]).as("read version: 1 = rollback journal").isEqualTo((byte) 1);
    assertThat(ByteBuffer.wrap(header, 60, 4).getInt()).isEqualTo(SqliteStore.SCHEMA_VERSION);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .containsExactly("quiz.db");
    }
    try (Connection c = Fixtures.connect(out);
        Statement st = c.createStatement()) {
      assertThat(one(st, "SELECT identity_hash FROM room_master_table WHERE id = 42"))
          .isEqualTo(SqliteStore.roomIdentityHash(SqliteStore.SCHEMA_VERSION));
      assertThat(one(st, "SELECT count(*) FROM cards")).isEqualTo("1");
      assertThat(one(st, "PRAGMA foreign_key_check")).isNull();
    }
  }

  @Test
  void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
    Path out = dir.resolve("quiz.db");
    Files.write(out, new byte[] {1, 2, 3});
    try (SqliteStore store = SqliteStore.open(dir.resolve("bank.db"), CLOCK)) {
      FileOpException e =
          assertThrows(FileOpException.class, () -> store.writeAndroidAsset(out, false));

      assertThat(e)
          .hasMessage(
              "cannot write Android asset " + out + ": the file exists; use --force to replace it");
      assertThat(Files.readAllBytes(out)).containsExactly(1, 2, 3);

      store.writeAndroidAsset(out, true);
    }
    assertThat(Files.size(out)).isGreaterThan(4096);
  }
}
