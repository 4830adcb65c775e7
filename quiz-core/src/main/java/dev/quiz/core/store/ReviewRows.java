package dev.quiz.core.store;

import dev.quiz.core.model.CardId;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The one mapping between a {@link ReviewLog} and a row of {@code reviews}; the answer time is kept
 * in milliseconds. Stateless.
 */
final class ReviewRows {
  static final String TABLE = "reviews";

  private ReviewRows() {}

  static ReviewLog read(ResultSet rs) throws SQLException {
    return new ReviewLog(
        new CardId(rs.getLong("card_id")),
        Instant.ofEpochMilli(rs.getLong("reviewed_at")),
        Rating.fromCode(rs.getInt("rating")),
        StateColumns.read(rs, "before_"),
        StateColumns.read(rs, "after_"),
        Duration.ofMillis(rs.getLong("took_ms")));
  }

  static Row values(ReviewLog log) {
    return new Row()
        .put("card_id", log.cardId().value())
        .put("reviewed_at", log.reviewedAt())
        .put("rating", log.rating().code())
        .put("took_ms", log.took().toMillis())
        .putAll(StateColumns.values(log.before(), "before_"))
        .putAll(StateColumns.values(log.after(), "after_"));
  }
}
