package dev.quiz.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads questions from JSON Lines as {@code shared/contracts/questions.jsonl.md} describes (what
 * {@code quiz generate --format jsonl} writes). Optional extras: {@code answer_span} [start, end),
 * {@code tolerance} for numeric questions (default 10% for approximate numbers, else 0) and {@code
 * truth} for true/false (default: the answer "true" or "false"). Stateless.
 */
final class QuestionsJsonl {
  /** Tolerance of a numeric question about an approximate number ("about 40") without one. */
  static final double APPROX_TOLERANCE = 0.1;

  private QuestionsJsonl() {}

  /**
   * @throws FileOpException when the file cannot be read
   * @throws InvalidInputException naming the file and line when a line is not a valid question
   */
  static List<Question> read(Path file) {
    List<Question> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(parseLine(file, lineNo, line));
        }
      }
    } catch (IOException e) {
      String detail =
          e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
      throw new FileOpException("read questions from", file, detail, e);
    }
    return out;
  }

  private static Question parseLine(Path file, int lineNo, String line) {
    String where = file.getFileName() + " line " + lineNo;
    try {
      return question(JsonParser.parseString(line).getAsJsonObject());
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      throw new InvalidInputException(
          where + ": not a question object as questions.jsonl.md" + " describes: " + e.getMessage(),
          e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(where + ": " + e.getMessage(), e);
    }
  }

  private static Question question(JsonObject o) {
    FactKind kind = FactKind.fromCode(text(o, "fact_kind"));
    QuestionType type = QuestionType.fromCode(text(o, "type"));
    String answer = text(o, "answer");
    AnswerValue value = value(kind, object(o, "value"));
    String evidence = text(o, "evidence");
    TextSpan span = span(o, "span");
    TextSpan answerSpan =
        o.has("answer_span") ? span(o, "answer_span") : locate(answer, evidence, span);
    Source source = new Source(text(o, "doc"), evidence, span, answerSpan);
    List<String> tags = o.has("tags") ? strings(o.getAsJsonArray("tags")) : List.of();
    return new Question(
        text(o, "id"),
        kind,
        prompt(type, o, answer, value),
        answer,
        value,
        source,
        number(o, "score"),
        tags);
  }

  private static Prompt prompt(QuestionType type, JsonObject o, String answer, AnswerValue value) {
    String text = text(o, "prompt");
    return switch (type) {
      case CLOZE -> new Prompt.Cloze(text);
      case SHORT_ANSWER -> new Prompt.ShortAnswer(text);
      case MULTIPLE_CHOICE -> {
        List<String> choices = strings(array(o, "choices"));
        int correct = choices.indexOf(answer);
        if (correct < 0) {
          throw new IllegalArgumentException(
              "answer '" + answer + "' is not among the choices " + choices);
        }
        yield new Prompt.MultipleChoice(text, choices, correct);
      }
      case NUMERIC ->
          new Prompt.Numeric(
              text, o.has("tolerance") ? number(o, "tolerance") : defaultTolerance(value));
      case TRUE_FALSE -> new Prompt.TrueFalse(text, truth(o, answer));
    };
  }

  private static double defaultTolerance(AnswerValue value) {
    return value instanceof AnswerValue.Number n && n.approx() ? APPROX_TOLERANCE : 0;
  }

  private static boolean truth(JsonObject o, String answer) {
    if (o.has("truth")) {
      return o.get("truth").getAsBoolean();
    }
    String a = answer.trim().toLowerCase(Locale.ROOT);
    if (a.equals("true") || a.equals("false")) {
      return a.equals("true");
    }
    throw new IllegalArgumentException(
        "true_false needs \"truth\" or an answer of true or false: '" + answer + "'");
  }

  private static AnswerValue value(FactKind kind, JsonObject v) {
    return switch (kind) {
      case DATE ->
          new AnswerValue.Date(
              optionalText(v, "start"),
              optionalText(v, "end").or(() -> optionalText(v, "start")),
              optionalText(v, "relative"));
      case NUMBER ->
          new AnswerValue.Number(
              number(v, "low"),
              number(v, "high"),
              v.has("approx") && v.get("approx").getAsBoolean());
      case PERSON -> new AnswerValue.Person(text(v, "name"), v.has("role") ? text(v, "role") : "");
    };
  }

  /**
   * The answer's first occurrence in the evidence (ignoring case), else an empty span at the
   * evidence's start (the answer key then highlights nothing).
   */
  private static TextSpan locate(String answer, String evidence, TextSpan span) {
    int at = evidence.toLowerCase(Locale.ROOT).indexOf(answer.toLowerCase(Locale.ROOT));
    return at < 0 || answer.isEmpty()
        ? new TextSpan(span.start(), span.start())
        : new TextSpan(span.start() + at, span.start() + at + answer.length());
  }

  private static JsonElement field(JsonObject o, String name) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      throw new IllegalArgumentException("missing field \"" + name + "\"");
    }
    return e;
  }

  private static String text(JsonObject o, String name) {
    return field(o, name).getAsString();
  }

  private static Optional<String> optionalText(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
  }

  private static double number(JsonObject o, String name) {
    return field(o, name).getAsDouble();
  }

  private static JsonObject object(JsonObject o, String name) {
    return field(o, name).getAsJsonObject();
  }

  private static JsonArray array(JsonObject o, String name) {
    return field(o, name).getAsJsonArray();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static TextSpan span(JsonObject o, String name) {
    JsonArray a = array(o, name);
    if (a.size() != 2) {
      throw new IllegalArgumentException("\"" + name + "\" must be [start, end]: " + a);
    }
    return new TextSpan(a.get(0).getAsInt(), a.get(1).getAsInt());
  }
}
