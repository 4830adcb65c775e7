package dev.quiz.bank.text;

import java.util.regex.Pattern;

/**
 * Compiles regexes so that {@code \b} means the same on every Java runtime: a boundary between a
 * word character (any letter, decimal digit, non-spacing mark or '_', Unicode included) and
 * anything else. Java 17 and Android read {@code \b} so; Java 19 and later read it as a boundary of
 * ASCII word characters only, where "chargé" has no boundary after its "é" and "Émile" none before
 * its "É", which would make the same document give other facts on a newer runtime. There {@code \b}
 * is spelled out with lookarounds ({@link #BOUNDARY}); a runtime whose own {@code \b} passes the
 * probes of {@link #nativeBoundaryIsUnicode()} keeps it, as it is four to six times faster than the
 * lookarounds (they are tried at every position of a {@code find()}). Stateless and thread-safe.
 */
public final class Regexes {
  private static final String WORD = "[\\p{L}\\p{Mn}\\p{Nd}_]";

  /**
   * What a {@code \b} outside a character class becomes: a word character on exactly one side.
   * Zero-width, so readers of a regex's starts can skip it as they skip {@code \b}.
   */
  public static final String BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

  /** Whether this runtime's own {@code \b} is the boundary of Unicode word characters. */
  private static final boolean NATIVE = nativeBoundaryIsUnicode();

  private Regexes() {}

  /**
   * Whether {@code \b} as this runtime compiles it agrees with {@link #BOUNDARY} on letters and
   * digits outside ASCII, on '_' and on marks after a letter; true on Java 17 and Android, false on
   * Java 19 and later. (Java 17 reads a non-spacing mark that follows no letter, as after a space,
   * as no word character; {@link #BOUNDARY} as one. Text has no such marks but by mistake.)
   */
  static boolean nativeBoundaryIsUnicode() {
    String[] probes = {
      "chargé d'affaires", "Émile", "x_1 (2)", "١٢ Σπάρτη", "naïve", "Ångström", "e\u0301 a", "-ß-"
    };
    Pattern own = Pattern.compile("\\b");
    Pattern spelled = Pattern.compile(BOUNDARY);
    for (String probe : probes) {
      for (int i = 0; i <= probe.length(); i++) {
        if (own.matcher(probe).region(i, i).useTransparentBounds(true).lookingAt()
            != spelled.matcher(probe).region(i, i).useTransparentBounds(true).lookingAt()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@link Pattern#compile(String)} with {@code \b} made explicit.
   *
   * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a regex
   */
  public static Pattern compile(String regex) {
    return Pattern.compile(portable(regex));
  }

  /**
   * {@link Pattern#compile(String, int)} with {@code \b} made explicit.
   *
   * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a regex
   */
  public static Pattern compile(String regex, int flags) {
    return Pattern.compile(portable(regex), flags);
  }

  /**
   * {@code regex} as this runtime must compile it: as it is where {@code \b} already means the
   * Unicode boundary, else {@link #spelledOut(String)}.
   */
  static String portable(String regex) {
    return NATIVE ? regex : spelledOut(regex);
  }

  /**
   * {@code regex} with every {@code \b} outside a character class and outside {@code \Q...\E}
   * replaced by {@link #BOUNDARY}; an escaped backslash before 'b' is left alone.
   */
  static String spelledOut(String regex) {
    if (regex.indexOf("\\b") < 0) {
      return regex;
    }
    StringBuilder out = new StringBuilder(regex.length() + 64);
    int classDepth = 0;
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(i + 1);
        if (next == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          int stop = end < 0 ? regex.length() : end + 2;
          out.append(regex, i, stop);
          i = stop;
          continue;
        }
        if (next == 'b' && classDepth == 0) {
          out.append(BOUNDARY);
        } else {
          out.append(c).append(next);
        }
        i += 2;
        continue;
      }
      if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
