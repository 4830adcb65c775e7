package dev.quiz.bank.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads gold facts: every {@code *.jsonl} file of a folder. Stateless, thread-safe. */
public final class GoldFacts {
  private GoldFacts() {}

  /**
   * All gold facts in {@code folder}, file by file in name order.
   *
   * @throws FileOpException when the folder or a file cannot be read
   * @throws InvalidInputException when a line is not a gold fact, naming file and line
   */
  public static List<GoldFact> read(Path folder) {
    List<GoldFact> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".jsonl")).sorted()::iterator) {
        readFile(f, out);
      }
    } catch (IOException e) {
      throw new FileOpException("read gold folder", folder, String.valueOf(e.getMessage()), e);
    }
    return Collections.unmodifiableList(out);
  }

  private static void readFile(Path f, List<GoldFact> out) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.trim().isEmpty()) {
          try {
            out.add(parse(JsonParser.parseString(line).getAsJsonObject()));
          } catch (JsonParseException
              | IllegalStateException
              | IllegalArgumentException
              | NullPointerException e) {
            throw new InvalidInputException(
                "not a gold fact at " + f.getFileName() + " line " + n + ": " + e.getMessage(), e);
          }
        }
      }
    }
  }

  static GoldFact parse(JsonObject o) {
    FactKind kind = FactKind.fromCode(o.get("kind").getAsString());
    JsonObject v = o.getAsJsonObject("value");
    AnswerValue value =
        switch (kind) {
          case DATE -> new AnswerValue.Date(text(v, "start"), text(v, "end"), text(v, "relative"));
          case NUMBER ->
              new AnswerValue.Number(
                  v.get("low").getAsDouble(),
                  v.get("high").getAsDouble(),
                  v.has("approx") && v.get("approx").getAsBoolean());
          case PERSON ->
              new AnswerValue.Person(
                  v.get("name").getAsString(), v.has("role") ? v.get("role").getAsString() : "");
        };
    return new GoldFact(
        o.get("doc").getAsString(),
        kind,
        o.get("about").getAsString(),
        o.get("answer").getAsString(),
        value,
        o.get("evidence").getAsString());
  }

  private static Optional<String> text(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
  }
}
