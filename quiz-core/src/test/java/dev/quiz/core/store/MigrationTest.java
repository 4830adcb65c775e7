package dev.quiz.core.store;

import static dev.quiz.core.store.Fixtures.CLOCK;
import static dev.quiz.core.store.Fixtures.T0;
import static dev.quiz.core.store.SchemaTest.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.StorageException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Banks written by older versions are upgraded in place; newer ones are refused untouched. */
class MigrationTest {
  private static final String V1_HASH = IdentityHash.of(QuizSchema.version(1));

  @TempDir Path dir;

  /** A version-1 bank built from the committed v1 script, with a deck, a note and three cards. */
  static void writeVersionOneBank(Path file) throws SQLException {
    try (Connection c = Fixtures.connect(file);
        Statement st = c.createStatement()) {
      for (String sql : Migrations.statements(1)) {
        st.execute(sql);
      }
      st.execute(RoomSchema.MASTER_TABLE_CREATE);
      st.execute(RoomSchema.masterInsert(V1_HASH));
      st.execute("PRAGMA user_version = 1");
      st.execute("INSERT INTO decks VALUES (1, 'History', 'fsrs', 20, '{\"retention\":0.9}')");
      st.execute("INSERT INTO documents VALUES (1, 'kabul.txt', 'Kabul', 'ab', 10)");
      st.execute(
          "INSERT INTO notes VALUES (1, 'q-000000000001', 1, 1, 'date', 'cloze',"
              + " 'Kabul fell on ____.', '{}', '15 August 2021',"
              + " '{\"start\":\"2021-08-15\",\"end\":\"2021-08-15\"}', 'kabul.txt',"
              + " 'Kabul fell on 15 August 2021.', 10, 39, 24, 38, 0.75, '[\"kabul\"]', "
              + T0.toEpochMilli()
              + ")");
      String state = ", 0, 0, 0, 0, 0, 0, NULL, ";
      long t = T0.toEpochMilli();
      st.execute("INSERT INTO cards VALUES (1, 1, 1, 0, " + t + ", NULL, NULL" + state + "0)");
      st.execute(
          "INSERT INTO cards VALUES (2, 1, 1, 2, " + (t + 1000) + ", 3.5, 5.0" + state + "0)");
      st.execute(
          "INSERT INTO cards VALUES (3, 1, 1, 2, " + (t + 500) + ", 3.5, 5.0" + state + "1)");
      st.execute(
          "INSERT INTO reviews VALUES (1, 2, "
              + t
              + ", 3, 1500,"
              + " 0, "
              + t
              + ", NULL, NULL, 0, 0, 0, 0, 0, 0, NULL,"
              + " 2, "
              + (t + 1000)
              + ", 3.5, 5.0, 0, 0, 0, 0, 0, 0, NULL)");
    }
  }

  @Test
  void aVersionOneBankIsUpgradedKeepingItsDataAndStampedWithTheNewHash() throws Exception {
    Path bank = dir.resolve("bank.db");
    writeVersionOneBank(bank);

    try (SqliteStore store = SqliteStore.open(bank, CLOCK)) {
      Deck deck = store.findDeck("History").get();
      assertThat(store.deckSettings(deck.id())).contains("{\"retention\":0.9}");
      Note note = store.findNote("q-000000000001").get();
      assertThat(note.question())
          .isEqualTo(
              Fixtures.cloze("q-000000000001", java.util.Collections.singletonList("kabul")));
      List<Card> cards = store.cardsOf(note.id());
      assertThat(cards)
          .extracting(c -> c.state().type())
          .containsExactly(CardType.NEW, CardType.REVIEW, CardType.REVIEW);
      assertThat(cards).extracting(Card::suspended).containsExactly(false, false, true);
      assertThat(store.dueCards(Optional.empty(), T0.plusSeconds(10), 10))
          .containsExactly(cards.get(1));
      assertThat(store.newCards(Optional.empty(), 10)).containsExactly(cards.get(0));
      assertThat(store.reviews(Optional.empty(), T0, T0.plusSeconds(1))).hasSize(1);
    }
    try (Connection c = Fixtures.connect(bank);
        Statement st = c.createStatement()) {
      assertThat(one(st, "PRAGMA user_version")).isEqualTo("2");
      assertThat(one(st, "SELECT identity_hash FROM room_master_table WHERE id = 42"))
          .isEqualTo(SqliteStore.roomIdentityHash(2));
      assertThat(one(st, "SELECT group_concat(queue) FROM (SELECT queue FROM cards ORDER BY id)"))
          .isEqualTo("0,1,-1");
    }
  }

  @Test
  void anUpgradedBankHasTheSameTablesColumnsIndicesAndKeysAsANewOne() throws Exception {
    Path old = dir.resolve("old.db");
    Path fresh = dir.resolve("fresh.db");
    writeVersionOneBank(old);
    SqliteStore.open(old, CLOCK).close();
    SqliteStore.open(fresh, CLOCK).close();

    assertThat(structure(old)).isEqualTo(structure(fresh));
  }

  @Test
  void aCopyOfTheOldBankIsKeptBesideItBeforeUpgrading() throws Exception {
    Path bank = dir.resolve("bank.db");
    writeVersionOneBank(bank);

    SqliteStore.open(bank, CLOCK).close();

    Path backup = dir.resolve("bank.db.v1-20240301-090000.bak");
    assertThat(backup).exists();
    try (Connection c = Fixtures.connect(backup);
        Statement st = c.createStatement()) {
      assertThat(one(st, "PRAGMA user_version")).isEqualTo("1");
      assertThat(one(st, "SELECT count(*) FROM cards")).isEqualTo("3");
    }
  }

  @Test
  void aBankFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
    Path bank = dir.resolve("bank.db");
    SqliteStore.open(bank, CLOCK).close();
    try (Connection c = Fixtures.connect(bank);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 3");
    }
    byte[] before = Files.readAllBytes(bank);

    StorageException e = assertThrows(StorageException.class, () -> SqliteStore.open(bank, CLOCK));

    assertThat(e)
        .hasMessage(
            "bank "
                + bank
                + " has schema version 3, newer than this quiz knows"
                + " (2); update quiz to open it (it was not changed)");
    assertThat(Files.readAllBytes(bank)).isEqualTo(before);
  }

  /** What Room's validation compares, per table: columns, indices, foreign keys. */
  private static TreeMap<String, List<String>> structure(Path bank) throws SQLException {
    TreeMap<String, List<String>> out = new TreeMap<>();
    try (Connection c = Fixtures.connect(bank);
        Statement st = c.createStatement()) {
      for (RoomSchema.Entity e : QuizSchema.version(QuizSchema.CURRENT).entities()) {
        String t = e.tableName();
        List<String> facts = new ArrayList<>();
        facts.addAll(
            rows(
                st,
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('"
                    + t
                    + "') ORDER BY name"));
        facts.addAll(
            rows(
                st,
                "SELECT l.name, l.\"unique\", l.origin, group_concat(i.name) FROM pragma_index_list('"
                    + t
                    + "') l, pragma_index_info(l.name) i GROUP BY l.name ORDER BY l.name"));
        facts.addAll(
            rows(
                st,
                "SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('"
                    + t
                    + "') ORDER BY \"from\""));
        out.put(t, facts);
      }
    }
    return out;
  }

  private static List<String> rows(Statement st, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(rs.getString(i)).append('|');
        }
        out.add(sb.toString());
      }
    }
    return out;
  }
}
