package dev.quiz.core.store;

import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.FactRecord;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one mapping between a {@link FactRecord} and a row of {@code facts}. Stateless. */
final class FactRows {
  static final String TABLE = "facts";

  private FactRows() {}

  static FactRecord read(ResultSet rs) throws SQLException {
    FactKind kind = FactKind.fromCode(rs.getString("kind"));
    return new FactRecord(
        new FactId(rs.getLong("id")),
        new DocumentId(rs.getLong("document_id")),
        rs.getString("about"),
        rs.getString("answer"),
        ContentJson.value(kind, rs.getString("value")),
        SourceColumns.read(rs),
        rs.getInt("conflict") != 0);
  }

  /** Every column but the id. */
  static Row values(DocumentId document, Store.NewFact fact) {
    return new Row()
        .put("document_id", document.value())
        .put("about", fact.about())
        .put("answer", fact.answer())
        .put("kind", fact.value().kind().code())
        .put("value", ContentJson.value(fact.value()))
        .putAll(SourceColumns.values(fact.source()))
        .put("conflict", fact.conflict());
  }
}
