package dev.quiz.bank.pipeline;

import com.google.gson.stream.JsonWriter;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Questions as JSON Lines objects in the shape of {@code shared/contracts/questions.jsonl.md},
 * written field by field with Gson's streaming writer (no object tree). Thread-safe.
 */
public final class QuestionJson {
  private QuestionJson() {}

  /** One question as one line of JSON (no line break). */
  public static String line(Question q) {
    Line out = new Line();
    try (JsonWriter w = new JsonWriter(out)) {
      w.setHtmlSafe(false);
      w.setSerializeNulls(true);
      write(q, w);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void write(Question q, JsonWriter w) throws IOException {
    w.beginObject();
    w.name("id").value(q.key());
    w.name("doc").value(q.source().document());
    w.name("type").value(q.type().code());
    w.name("fact_kind").value(q.kind().code());
    w.name("prompt").value(q.prompt().text());
    w.name("answer").value(q.answer());
    w.name("value");
    value(q.value(), w);
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      w.name("choices").beginArray();
      for (String c : mc.choices()) {
        w.value(c);
      }
      w.endArray();
    }
    if (q.prompt() instanceof Prompt.Numeric n) {
      w.name("tolerance").value(n.tolerance());
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      w.name("truth").value(tf.truth());
    }
    w.name("evidence").value(q.source().evidence());
    w.name("span").beginArray();
    w.value(q.source().span().start()).value(q.source().span().end());
    w.endArray();
    w.name("score").value(q.score());
    w.name("tags").beginArray();
    for (String t : q.tags()) {
      w.value(t);
    }
    w.endArray();
    w.endObject();
  }

  private static void value(AnswerValue v, JsonWriter w) throws IOException {
    w.beginObject();
    if (v instanceof AnswerValue.Date d) {
      w.name("start").value(d.start().orElse(null));
      w.name("end").value(d.end().orElse(null));
      if (d.relative().isPresent()) {
        w.name("relative").value(d.relative().get());
      }
    } else if (v instanceof AnswerValue.Number n) {
      number(w.name("low"), n.low());
      number(w.name("high"), n.high());
      w.name("approx").value(n.approx());
    } else if (v instanceof AnswerValue.Person p) {
      w.name("name").value(p.name());
      w.name("role").value(p.role());
    }
    w.endObject();
  }

  /**
   * A writer into a {@link StringBuilder}: {@code StringWriter}'s {@code StringBuffer} takes a lock
   * on every write, and Gson writes a line in dozens of pieces.
   */
  private static final class Line extends Writer {
    private final StringBuilder sb = new StringBuilder(512);

    @Override
    public void write(char[] chars, int off, int len) {
      sb.append(chars, off, len);
    }

    @Override
    public void write(int c) {
      sb.append((char) c);
    }

    @Override
    public void write(String str, int off, int len) {
      sb.append(str, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) {
      sb.append(csq);
      return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) {
      sb.append(csq, start, end);
      return this;
    }

    @Override
    public Writer append(char c) {
      sb.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /** Whole numbers without a fraction ("5000", not "5000.0"). */
  private static void number(JsonWriter w, double x) throws IOException {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      w.value((long) x);
    } else {
      w.value(x);
    }
  }
}
