package dev.quiz.core.store;

import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The one mapping between a {@link Note} and a row of {@code notes}: the prompt's type and text are
 * columns, its other fields, the value and the tags are JSON. Stateless.
 */
final class NoteRows {
  static final String TABLE = "notes";

  private NoteRows() {}

  static Note read(ResultSet rs) throws SQLException {
    FactKind kind = FactKind.fromCode(rs.getString("kind"));
    Question q =
        new Question(
            rs.getString("key"),
            kind,
            ContentJson.prompt(
                QuestionType.fromCode(rs.getString("question_type")),
                rs.getString("prompt_text"),
                rs.getString("prompt_data")),
            rs.getString("answer"),
            ContentJson.value(kind, rs.getString("value")),
            SourceColumns.read(rs),
            rs.getDouble("score"),
            ContentJson.tags(rs.getString("tags")));
    return new Note(
        new NoteId(rs.getLong("id")),
        new DeckId(rs.getLong("deck_id")),
        new DocumentId(rs.getLong("document_id")),
        q,
        Instant.ofEpochMilli(rs.getLong("modified")));
  }

  /** Every column but the id. */
  static Row values(DeckId deck, DocumentId document, Question q, Instant modified) {
    return new Row()
        .put("key", q.key())
        .put("deck_id", deck.value())
        .put("document_id", document.value())
        .putAll(content(q))
        .put("modified", modified);
  }

  /** The columns that hold the question's content (all but key, deck, document and time). */
  static Row content(Question q) {
    return new Row()
        .put("kind", q.kind().code())
        .put("question_type", q.type().code())
        .put("prompt_text", q.prompt().text())
        .put("prompt_data", ContentJson.promptData(q.prompt()))
        .put("answer", q.answer())
        .put("value", ContentJson.value(q.value()))
        .putAll(SourceColumns.values(q.source()))
        .put("score", q.score())
        .put("tags", ContentJson.tags(q.tags()));
  }
}
