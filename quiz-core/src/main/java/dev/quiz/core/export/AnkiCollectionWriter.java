package dev.quiz.core.export;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.ReviewLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes an {@link ExportPlan} as Anki's {@code collection.anki2} (schema 11, README §2): one
 * transaction, then closed, with no journal file left beside it. One per export.
 */
final class AnkiCollectionWriter {
  private static final int BATCH = 500;
  private static final String NOTE_SQL = "insert into notes values (?,?,?,?,-1,?,?,?,?,0,'')";
  private static final String CARD_SQL =
      "insert into cards values (?,?,?,0,?,-1,?,?,?,?,?,?,?,0,0,0,0,?)";
  private static final String REVLOG_SQL = "insert into revlog values (?,?,-1,?,?,?,?,?,?)";

  private final ExportPlan plan;
  private final DayClock clock;
  private final Progress progress;

  AnkiCollectionWriter(ExportPlan plan, Progress progress) {
    this.plan = plan;
    this.clock = new DayClock(plan.options);
    this.progress = progress;
  }

  /**
   * Creates {@code file} (which must not exist) and fills it.
   *
   * @throws SQLException when SQLite fails
   * @throws dev.quiz.core.CancelledException when the listener cancels
   */
  void write(Path file) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      try (Statement s = c.createStatement()) {
        s.execute("pragma journal_mode = memory");
        s.execute("pragma synchronous = off");
      }
      c.setAutoCommit(false);
      String[] schema = readSchema().split(";");
      execute(c, schema, "create table");
      writeCol(c);
      writeNotes(c);
      writeCards(c);
      writeRevlog(c);
      // indexes built once over the loaded rows: much faster than maintaining them per insert
      execute(c, schema, "create index");
      c.commit();
    }
  }

  /** Runs the statements of {@code schema} that start with {@code kind}. */
  private static void execute(Connection c, String[] schema, String kind) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : schema) {
        if (sql.trim().startsWith(kind)) {
          s.execute(sql);
        }
      }
    }
  }

  private static String readSchema() throws IOException {
    try (InputStream in = AnkiCollectionWriter.class.getResourceAsStream("schema11.sql")) {
      if (in == null) {
        throw new IOException("schema11.sql is missing from the quiz-core jar");
      }
      StringBuilder b = new StringBuilder();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.trim().startsWith("--")) {
          b.append(line).append('\n');
        }
      }
      return b.toString();
    }
  }

  private void writeCol(Connection c) throws SQLException {
    long nowMs = plan.options.now().toEpochMilli();
    long mod = Math.min(NoteType.TEMPLATES_MODIFIED, plan.options.now().getEpochSecond());
    try (PreparedStatement p =
        c.prepareStatement("insert into col values (1,?,?,?,11,0,0,0,?,?,?,?,?)")) {
      p.setLong(1, clock.crt());
      p.setLong(2, nowMs);
      p.setLong(3, nowMs);
      p.setString(
          4, CollectionJson.conf(clock, plan.options.rolloverHour(), plan.notes.size() + 1));
      p.setString(5, CollectionJson.models(mod));
      p.setString(6, CollectionJson.decks(plan.decks, mod));
      p.setString(7, CollectionJson.deckConfig(mod));
      p.setString(8, CollectionJson.tags(plan.tags));
      p.executeUpdate();
    }
  }

  private void writeNotes(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(NOTE_SQL)) {
      int n = 0;
      for (PlannedNote note : plan.notes) {
        List<String> values = note.fields().values();
        p.setLong(1, note.id());
        p.setString(2, note.guid());
        p.setLong(3, note.fields().type().id());
        p.setLong(4, note.modified());
        p.setString(5, AnkiNames.tagColumn(note.tags()));
        p.setString(6, String.join(String.valueOf(AnkiText.FIELD_SEPARATOR), values));
        p.setString(7, AnkiText.stripHtmlMedia(values.get(0)));
        p.setLong(8, AnkiText.checksum(values.get(0)));
        p.addBatch();
        n = flush(p, n);
        progress.step();
      }
      p.executeBatch();
    }
    progress.report();
  }

  private void writeCards(Connection c) throws SQLException {
    boolean scheduled = plan.options.withScheduling();
    try (PreparedStatement p = c.prepareStatement(CARD_SQL)) {
      int n = 0;
      for (PlannedNote note : plan.notes) {
        AnkiCard a =
            scheduled
                ? AnkiCard.scheduled(note.card(), note.position(), clock)
                : AnkiCard.fresh(note.position());
        p.setLong(1, note.id());
        p.setLong(2, note.id());
        p.setLong(3, plan.decks.get(note.deckName()));
        p.setLong(4, cardModified(note, scheduled));
        p.setInt(5, a.type());
        p.setInt(6, a.queue());
        p.setLong(7, a.due());
        p.setInt(8, a.interval());
        p.setInt(9, a.factor());
        p.setInt(10, a.reps());
        p.setInt(11, a.lapses());
        p.setString(12, a.data());
        p.addBatch();
        n = flush(p, n);
        progress.step();
      }
      p.executeBatch();
    }
    progress.report();
  }

  private long cardModified(PlannedNote note, boolean scheduled) {
    long mod = note.modified();
    if (scheduled && note.card().isPresent()) {
      Card card = note.card().get();
      if (card.state().lastReview().isPresent()) {
        mod = Math.max(mod, card.state().lastReview().get().getEpochSecond());
      }
    }
    return Math.min(mod, plan.options.now().getEpochSecond());
  }

  private void writeRevlog(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(REVLOG_SQL)) {
      int n = 0;
      long lastId = Long.MIN_VALUE;
      for (ReviewLog log : plan.reviews) {
        long id = Math.max(log.reviewedAt().toEpochMilli(), lastId + 1);
        lastId = id;
        RevlogRow r = RevlogRow.of(log, id, plan.cardIds.get(log.cardId()));
        p.setLong(1, r.id());
        p.setLong(2, r.cardId());
        p.setInt(3, r.ease());
        p.setLong(4, r.interval());
        p.setLong(5, r.lastInterval());
        p.setInt(6, r.factor());
        p.setInt(7, r.timeMillis());
        p.setInt(8, r.type());
        p.addBatch();
        n = flush(p, n);
        progress.step();
      }
      p.executeBatch();
    }
    progress.report();
  }

  private static int flush(PreparedStatement p, int pending) throws SQLException {
    if (pending + 1 < BATCH) {
      return pending + 1;
    }
    p.executeBatch();
    return 0;
  }
}
