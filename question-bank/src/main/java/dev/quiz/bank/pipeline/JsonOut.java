package dev.quiz.bank.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where {@link QuestionJson} writes a line: as text ({@link Text}), or straight as UTF-8 bytes
 * ({@link Utf8}), which saves building the text and encoding it afterwards. Strings are quoted and
 * escaped as Gson's compact {@code JsonWriter} does (not HTML-safe): control characters, {@code "},
 * {@code \} and U+2028/U+2029. Not thread-safe: one per line.
 */
abstract class JsonOut {
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

  /** Appends {@code ascii} (ASCII only) as it is. */
  abstract JsonOut raw(String ascii);

  /** Appends {@code c} (ASCII) as it is. */
  abstract JsonOut raw(char c);

  /** Appends {@code s} quoted and escaped. */
  abstract JsonOut string(String s);

  /** Appends {@code v} as {@link Long#toString(long)} writes it. */
  final JsonOut number(long v) {
    return raw(Long.toString(v));
  }

  /** Appends {@code v} as {@link Double#toString(double)} writes it. */
  final JsonOut number(double v) {
    return raw(Double.toString(v));
  }

  /** Whether {@code c} needs an escape (one test for the many characters that never do). */
  static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\' || (c | 1) == '\u2029';
  }

  /** The escape of a character that {@link #needsEscape needs one}. */
  static String escape(char c) {
    return c < 0x80 ? ESCAPES[c] : c == '\u2028' ? "\\u2028" : "\\u2029";
  }

  /** A line as text, exactly what Gson writes (lone surrogates kept). */
  static final class Text extends JsonOut {
    private final StringBuilder sb;

    Text(int capacity) {
      this.sb = new StringBuilder(capacity);
    }

    @Override
    JsonOut raw(String ascii) {
      sb.append(ascii);
      return this;
    }

    @Override
    JsonOut raw(char c) {
      sb.append(c);
      return this;
    }

    /** The runs between characters that need an escape are appended whole (most are one run). */
    @Override
    JsonOut string(String s) {
      sb.append('"');
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (needsEscape(c)) {
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
      return this;
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /**
   * A line as UTF-8 bytes, the bytes of {@link Text}'s line as {@link String#getBytes} encodes it:
   * a lone surrogate (which no document read as UTF-8 has) becomes "?".
   */
  static final class Utf8 extends JsonOut {
    private byte[] buf;
    private int len;

    Utf8(int capacity) {
      this.buf = new byte[capacity];
    }

    @Override
    JsonOut raw(String ascii) {
      room(ascii.length());
      len = ascii(ascii, buf, len);
      return this;
    }

    @Override
    JsonOut raw(char c) {
      room(1);
      buf[len++] = (byte) c;
      return this;
    }

    @Override
    JsonOut string(String s) {
      // at most 3 bytes a character (a pair of surrogates: 4 bytes for 2) or a 6-byte escape
      room(6 * s.length() + 2);
      byte[] b = buf;
      int n = len;
      b[n++] = '"';
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80 && !needsEscape(c)) {
          b[n++] = (byte) c;
        } else if (needsEscape(c)) {
          n = ascii(escape(c), b, n);
        } else if (c < 0x800) {
          b[n++] = (byte) (0xC0 | c >> 6);
          b[n++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
          n = three(b, n, c);
        } else if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          n = four(b, n, Character.toCodePoint(c, s.charAt(++i)));
        } else {
          b[n++] = '?';
        }
      }
      b[n++] = '"';
      len = n;
      return this;
    }

    /** Puts the ASCII {@code s} into {@code b} at {@code n}; the position after it. */
    private static int ascii(String s, byte[] b, int n) {
      for (int i = 0; i < s.length(); i++) {
        b[n++] = (byte) s.charAt(i);
      }
      return n;
    }

    private static int three(byte[] b, int n, char c) {
      b[n] = (byte) (0xE0 | c >> 12);
      b[n + 1] = (byte) (0x80 | c >> 6 & 0x3F);
      b[n + 2] = (byte) (0x80 | c & 0x3F);
      return n + 3;
    }

    private static int four(byte[] b, int n, int cp) {
      b[n] = (byte) (0xF0 | cp >> 18);
      b[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
      b[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
      b[n + 3] = (byte) (0x80 | cp & 0x3F);
      return n + 4;
    }

    private void room(int more) {
      if (len + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(len + more, 2 * buf.length));
      }
    }

    /** The bytes written. */
    byte[] bytes() {
      return Arrays.copyOf(buf, len);
    }

    @Override
    public String toString() {
      return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
  }
}
