package dev.quiz.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.MemoryState;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The JSON shapes of the ts-fsrs harness ({@code ../shared/fsrs-ref/lib.mjs}): cards, times and
 * numbers printed as JavaScript's {@code JSON.stringify} prints them. Stateless.
 */
final class FsrsJson {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private FsrsJson() {}

  /** {@code Date.prototype.toISOString}: UTC with milliseconds. */
  static String iso(Instant t) {
    return ISO.format(t);
  }

  /**
   * Parses a time as JavaScript's {@code new Date(..)} reads ISO text: an instant with an offset,
   * or a date alone (UTC midnight).
   *
   * @throws InvalidInputException naming {@code what} when it is not such a time
   */
  static Instant time(JsonElement e, String what) {
    String s = e != null && e.isJsonPrimitive() ? e.getAsString() : String.valueOf(e);
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw new InvalidInputException(what + " is not an ISO time: " + s, notOffset);
      }
    }
  }

  /** A number as {@code JSON.stringify} writes it: shortest round-trip digits, null for NaN. */
  static void number(JsonWriter w, double x) throws IOException {
    if (!Double.isFinite(x)) {
      w.nullValue();
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      w.jsonValue(Long.toString((long) x));
    } else {
      w.jsonValue(jsString(x));
    }
  }

  private static String jsString(double x) {
    BigDecimal exact = new BigDecimal(x);
    BigDecimal best = new BigDecimal(Double.toString(x));
    for (int digits = best.stripTrailingZeros().precision() - 1; digits >= 1; digits--) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() != x) {
        break;
      }
      best = candidate;
    }
    best = best.stripTrailingZeros();
    double abs = Math.abs(x);
    if (abs >= 1e-6 && abs < 1e21) {
      return best.toPlainString();
    }
    String digits = best.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - best.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (x < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
  }

  /** ts-fsrs's card object (lib.mjs {@code cardToJson}). */
  static void card(JsonWriter w, CardState c) throws IOException {
    w.beginObject();
    w.name("due").value(iso(c.due()));
    w.name("stability");
    number(w, c.memory().isPresent() ? c.memory().get().stability() : 0);
    w.name("difficulty");
    number(w, c.memory().isPresent() ? c.memory().get().difficulty() : 0);
    w.name("elapsed_days").value(c.elapsedDays());
    w.name("scheduled_days").value(c.scheduledDays());
    w.name("learning_steps").value(c.step());
    w.name("reps").value(c.reps());
    w.name("lapses").value(c.lapses());
    w.name("state").value(c.type().label());
    w.name("last_review");
    if (c.lastReview().isPresent()) {
      w.value(iso(c.lastReview().get()));
    } else {
      w.nullValue();
    }
    w.endObject();
  }

  /**
   * A card from its JSON form (lib.mjs {@code cardFromJson}); absent numbers are 0, absent due is
   * {@code fallbackDue}, null is a new card due then.
   *
   * @throws InvalidInputException when a field is out of range
   */
  static CardState card(JsonElement e, Instant fallbackDue) {
    if (e == null || e.isJsonNull()) {
      return CardState.newCard(fallbackDue);
    }
    JsonObject o = e.getAsJsonObject();
    Instant due = present(o, "due") ? time(o.get("due"), "card due") : fallbackDue;
    double s = num(o, "stability");
    double d = num(o, "difficulty");
    Optional<MemoryState> memory = Optional.empty();
    if (s != 0 || d != 0) {
      try {
        memory = Optional.of(new MemoryState(s, d));
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException("card: " + ex.getMessage(), ex);
      }
    }
    Optional<Instant> last =
        present(o, "last_review") && !o.get("last_review").getAsString().isEmpty()
            ? Optional.of(time(o.get("last_review"), "card last_review"))
            : Optional.empty();
    try {
      return new CardState(
          state(o.get("state")),
          due,
          memory,
          (int) num(o, "scheduled_days"),
          (int) num(o, "elapsed_days"),
          (int) num(o, "learning_steps"),
          0,
          (int) num(o, "reps"),
          (int) num(o, "lapses"),
          last);
    } catch (IllegalArgumentException ex) {
      throw new InvalidInputException("card: " + ex.getMessage(), ex);
    }
  }

  private static CardType state(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return CardType.NEW;
    }
    if (e.getAsJsonPrimitive().isNumber()) {
      return CardType.fromCode(e.getAsInt());
    }
    for (CardType t : CardType.values()) {
      if (t.label().equals(e.getAsString())) {
        return t;
      }
    }
    throw new InvalidInputException(
        "card state must be New, Learning, Review or Relearning: " + e.getAsString());
  }

  static boolean present(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull();
  }

  private static double num(JsonObject o, String key) {
    return present(o, key) ? o.get(key).getAsDouble() : 0;
  }
}
