package dev.quiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queries that pick the next card read one index range in order: no table scan, no sort, so the
 * next due card of a million is found in about the time of one index lookup.
 */
class DueQueryPlanTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "card_due_in_deck, 3, index_cards_deck_id_queue_due",
    "card_due, 2, index_cards_queue_due",
    "card_new_in_deck, 2, index_cards_deck_id_queue_due",
    "card_new, 1, index_cards_queue_due",
  })
  void pickingTheNextCardSearchesAnIndexWithoutSorting(String query, int params, String index)
      throws SQLException {
    Path bank = dir.resolve("bank.db");
    SqliteStore.open(bank, Fixtures.CLOCK).close();

    List<String> plan = plan(bank, Sql.query(query), params);

    assertThat(plan)
        .anySatisfy(
            step -> assertThat(step).startsWith("SEARCH cards USING INDEX " + index + " ("));
    assertThat(plan).noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
    assertThat(plan).noneSatisfy(step -> assertThat(step).startsWith("SCAN"));
  }

  private static List<String> plan(Path bank, String sql, int params) throws SQLException {
    try (Connection c = Fixtures.connect(bank);
        PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
      for (int i = 1; i <= params; i++) {
        ps.setLong(i, 1);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString("detail"));
        }
      }
      return out;
    }
  }
}
