package dev.quiz.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL kept as resources beside this class: queries in {@code sql/<intent>.sql}, migrations in
 * {@code migrations/NNN_<what>.sql}. Loaded once and cached; thread-safe.
 */
final class Sql {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Sql() {}

  /** The query {@code sql/<name>.sql}, e.g. {@code card_due}, without a trailing semicolon. */
  static String query(String name) {
    String text = resource("sql/" + name + ".sql").trim();
    return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
  }

  /** The text of a resource beside this class, e.g. {@code migrations/002_card_queue.sql}. */
  static String resource(String path) {
    return CACHE.computeIfAbsent(path, Sql::load);
  }

  /**
   * The statements of a script: {@code --} comment lines dropped, split at semicolons that end a
   * line. Our scripts hold no semicolons inside literals.
   */
  static List<String> statements(String script) {
    StringBuilder current = new StringBuilder();
    List<String> out = new ArrayList<>();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(current.length() == 0 ? "" : "\n").append(line);
      if (trimmed.endsWith(";")) {
        String s = current.toString().trim();
        out.add(s.substring(0, s.length() - 1).trim());
        current.setLength(0);
      }
    }
    if (current.toString().trim().length() > 0) {
      out.add(current.toString().trim());
    }
    return Collections.unmodifiableList(out);
  }

  private static String load(String path) {
    try (InputStream in = Sql.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource missing from the jar: " + path);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read SQL resource " + path, e);
    }
  }
}
