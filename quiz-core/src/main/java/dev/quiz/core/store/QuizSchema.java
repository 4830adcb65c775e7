package dev.quiz.core.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The bank's schema, version by version, as the {@code @Entity} classes of a Room database {@code
 * dev.quiz.core.store.QuizDatabase} would declare it. The tables, the identity hash and the
 * committed schema JSON ({@code quiz-core/schemas/dev.quiz.core.store.QuizDatabase/N.json}) all
 * come from here. Versions are append-only: a new version is the previous one plus a change, with a
 * matching migration in {@code migrations/NNN_*.sql}.
 */
final class QuizSchema {
  /** The version a new bank gets and the newest this code can open. */
  static final int CURRENT = 2;

  /** Room's name of the database class, the folder of the schema JSON files. */
  static final String DATABASE_CLASS = "dev.quiz.core.store.QuizDatabase";

  private static final String CASCADE = "CASCADE";
  private static final String NO_ACTION = "NO ACTION";

  private QuizSchema() {}

  /** The schema of {@code version}, 1..{@link #CURRENT}. */
  static RoomSchema.Database version(int version) {
    switch (version) {
      case 1:
        return v1();
      case 2:
        return v2();
      default:
        throw new IllegalArgumentException("schema version must be 1.." + CURRENT + ": " + version);
    }
  }

  /** Version 1: decks, documents, facts, notes, cards with an index for due cards, reviews. */
  private static RoomSchema.Database v1() {
    return new RoomSchema.Database(
        1,
        Arrays.asList(decks(), documents(), facts(), notes(), cards(false), reviews()),
        Collections.emptyList());
  }

  /**
   * Version 2: cards get a {@code queue} column (-1 suspended, 0 new, 1 learning or review), so
   * that the next due or new card is one index range: {@code (deck_id, queue, due)}, and {@code
   * (queue, due)} across decks. It replaces v1's {@code (deck_id, suspended, due)}, which had to
   * skip new cards.
   */
  private static RoomSchema.Database v2() {
    return new RoomSchema.Database(
        2,
        Arrays.asList(decks(), documents(), facts(), notes(), cards(true), reviews()),
        Collections.emptyList());
  }

  private static RoomSchema.Entity decks() {
    return RoomSchema.Entity.table(
        "decks",
        Arrays.asList(
            id(),
            text("name", "name"),
            text("scheduler", "scheduler"),
            integer("newCardsPerDay", "new_cards_per_day"),
            nullable("settingsJson", "settings", "TEXT")),
        autoId(),
        Collections.singletonList(unique("decks", "name")),
        Collections.emptyList());
  }

  private static RoomSchema.Entity documents() {
    return RoomSchema.Entity.table(
        "documents",
        Arrays.asList(
            id(),
            text("name", "name"),
            text("title", "title"),
            text("sha256", "sha256"),
            integer("length", "length")),
        autoId(),
        Collections.singletonList(unique("documents", "name")),
        Collections.emptyList());
  }

  private static RoomSchema.Entity facts() {
    List<RoomSchema.Field> fields = new ArrayList<>();
    fields.add(id());
    fields.add(integer("documentId", "document_id"));
    fields.add(text("about", "about"));
    fields.add(text("answer", "answer"));
    fields.add(text("kind", "kind"));
    fields.add(text("valueJson", "value"));
    fields.addAll(source());
    fields.add(integer("conflict", "conflict"));
    return RoomSchema.Entity.table(
        "facts",
        fields,
        autoId(),
        Collections.singletonList(index("facts", "document_id")),
        Collections.singletonList(cascade("documents", "document_id")));
  }

  private static RoomSchema.Entity notes() {
    List<RoomSchema.Field> fields = new ArrayList<>();
    fields.add(id());
    fields.add(text("key", "key"));
    fields.add(integer("deckId", "deck_id"));
    fields.add(integer("documentId", "document_id"));
    fields.add(text("kind", "kind"));
    fields.add(text("questionType", "question_type"));
    fields.add(text("promptText", "prompt_text"));
    fields.add(text("promptJson", "prompt_data"));
    fields.add(text("answer", "answer"));
    fields.add(text("valueJson", "value"));
    fields.addAll(source());
    fields.add(new RoomSchema.Field("score", "score", "REAL", true, Optional.empty()));
    fields.add(text("tagsJson", "tags"));
    fields.add(integer("modified", "modified"));
    return RoomSchema.Entity.table(
        "notes",
        fields,
        autoId(),
        Arrays.asList(
            unique("notes", "key"), index("notes", "deck_id"), index("notes", "document_id")),
        Arrays.asList(cascade("decks", "deck_id"), cascade("documents", "document_id")));
  }

