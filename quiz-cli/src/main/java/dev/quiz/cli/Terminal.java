package dev.quiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The interactive side of a command: lines read from an injected reader, text written to the
 * command's writers, colours only on a real terminal. A test or a script feeds it through a pipe.
 * One per command run; not thread-safe.
 */
final class Terminal {
  /** Longest line kept; the rest of a longer line is read and dropped, so any input is safe. */
  static final int MAX_LINE = 10_000;

  private static final String RESET = "\u001b[0m";

  private final Reader in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean colour;

  Terminal(Reader in, PrintWriter out, PrintWriter err, boolean colour) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.colour = colour;
  }

  /**
   * Colours are used only on a console whose {@code TERM} is not {@code dumb}, and never when
   * {@code NO_COLOR} is set to anything non-empty (https://no-color.org).
   */
  static boolean colourWanted(Map<String, String> env, boolean console) {
    String noColor = env.get("NO_COLOR");
    return console && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /**
   * The next line without its line break, at most {@link #MAX_LINE} characters; empty at end of
   * input (Ctrl-D, or the pipe closed).
   */
  Optional<String> readLine() {
    out.flush();
    StringBuilder sb = new StringBuilder();
    try {
      int c = in.read();
      if (c < 0) {
        return Optional.empty();
      }
      while (c >= 0 && c != '\n') {
        if (sb.length() < MAX_LINE) {
          sb.append((char) c);
        }
        c = in.read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the answer from standard input", e);
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') {
      sb.setLength(end - 1);
    }
    return Optional.of(sb.toString());
  }

  void print(String s) {
    out.print(s);
    out.flush();
  }

  void println(String s) {
    out.println(s);
    out.flush();
  }

  void error(String s) {
    err.println(s);
    err.flush();
  }

  String bold(String s) {
    return paint("1", s);
  }

  String dim(String s) {
    return paint("2", s);
  }

  String green(String s) {
    return paint("32", s);
  }

  String yellow(String s) {
    return paint("33", s);
  }

  String red(String s) {
    return paint("31", s);
  }

  private String paint(String code, String s) {
    return colour ? "\u001b[" + code + "m" + s + RESET : s;
  }

  /** {@code s} with control characters (escape sequences included) shown as spaces. */
  static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString();
  }
}
