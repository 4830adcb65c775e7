package dev.quiz.bank.pipeline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;

/**
 * Questions as JSON Lines objects in the shape of {@code shared/contracts/questions.jsonl.md}.
 * Thread-safe.
 */
public final class QuestionJson {
  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private QuestionJson() {}

  /** One question as one line of JSON (no line break). */
  public static String line(Question q) {
    return GSON.toJson(object(q));
  }

  /** One question as a JSON object. */
  public static JsonObject object(Question q) {
    JsonObject o = new JsonObject();
    o.addProperty("id", q.key());
    o.addProperty("doc", q.source().document());
    o.addProperty("type", q.type().code());
    o.addProperty("fact_kind", q.kind().code());
    o.addProperty("prompt", q.prompt().text());
    o.addProperty("answer", q.answer());
    o.add("value", value(q.value()));
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      JsonArray choices = new JsonArray();
      mc.choices().forEach(choices::add);
      o.add("choices", choices);
    }
    if (q.prompt() instanceof Prompt.Numeric n) {
      o.addProperty("tolerance", n.tolerance());
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      o.addProperty("truth", tf.truth());
    }
    o.addProperty("evidence", q.source().evidence());
    JsonArray span = new JsonArray();
    span.add(q.source().span().start());
    span.add(q.source().span().end());
    o.add("span", span);
    o.addProperty("score", q.score());
    JsonArray tags = new JsonArray();
    q.tags().forEach(tags::add);
    o.add("tags", tags);
    return o;
  }

  static JsonObject value(AnswerValue v) {
    JsonObject o = new JsonObject();
    if (v instanceof AnswerValue.Date d) {
      o.add(
          "start",
          d.start().<com.google.gson.JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
      o.add(
          "end",
          d.end().<com.google.gson.JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
      d.relative().ifPresent(r -> o.addProperty("relative", r));
    } else if (v instanceof AnswerValue.Number n) {
      o.add("low", number(n.low()));
      o.add("high", number(n.high()));
      o.addProperty("approx", n.approx());
    } else if (v instanceof AnswerValue.Person p) {
      o.addProperty("name", p.name());
      o.addProperty("role", p.role());
    }
    return o;
  }

  private static JsonPrimitive number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? new JsonPrimitive((long) x)
        : new JsonPrimitive(x);
  }
}
