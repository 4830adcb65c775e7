package dev.quiz.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The HTML 4 named entities Anki 2.1.16 decodes in its field cache ({@code
 * html-entities.properties}, generated from Python's {@code html.entities.name2codepoint}). Loaded
 * once; thread-safe.
 */
final class HtmlEntities {
  private static final Map<String, Integer> CODE_POINTS = load();

  private HtmlEntities() {}

  /** The code point of entity {@code name} (without {@code &} and {@code ;}), or -1 if unknown. */
  static int codePoint(String name) {
    Integer cp = CODE_POINTS.get(name);
    return cp == null ? -1 : cp;
  }

  private static Map<String, Integer> load() {
    Properties p = new Properties();
    try (InputStream in = HtmlEntities.class.getResourceAsStream("html-entities.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "html-entities.properties is missing from the quiz-core jar");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read html-entities.properties from the quiz-core jar", e);
    }
    Map<String, Integer> m = new HashMap<>();
    for (String name : p.stringPropertyNames()) {
      m.put(name, Integer.valueOf(p.getProperty(name).trim()));
    }
    return Collections.unmodifiableMap(m);
  }
}
