package dev.quiz.bank.pipeline;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * Questions as JSON Lines objects in the shape of {@code shared/contracts/questions.jsonl.md},
 * written field by field, exactly as Gson's compact {@code JsonWriter} writes them (not HTML-safe,
 * nulls written): control characters, {@code "}, {@code \} and U+2028/U+2029 escaped, everything
 * else copied. Thread-safe.
 */
public final class QuestionJson {
  private QuestionJson() {}

  /** One question as one line of JSON (no line break). */
  public static String line(Question q) {
    JsonOut.Text out = new JsonOut.Text(capacity(q));
    write(q, out);
    return out.toString();
  }

  /**
   * {@link #line} encoded as UTF-8 (a lone surrogate, which no document read as UTF-8 has, as "?",
   * as {@link String#getBytes} encodes it), written as bytes straight away.
   */
  public static byte[] utf8Line(Question q) {
    JsonOut.Utf8 out = new JsonOut.Utf8(capacity(q));
    write(q, out);
    return out.bytes();
  }

  /** Room for the texts and the rest, so that the line is not copied while it grows. */
  private static int capacity(Question q) {
    return 384
        + q.source().document().length()
        + q.prompt().text().length()
        + q.answer().length()
        + q.source().evidence().length();
  }

  private static void write(Question q, JsonOut o) {
    o.raw("{\"id\":").string(q.key());
    o.raw(",\"doc\":").string(q.source().document());
    o.raw(",\"type\":").string(q.type().code());
    o.raw(",\"fact_kind\":").string(q.kind().code());
    o.raw(",\"prompt\":").string(q.prompt().text());
    o.raw(",\"answer\":").string(q.answer());
    value(q.value(), o.raw(",\"value\":"));
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      strings(o.raw(",\"choices\":"), mc.choices());
    }
    if (q.prompt() instanceof Prompt.Numeric n) {
      o.raw(",\"tolerance\":").number(n.tolerance());
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      o.raw(",\"truth\":").raw(Boolean.toString(tf.truth()));
    }
    o.raw(",\"evidence\":").string(q.source().evidence());
    o.raw(",\"span\":[").number(q.source().span().start()).raw(',');
    o.number(q.source().span().end()).raw(']');
    o.raw(",\"score\":").number(q.score());
    strings(o.raw(",\"tags\":"), q.tags());
    o.raw('}');
  }

  private static void value(AnswerValue v, JsonOut o) {
    o.raw('{');
    if (v instanceof AnswerValue.Date d) {
      optional(o.raw("\"start\":"), d.start());
      optional(o.raw(",\"end\":"), d.end());
      if (d.relative().isPresent()) {
        o.raw(",\"relative\":").string(d.relative().get());
      }
    } else if (v instanceof AnswerValue.Number n) {
      number(o.raw("\"low\":"), n.low());
      number(o.raw(",\"high\":"), n.high());
      o.raw(",\"approx\":").raw(Boolean.toString(n.approx()));
    } else if (v instanceof AnswerValue.Person p) {
      o.raw("\"name\":").string(p.name());
      o.raw(",\"role\":").string(p.role());
    }
    o.raw('}');
  }

  private static void optional(JsonOut o, Optional<String> s) {
    if (s.isPresent()) {
      o.string(s.get());
    } else {
      o.raw("null");
    }
  }

  private static void strings(JsonOut o, List<String> items) {
    o.raw('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        o.raw(',');
      }
      o.string(items.get(i));
    }
    o.raw(']');
  }

  /**
   * Whole numbers without a fraction ("5000", not "5000.0"), others as {@link Double#toString} (the
   * model keeps numbers finite).
   */
  private static void number(JsonOut o, double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      o.number((long) x);
    } else {
      o.number(x);
    }
  }
}
