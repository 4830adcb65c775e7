package dev.quiz.cli;

import com.google.gson.stream.JsonWriter;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Rating;
import java.io.IOException;

/** The review log ts-fsrs returns with each answer (lib.mjs {@code logToJson}). Stateless. */
final class FsrsLog {
  private FsrsLog() {}

  /**
   * Writes the log of answering {@code before} with {@code rating}, which gave {@code after}. Like
   * ts-fsrs it describes the card before the answer; the long-term scheduler zeroes the scheduled
   * days of a new card first.
   */
  static void write(
      JsonWriter w, CardState before, CardState after, Rating rating, boolean shortTerm)
      throws IOException {
    boolean isNew = before.type() == CardType.NEW;
    w.beginObject();
    w.name("rating").value(rating.code());
    w.name("state").value(before.type().label());
    w.name("due").value(FsrsJson.iso(before.lastReview().orElse(before.due())));
    w.name("stability");
    FsrsJson.number(w, before.memory().isPresent() ? before.memory().get().stability() : 0);
    w.name("difficulty");
    FsrsJson.number(w, before.memory().isPresent() ? before.memory().get().difficulty() : 0);
    w.name("elapsed_days").value(after.elapsedDays());
    w.name("last_elapsed_days").value(before.elapsedDays());
    w.name("scheduled_days").value(!shortTerm && isNew ? 0 : before.scheduledDays());
    w.name("learning_steps").value(before.step());
    w.name("review").value(FsrsJson.iso(after.lastReview().orElse(before.due())));
    w.endObject();
  }
}
