package dev.quiz.core.store;

import static dev.quiz.core.store.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.FileOpException;
import dev.quiz.core.QuizException;
import dev.quiz.core.StorageException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not usable banks are refused with one line naming the file and the remedy, and are
 * left byte for byte as they were.
 */
class BadBankTest {
  @TempDir Path dir;

  private <E extends QuizException> E refused(Class<E> type, Path file) throws Exception {
    byte[] before = Files.readAllBytes(file);
    E e = assertThrows(type, () -> SqliteStore.open(file, CLOCK));
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(e.getMessage()).doesNotContain("\n");
    return e;
  }

  private Path bankWithCards() {
    Path bank = dir.resolve("bank.db");
    try (SqliteStore store = SqliteStore.open(bank, CLOCK)) {
      for (int i = 0; i < 40; i++) {
        store.upsertNote(
            store.deckNamed("D", dev.quiz.core.model.SchedulerKind.FSRS).id(),
            store.saveDocument("kabul.txt", "Kabul", "ab", 10).id(),
            Fixtures.cloze(String.format("q-%012d", i)),
            Fixtures.T0);
      }
    }
    return bank;
  }

  @Test
  void aTextFileIsNotABank() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.write(file, "Kabul fell on 15 August 2021.\n".getBytes(StandardCharsets.UTF_8));

    StorageException e = refused(StorageException.class, file);

    assertThat(e)
        .hasMessage(
            file
                + " is not a quiz bank: it is not a SQLite database file;"
                + " give another file with --bank or move this one away (it was not changed)");
  }

  @Test
  void aBankCutInsideItsHeaderIsDamaged() throws Exception {
    Path bank = bankWithCards();
    Files.write(bank, Arrays.copyOf(Files.readAllBytes(bank), 50));

    StorageException e = refused(StorageException.class, bank);

    assertThat(e)
        .hasMessage(
            "bank "
                + bank
                + " is damaged: it ends inside the SQLite header"
                + " (50 bytes); restore it from a backup (it was not changed)");
  }

  @Test
  void aTruncatedBankIsDamaged() throws Exception {
    Path bank = bankWithCards();
    byte[] all = Files.readAllBytes(bank);
    int pages = ByteBuffer.wrap(all, 28, 4).getInt();
    Files.write(bank, Arrays.copyOf(all, 2 * 4096));

    StorageException e = refused(StorageException.class, bank);

    assertThat(pages).isGreaterThan(2);
    assertThat(e)
        .hasMessage(
            "bank "
                + bank
                + " is damaged: it is truncated: its header counts "
                + pages
                + " pages of 4096 bytes but the file has 8192 bytes; restore it from a backup"
                + " (it was not changed)");
  }

  @Test
  void aBankWithAScrambledSchemaPageIsDamaged() throws Exception {
    Path bank = bankWithCards();
    try (RandomAccessFile f = new RandomAccessFile(bank.toFile(), "rw")) {
      byte[] junk = new byte[4096 - 100];
      Arrays.fill(junk, (byte) 0x55);
      f.seek(100);
      f.write(junk);
    }

    StorageException e = refused(StorageException.class, bank);

    assertThat(e)
        .hasMessageStartingWith("bank " + bank + " is damaged (")
        .hasMessageContaining("malformed")
        .hasMessageEndingWith("); restore it from a backup");
  }

  @Test
  void aSqliteFileOfAnotherProgramIsRefused() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = Fixtures.connect(file);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)");
      st.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)");
      st.execute("INSERT INTO people VALUES (1, 'Ada')");
    }

    StorageException e = refused(StorageException.class, file);

    assertThat(e)
        .hasMessage(
            file
                + " is not a quiz bank: it is a SQLite database without"
                + " room_master_table (tables: people, places); give another file with --bank or move"
                + " this one away (it was not changed)");
  }

  @Test
  void aRoomDatabaseOfAnotherAppIsRefused() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = Fixtures.connect(file);
        Statement st = c.createStatement()) {
      st.execute(RoomSchema.MASTER_TABLE_CREATE);
      st.execute(RoomSchema.masterInsert("0123456789abcdef0123456789abcdef"));
      st.execute("PRAGMA user_version = 2");
    }

    StorageException e = refused(StorageException.class, file);

    assertThat(e)
        .hasMessage(
            file
                + " is not a quiz bank: its Room identity hash is"
                + " 0123456789abcdef0123456789abcdef, not "
                + SqliteStore.roomIdentityHash(2)
                + " of quiz schema version 2; give another file with --bank or move this one away"
                + " (it was not changed)");
  }

  @Test
  void aReadOnlyBankIsRefused() throws Exception {
    Path bank = bankWithCards();
    Files.setPosixFilePermissions(bank, PosixFilePermissions.fromString("r--r--r--"));

    FileOpException e = refused(FileOpException.class, bank);

    assertThat(e)
        .hasMessage(
            "cannot open bank "
                + bank
                + ": the file is read-only; make it"
                + " writable (chmod u+w) or copy it");
  }

  @Test
  void aFolderIsNotABank() throws Exception {
    FileOpException e = assertThrows(FileOpException.class, () -> SqliteStore.open(dir, CLOCK));

    assertThat(e)
        .hasMessage(
            "cannot open bank "
                + dir
                + ": it is a folder; give a bank file,"
                + " e.g. --bank "
                + dir.resolve("bank.db"));
  }

  @Test
  void missingFoldersAreCreatedForANewBank() {
    Path bank = dir.resolve("a").resolve("b").resolve("bank.db");

    SqliteStore.open(bank, CLOCK).close();

    assertThat(bank).exists();
  }
}
