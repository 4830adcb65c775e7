package dev.quiz.core.store;

import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns of an embedded {@link Source} ({@code source_*}), in notes and facts. Stateless. */
final class SourceColumns {
  private SourceColumns() {}

  static Source read(ResultSet rs) throws SQLException {
    return new Source(
        rs.getString("source_document"),
        rs.getString("source_evidence"),
        new TextSpan(rs.getInt("source_span_start"), rs.getInt("source_span_end")),
        new TextSpan(rs.getInt("source_answer_start"), rs.getInt("source_answer_end")));
  }

  static Row values(Source s) {
    return new Row()
        .put("source_document", s.document())
        .put("source_evidence", s.evidence())
        .put("source_span_start", s.span().start())
        .put("source_span_end", s.span().end())
        .put("source_answer_start", s.answerSpan().start())
        .put("source_answer_end", s.answerSpan().end());
  }
}