  private static RoomSchema.Entity cards(boolean withQueue) {
    List<RoomSchema.Field> fields = new ArrayList<>();
    fields.add(id());
    fields.add(integer("noteId", "note_id"));
    fields.add(integer("deckId", "deck_id"));
    fields.addAll(state("state.", ""));
    fields.add(integer("suspended", "suspended"));
    if (withQueue) {
      fields.add(new RoomSchema.Field("queue", "queue", "INTEGER", true, Optional.of("0")));
    }
    List<RoomSchema.Index> indices = new ArrayList<>();
    indices.add(index("cards", "note_id"));
    if (withQueue) {
      indices.add(index("cards", "deck_id", "queue", "due"));
      indices.add(index("cards", "queue", "due"));
    } else {
      indices.add(index("cards", "deck_id", "suspended", "due"));
    }
    return RoomSchema.Entity.table(
        "cards",
        fields,
        autoId(),
        indices,
        Arrays.asList(cascade("notes", "note_id"), cascade("decks", "deck_id")));
  }

  private static RoomSchema.Entity reviews() {
    List<RoomSchema.Field> fields = new ArrayList<>();
    fields.add(id());
    fields.add(integer("cardId", "card_id"));
    fields.add(integer("reviewedAt", "reviewed_at"));
    fields.add(integer("rating", "rating"));
    fields.add(integer("tookMillis", "took_ms"));
    fields.addAll(state("before.", "before_"));
    fields.addAll(state("after.", "after_"));
    return RoomSchema.Entity.table(
        "reviews",
        fields,
        autoId(),
        Arrays.asList(index("reviews", "card_id"), index("reviews", "reviewed_at")),
        Collections.singletonList(cascade("cards", "card_id")));
  }

  /** The columns of an embedded {@code CardState} (Room's {@code @Embedded(prefix = ..)}). */
  private static List<RoomSchema.Field> state(String path, String prefix) {
    return Arrays.asList(
        integer(path + "type", prefix + "type"),
        integer(path + "due", prefix + "due"),
        nullable(path + "stability", prefix + "stability", "REAL"),
        nullable(path + "difficulty", prefix + "difficulty", "REAL"),
        integer(path + "scheduledDays", prefix + "scheduled_days"),
        integer(path + "elapsedDays", prefix + "elapsed_days"),
        integer(path + "step", prefix + "step"),
        integer(path + "easePermille", prefix + "ease_permille"),
        integer(path + "reps", prefix + "reps"),
        integer(path + "lapses", prefix + "lapses"),
        nullable(path + "lastReview", prefix + "last_review", "INTEGER"));
  }

  /** The columns of an embedded {@code Source}. */
  private static List<RoomSchema.Field> source() {
    return Arrays.asList(
        text("source.document", "source_document"),
        text("source.evidence", "source_evidence"),
        integer("source.span.start", "source_span_start"),
        integer("source.span.end", "source_span_end"),
        integer("source.answerSpan.start", "source_answer_start"),
        integer("source.answerSpan.end", "source_answer_end"));
  }

  private static RoomSchema.Field id() {
    return integer("id", "id");
  }

  private static RoomSchema.PrimaryKey autoId() {
    return new RoomSchema.PrimaryKey(Collections.singletonList("id"), true);
  }

  private static RoomSchema.Field integer(String path, String column) {
    return new RoomSchema.Field(path, column, "INTEGER", true, Optional.empty());
  }

  private static RoomSchema.Field text(String path, String column) {
    return new RoomSchema.Field(path, column, "TEXT", true, Optional.empty());
  }

  private static RoomSchema.Field nullable(String path, String column, String affinity) {
    return new RoomSchema.Field(path, column, affinity, false, Optional.empty());
  }

  private static RoomSchema.Index index(String table, String... columns) {
    return new RoomSchema.Index(
        "index_" + table + "_" + String.join("_", columns),
        false,
        Arrays.asList(columns),
        Collections.emptyList());
  }

  private static RoomSchema.Index unique(String table, String column) {
    return new RoomSchema.Index(
        "index_" + table + "_" + column,
        true,
        Collections.singletonList(column),
        Collections.emptyList());
  }

  private static RoomSchema.ForeignKey cascade(String parent, String column) {
    return new RoomSchema.ForeignKey(
        parent,
        CASCADE,
        NO_ACTION,
        Collections.singletonList(column),
        Collections.singletonList("id"),
        false);
  }
}
