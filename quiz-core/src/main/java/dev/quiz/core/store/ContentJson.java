package dev.quiz.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The JSON columns of notes and facts: the type-specific part of a {@link Prompt} ({@code
 * prompt_data}), an {@link AnswerValue} ({@code value}) and tags. Written with Gson's tree model
 * (no reflection, so Android shrinking cannot break it). Stateless, thread-safe.
 */
final class ContentJson {
  private ContentJson() {}

  /** The prompt's fields besides type and text: {@code {}} for a cloze or short answer. */
  static String promptData(Prompt prompt) {
    JsonObject o = new JsonObject();
    if (prompt instanceof Prompt.MultipleChoice mc) {
      JsonArray choices = new JsonArray();
      for (String c : mc.choices()) {
        choices.add(c);
      }
      o.add("choices", choices);
      o.addProperty("correct", mc.correct());
    } else if (prompt instanceof Prompt.Numeric n) {
      o.addProperty("tolerance", n.tolerance());
    } else if (prompt instanceof Prompt.TrueFalse tf) {
      o.addProperty("truth", tf.truth());
    }
    return o.toString();
  }

  static Prompt prompt(QuestionType type, String text, String data) {
    JsonObject o = JsonParser.parseString(data).getAsJsonObject();
    switch (type) {
      case CLOZE:
        return new Prompt.Cloze(text);
      case SHORT_ANSWER:
        return new Prompt.ShortAnswer(text);
      case MULTIPLE_CHOICE:
        return new Prompt.MultipleChoice(
            text, strings(o.getAsJsonArray("choices")), o.get("correct").getAsInt());
      case NUMERIC:
        return new Prompt.Numeric(text, o.get("tolerance").getAsDouble());
      case TRUE_FALSE:
        return new Prompt.TrueFalse(text, o.get("truth").getAsBoolean());
      default:
        throw new IllegalArgumentException("unknown question type " + type);
    }
  }

  /** The value without its kind (stored in its own column). */
  static String value(AnswerValue value) {
    JsonObject o = new JsonObject();
    if (value instanceof AnswerValue.Date d) {
      optional(o, "start", d.start());
      optional(o, "end", d.end());
      optional(o, "relative", d.relative());
    } else if (value instanceof AnswerValue.Number n) {
      o.addProperty("low", n.low());
      o.addProperty("high", n.high());
      o.addProperty("approx", n.approx());
    } else if (value instanceof AnswerValue.Person p) {
      o.addProperty("name", p.name());
      o.addProperty("role", p.role());
    }
    return o.toString();
  }

  static AnswerValue value(FactKind kind, String json) {
    JsonObject o = JsonParser.parseString(json).getAsJsonObject();
    switch (kind) {
      case DATE:
        return new AnswerValue.Date(text(o, "start"), text(o, "end"), text(o, "relative"));
      case NUMBER:
        return new AnswerValue.Number(
            o.get("low").getAsDouble(),
            o.get("high").getAsDouble(),
            o.get("approx").getAsBoolean());
      case PERSON:
        return new AnswerValue.Person(o.get("name").getAsString(), o.get("role").getAsString());
      default:
        throw new IllegalArgumentException("unknown fact kind " + kind);
    }
  }

  static String tags(List<String> tags) {
    JsonArray a = new JsonArray();
    for (String t : tags) {
      a.add(t);
    }
    return a.toString();
  }

  static List<String> tags(String json) {
    return strings(JsonParser.parseString(json).getAsJsonArray());
  }

  private static void optional(JsonObject o, String key, Optional<String> value) {
    if (value.isPresent()) {
      o.addProperty(key, value.get());
    }
  }

  private static Optional<String> text(JsonObject o, String key) {
    return o.has(key) ? Optional.of(o.get(key).getAsString()) : Optional.empty();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : a) {
      out.add(e.getAsString());
    }
    return Collections.unmodifiableList(out);
  }
}
