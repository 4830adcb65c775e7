package dev.quiz.bank.pipeline;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * Questions as JSON Lines objects in the shape of {@code shared/contracts/questions.jsonl.md},
 * written field by field into one {@link StringBuilder}, exactly as Gson's compact {@code
 * JsonWriter} writes them (not HTML-safe, nulls written): control characters, {@code "}, {@code \}
 * and U+2028/U+2029 escaped, everything else copied in runs. Thread-safe.
 */
public final class QuestionJson {
  /** For each ASCII character, its escape, or null when it is copied as it is (as Gson does). */
  private static final String[] ESCAPES = new String[0x80];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04x", c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
  }

  private QuestionJson() {}

  /** One question as one line of JSON (no line break). */
  public static String line(Question q) {
    // room for the texts and the rest, so that the builder is not copied while it grows
    StringBuilder sb =
        new StringBuilder(
            384
                + q.source().document().length()
                + q.prompt().text().length()
                + q.answer().length()
                + q.source().evidence().length());
    write(q, sb);
    return sb.toString();
  }

  private static void write(Question q, StringBuilder sb) {
    sb.append("{\"id\":");
    string(sb, q.key());
    string(sb.append(",\"doc\":"), q.source().document());
    string(sb.append(",\"type\":"), q.type().code());
    string(sb.append(",\"fact_kind\":"), q.kind().code());
    string(sb.append(",\"prompt\":"), q.prompt().text());
    string(sb.append(",\"answer\":"), q.answer());
    value(q.value(), sb.append(",\"value\":"));
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      strings(sb.append(",\"choices\":"), mc.choices());
    }
    if (q.prompt() instanceof Prompt.Numeric n) {
      sb.append(",\"tolerance\":").append(n.tolerance());
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      sb.append(",\"truth\":").append(tf.truth());
    }
    string(sb.append(",\"evidence\":"), q.source().evidence());
    sb.append(",\"span\":[").append(q.source().span().start()).append(',');
    sb.append(q.source().span().end()).append(']');
    sb.append(",\"score\":").append(q.score());
    strings(sb.append(",\"tags\":"), q.tags());
    sb.append('}');
  }

  private static void value(AnswerValue v, StringBuilder sb) {
    sb.append('{');
    if (v instanceof AnswerValue.Date d) {
      optional(sb.append("\"start\":"), d.start());
      optional(sb.append(",\"end\":"), d.end());
      if (d.relative().isPresent()) {
        string(sb.append(",\"relative\":"), d.relative().get());
      }
    } else if (v instanceof AnswerValue.Number n) {
      number(sb.append("\"low\":"), n.low());
      number(sb.append(",\"high\":"), n.high());
      sb.append(",\"approx\":").append(n.approx());
    } else if (v instanceof AnswerValue.Person p) {
      string(sb.append("\"name\":"), p.name());
      string(sb.append(",\"role\":"), p.role());
    }
    sb.append('}');
  }

  private static void optional(StringBuilder sb, Optional<String> s) {
    if (s.isPresent()) {
      string(sb, s.get());
    } else {
      sb.append("null");
    }
  }

  private static void strings(StringBuilder sb, List<String> items) {
    sb.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      string(sb, items.get(i));
    }
    sb.append(']');
  }

  /**
   * {@code s} quoted and escaped: the runs between characters that need an escape are appended
   * whole (most strings are one run).
   */
  static void string(StringBuilder sb, String s) {
    sb.append('"');
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // one test for the characters that never need an escape, most of them
      if (c < 0x20 || c == '"' || c == '\\' || (c | 1) == '\u2029') {
        sb.append(s, run, i).append(escape(c));
        run = i + 1;
      }
    }
    if (run == 0) {
      sb.append(s);
    } else {
      sb.append(s, run, s.length());
    }
    sb.append('"');
  }

  private static String escape(char c) {
    return c < 0x80 ? ESCAPES[c] : c == '\u2028' ? "\\u2028" : "\\u2029";
  }

  /**
   * Whole numbers without a fraction ("5000", not "5000.0"), others as {@link Double#toString} (the
   * model keeps numbers finite).
   */
  private static void number(StringBuilder sb, double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      sb.append((long) x);
    } else {
      sb.append(x);
    }
  }
}
