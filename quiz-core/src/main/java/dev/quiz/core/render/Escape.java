package dev.quiz.core.render;

/** Escaping for each output syntax. Stateless. */
final class Escape {
  private Escape() {}

  /** Text for HTML or XML content and attribute values (also valid XHTML). */
  static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append(' '); // control characters are not allowed in XML 1.0
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * Text for Moodle GIFT: the special characters {@code ~ = # { } :} and the backslash are escaped
   * with a backslash, and line breaks become {@code \n}.
   */
  static String gift(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
        case '\n' -> b.append("\\n");
        case '\r' -> {}
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A JSON string literal, quotes included (RFC 8259: quote, backslash and controls escaped). */
  static String json(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Inline Markdown text: characters that would start emphasis, links, code or HTML are escaped.
   */
  static String markdown(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c == '\n' ? ' ' : c);
    }
    return b.toString();
  }
}
