package dev.quiz.bank.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to text that keeps offsets, as {@link Html} does: the marks (heading hashes, emphasis
 * stars and underscores, code ticks, link brackets and targets, list bullets, quote marks, table
 * pipes, rules) are replaced by spaces of the same length, so every offset in the result is the
 * offset in the original file, and the words stay where they were. Stateless.
 */
final class Markdown {
  /** Marks blanked whole, in this order; each pattern's group "mark" (or the match) is blanked. */
  private static final List<Pattern> MARKS =
      List.of(
          // images go with their text; a link keeps its text and loses its target
          Regexes.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)"),
          Regexes.compile("(?<mark>\\[)[^\\]\\n]*(?<mark2>\\]\\([^)\\n]*\\))"),
          Regexes.compile("(?m)^\\s{0,3}\\[[^\\]\\n]+\\]:\\s+\\S.*$"),
          Regexes.compile("(?m)^\\s{0,3}#{1,6}\\s[^\\n]*?(?<mark>\\s+#+)[ \\t]*$"),
          Regexes.compile("(?m)^(?<mark>\\s{0,3}#{1,6}\\s+)"),
          Regexes.compile("(?m)^\\s{0,3}(?:[=]{3,}|[-]{3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})\\s*$"),
          Regexes.compile("(?m)^(?<mark>\\s{0,3}>\\s?)"),
          // "- Key: value" lines are infobox rows, whose reader needs the dash; so are "- **Key:**
          // value" and "- **Key**: value", whose stars go below
          Regexes.compile(
              "(?m)^(?<mark>\\s{0,3}(?:[*+]|-(?!\\s*[^:\\n]{1,40}:(?:\\*\\*|__)?\\s)|\\d{1,3}[.)])\\s+)"),
          Regexes.compile("(?m)^\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*:?-{3,}:?\\s*\\|?\\s*$"),
          Regexes.compile("(?<mark>\\*\\*|__)(?=\\S)[^\\n]+?(?<=\\S)(?<mark2>\\1)"),
          Regexes.compile(
              "(?<![\\w*])(?<mark>\\*)(?=[^\\s*])[^*\\n]+?(?<=\\S)(?<mark2>\\*)(?![\\w*])"),
          Regexes.compile("(?<![\\w_])(?<mark>_)(?=[^\\s_])[^_\\n]+?(?<=\\S)(?<mark2>_)(?![\\w_])"),
          Regexes.compile("(?<mark>`+)[^`\\n]+(?<mark2>\\1)"));

  private Markdown() {}

  /**
   * Whether a document is Markdown: by its name (".md", ".markdown"), or by a first line that is a
   * Markdown heading ("# Title").
   */
  static boolean looksLikeMarkdown(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown")) {
      return true;
    }
    int i = frontMatterEnd(text);
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.startsWith("# ", i) || text.startsWith("## ", i);
  }

  /** The most lines a front matter block may have. */
  private static final int FRONT_MATTER_LINES = 40;

  /** A front matter's date: "date: 2023-10-21", "date: 2023-10-21T09:00:00Z". */
  private static final Pattern FRONT_MATTER_DATE =
      Regexes.compile("(?m)^date:\\s*[\"']?(?<d>\\d{4}-\\d{2}-\\d{2})");

  /**
   * Where a front matter block ends, after its closing "---" line: the "---" line that opens the
   * text, the site's fields ("title:", "date:", "tags:"), and a "---" line within {@value
   * #FRONT_MATTER_LINES} lines. 0 when the text opens with none.
   */
  static int frontMatterEnd(String text) {
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
      return 0;
    }
    int at = text.indexOf('\n') + 1;
    for (int line = 0; line < FRONT_MATTER_LINES && at < text.length(); line++) {
      int end = text.indexOf('\n', at);
      end = end < 0 ? text.length() : end;
      if (text.substring(at, end).strip().equals("---")) {
        return Math.min(text.length(), end + 1);
      }
      at = end + 1;
    }
    return 0;
  }

  /**
   * {@code md} with its marks replaced by spaces (line breaks stay). A front matter block is
   * blanked but for the figures of its date, which are left alone on their line, the page's date.
   */
  static String blankMarks(String md) {
    StringBuilder sb = new StringBuilder(md);
    int front = frontMatterEnd(md);
    if (front > 0) {
      Matcher date = FRONT_MATTER_DATE.matcher(md).region(0, front);
      boolean dated = date.find();
      blank(sb, 0, dated ? date.start("d") : front);
      if (dated) {
        blank(sb, date.end("d"), front);
      }
    }
    for (Pattern p : MARKS) {
      Matcher m = p.matcher(sb.toString());
      while (m.find()) {
        boolean grouped = p.pattern().contains("<mark>") || p.pattern().contains("<mark2>");
        if (!grouped) {
          blank(sb, m.start(), m.end());
          continue;
        }
        for (String g : new String[] {"mark", "mark2"}) {
          if (p.pattern().contains("<" + g + ">") && m.start(g) >= 0) {
            blank(sb, m.start(g), m.end(g));
          }
        }
      }
    }
    blankTablePipes(sb);
    return sb.toString();
  }

  /** The pipes of table rows: lines with two or more of them. */
  private static void blankTablePipes(StringBuilder sb) {
    int start = 0;
    while (start < sb.length()) {
      int end = sb.indexOf("\n", start);
      end = end < 0 ? sb.length() : end;
      int pipes = 0;
      for (int i = start; i < end; i++) {
        pipes += sb.charAt(i) == '|' ? 1 : 0;
      }
      if (pipes >= 2) {
        for (int i = start; i < end; i++) {
          if (sb.charAt(i) == '|') {
            sb.setCharAt(i, ' ');
          }
        }
      }
      start = end + 1;
    }
  }

  private static void blank(StringBuilder sb, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sb.charAt(i) != '\n') {
        sb.setCharAt(i, ' ');
      }
    }
  }
}
