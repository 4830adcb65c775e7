package dev.quiz.bank.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.stream.JsonWriter;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QuestionJsonPropertiesTest {
  /** The hand-written line is the line Gson's streaming writer writes, character for character. */
  @Property(tries = 3000)
  void aLineIsWhatGsonWrites(@ForAll("questions") Question q) throws IOException {
    assertThat(QuestionJson.line(q)).isEqualTo(gson(q));
  }

  /** The UTF-8 line is the text line as String.getBytes encodes it, lone surrogates too. */
  @Property(tries = 3000)
  void theUtf8LineIsTheLineEncoded(@ForAll("questions") Question q) {
    assertThat(QuestionJson.utf8Line(q))
        .isEqualTo(QuestionJson.line(q).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Text with the characters Gson escapes, non-ASCII letters and lone surrogates. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(6),
            Arbitraries.of("\"", "\\", "\n", "\t", "\u2028", "\u2029", "—", "é", "\uD83D\uDE00"),
            Arbitraries.of("\uD83D", "\uDE00", "<a href='x'>&=", "____", "Battle of Hastings"));
    return piece.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Question> questions() {
    Arbitrary<Prompt> prompts =
        Arbitraries.oneOf(
            texts().map(t -> new Prompt.Cloze(t + Prompt.BLANK)),
            texts().map(Prompt.ShortAnswer::new),
            texts()
                .list()
                .ofMinSize(2)
                .ofMaxSize(4)
                .uniqueElements()
                .map(c -> new Prompt.MultipleChoice("Which?", c, c.size() - 1)),
            Arbitraries.doubles().between(0, 0.99).map(t -> new Prompt.Numeric("How many?", t)),
            Arbitraries.of(true, false).map(t -> new Prompt.TrueFalse("True?", t)));
    return Combinators.combine(texts(), prompts, values()).as((t, p, v) -> question(t, p, v));
  }

  private Arbitrary<AnswerValue> values() {
    Arbitrary<Double> numbers =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e17, 1e17),
            Arbitraries.longs()
                .between(-2_000_000_000_000_000L, 2_000_000_000_000_000L)
                .map(Long::doubleValue),
            Arbitraries.of(0.5, 1e15, 999_999_999_999_999.0, -0.0, 1e-7));
    Arbitrary<Optional<String>> maybe = texts().optional();
    return Arbitraries.oneOf(
        Combinators.combine(texts(), maybe, texts().optional())
            .as((s, e, r) -> new AnswerValue.Date(Optional.of(s), e, r)),
        texts().map(AnswerValue.Date::relative),
        Combinators.combine(numbers, numbers, Arbitraries.of(true, false))
            .as((a, b, approx) -> new AnswerValue.Number(Math.min(a, b), Math.max(a, b), approx)),
        Combinators.combine(texts(), texts()).as((n, r) -> new AnswerValue.Person("N" + n, r)));
  }

  private static Question question(String text, Prompt p, AnswerValue v) {
    Source s =
        new Source("doc " + text, text, new TextSpan(3, 3 + text.length()), new TextSpan(3, 3));
    return new Question("q-0123456789ab", v.kind(), p, text, v, s, 0.55, List.of(text, "tag"));
  }

  /** The writer this class replaced: Gson's, compact, not HTML-safe, nulls written. */
  private static String gson(Question q) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonWriter w = new JsonWriter(out)) {
      w.setHtmlSafe(false);
      w.setSerializeNulls(true);
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
      tail(q, w);
    }
    return out.toString();
  }

  private static void tail(Question q, JsonWriter w) throws IOException {
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

  private static void number(JsonWriter w, double x) throws IOException {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      w.value((long) x);
    } else {
      w.value(x);
    }
  }
}
