package dev.quiz.core.store;

import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.SourceDocument;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one mapping between a {@link SourceDocument} and a row of {@code documents}. Stateless. */
final class DocumentRows {
  static final String TABLE = "documents";

  private DocumentRows() {}

  static SourceDocument read(ResultSet rs) throws SQLException {
    return new SourceDocument(
        new DocumentId(rs.getLong("id")),
        rs.getString("name"),
        rs.getString("title"),
        rs.getString("sha256"),
        rs.getInt("length"));
  }

  /** Every column but the id. */
  static Row values(String name, String title, String sha256, int length) {
    return new Row()
        .put("name", name)
        .put("title", title)
        .put("sha256", sha256)
        .put("length", length);
  }
}
