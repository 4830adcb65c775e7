package dev.quiz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An import scan for architecture tests: every package of a module's main sources may reference
 * only the packages its rule allows (STYLE §3). References are found in imports and in fully
 * qualified names in code, comments excluded.
 */
public final class ImportRules {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(dev\\.quiz(?:\\.[a-z]+)*|java\\.(?:sql|awt|io|nio\\.file|lang\\.reflect|net)"
              + "|javax\\.[a-z]+|org\\.sqlite|com\\.google\\.gson|opennlp\\.tools|picocli"
              + "|org\\.apache\\.commons\\.[a-z0-9]+)\\b");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  private final Map<String, List<String>> allowed = new LinkedHashMap<>();

  /**
   * Allows package {@code pkg} (and its sub-packages unless a more specific rule exists) to
   * reference the given prefixes. Its own package is always allowed.
   */
  public ImportRules allow(String pkg, String... prefixes) {
    allowed.put(pkg, List.of(prefixes));
    return this;
  }

  /** The violations in {@code sourceRoot}, one line each: file, line, reference. */
  public List<String> violations(Path sourceRoot) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        check(sourceRoot, f, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private void check(Path root, Path file, List<String> out) throws IOException {
    String text = stripComments(Files.readString(file, StandardCharsets.UTF_8));
    Matcher pm = PACKAGE.matcher(text);
    if (!pm.find()) {
      return;
    }
    String pkg = pm.group(1);
    List<String> rule = ruleFor(pkg);
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      if (m.start() == pm.start(1)) {
        continue;
      }
      String ref = m.group(1);
      if (ref.equals(pkg) || ref.startsWith(pkg + ".") || permitted(rule, ref)) {
        continue;
      }
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      out.add(root.relativize(file) + ":" + line + ": " + pkg + " must not use " + ref);
    }
  }

  private List<String> ruleFor(String pkg) {
    String best = null;
    for (String p : allowed.keySet()) {
      if ((pkg.equals(p) || pkg.startsWith(p + "."))
          && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no import rule for package " + pkg + ": add one");
    }
    return allowed.get(best);
  }

  private static boolean permitted(List<String> rule, String ref) {
    for (String prefix : rule) {
      if (prefix.endsWith(".*")) {
        String base = prefix.substring(0, prefix.length() - 2);
        if (ref.equals(base) || ref.startsWith(base + ".")) {
          return true;
        }
      } else if (ref.equals(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String stripComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("(?m)//.*$", " ")
        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
  }
}
