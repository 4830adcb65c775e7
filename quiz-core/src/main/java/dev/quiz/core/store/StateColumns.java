package dev.quiz.core.store;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.MemoryState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The columns of an embedded {@link CardState}: in {@code cards} without prefix, in {@code reviews}
 * as {@code before_*} and {@code after_*}. Instants are epoch milliseconds; an empty memory state
 * is NULL stability and difficulty. Stateless.
 */
final class StateColumns {
  private StateColumns() {}

  static CardState read(ResultSet rs, String prefix) throws SQLException {
    Optional<MemoryState> memory = Optional.empty();
    double stability = rs.getDouble(prefix + "stability");
    boolean noStability = rs.wasNull();
    double difficulty = rs.getDouble(prefix + "difficulty");
    if (!noStability && !rs.wasNull()) {
      memory = Optional.of(new MemoryState(stability, difficulty));
    }
    long last = rs.getLong(prefix + "last_review");
    Optional<Instant> lastReview =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
    return new CardState(
        CardType.fromCode(rs.getInt(prefix + "type")),
        Instant.ofEpochMilli(rs.getLong(prefix + "due")),
        memory,
        rs.getInt(prefix + "scheduled_days"),
        rs.getInt(prefix + "elapsed_days"),
        rs.getInt(prefix + "step"),
        rs.getInt(prefix + "ease_permille"),
        rs.getInt(prefix + "reps"),
        rs.getInt(prefix + "lapses"),
        lastReview);
  }

  static Row values(CardState s, String prefix) {
    Optional<Double> stability = Optional.empty();
    Optional<Double> difficulty = Optional.empty();
    if (s.memory().isPresent()) {
      stability = Optional.of(s.memory().get().stability());
      difficulty = Optional.of(s.memory().get().difficulty());
    }
    Optional<Long> last =
        s.lastReview().isPresent()
            ? Optional.of(s.lastReview().get().toEpochMilli())
            : Optional.empty();
    return new Row()
        .put(prefix + "type", s.type().code())
        .put(prefix + "due", s.due())
        .putOptional(prefix + "stability", stability)
        .putOptional(prefix + "difficulty", difficulty)
        .put(prefix + "scheduled_days", s.scheduledDays())
        .put(prefix + "elapsed_days", s.elapsedDays())
        .put(prefix + "step", s.step())
        .put(prefix + "ease_permille", s.easePermille())
        .put(prefix + "reps", s.reps())
        .put(prefix + "lapses", s.lapses())
        .putOptional(prefix + "last_review", last);
  }
}
