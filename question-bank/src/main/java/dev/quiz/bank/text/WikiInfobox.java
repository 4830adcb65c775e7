package dev.quiz.bank.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The infobox template of MediaWiki source, rewritten in place as a scraped infobox is written: the
 * "{{Infobox military conflict" line reads "Infobox", and each parameter line "| commander1 = …"
 * reads "- Commander1: …", its bar, key and equals sign changed or blanked character for character
 * so that offsets stay those of the file. Parameters that are no facts of the event (images, maps,
 * captions) are blanked. Also the brace and bracket matching {@link Wikitext} uses. Stateless.
 */
final class WikiInfobox {
  /** The parameters kept: those of a battle's infobox that a scraped infobox has. */
  private static final Pattern KEPT =
      Regexes.compile(
          "(?:conflict|partof|date|place|location|result|territory|combatants?\\d?[a-z]?"
              + "|commanders?\\d?[a-z]?|units\\d?[a-z]?|strength\\d?[a-z]?|casualties\\d?[a-z]?)");

  /** A line this class wrote: "- Key:". */
  private static final Pattern ENTRY = Regexes.compile("^\\s*-\\s*[A-Z][A-Za-z0-9]{0,30}:");

  private static final String OPEN = "{{infobox";

  private WikiInfobox() {}

  /** Rewrites every infobox template in {@code sb}; see the class comment. */
  static void rewrite(StringBuilder sb) {
    String lower = sb.toString().toLowerCase(Locale.ROOT);
    int start = lower.indexOf(OPEN);
    while (start >= 0) {
      int end = closing(sb, start);
      if (end < 0) {
        return;
      }
      int firstBar = topLevel(sb, start + 2, end - 2, '|');
      int nameEnd = firstBar < 0 ? end - 2 : firstBar;
      Wikitext.blank(sb, start, start + 2);
      Wikitext.blank(sb, start + OPEN.length(), nameEnd);
      sb.setCharAt(start + 2, 'I');
      Wikitext.blank(sb, end - 2, end);
      int bar = firstBar;
      while (bar >= 0) {
        int next = topLevel(sb, bar + 1, end - 2, '|');
        parameter(sb, bar, next < 0 ? end - 2 : next);
        bar = next;
      }
      start = lower.indexOf(OPEN, end);
    }
  }

  /** One parameter [bar, end): rewritten as "- Key: value" when kept, else blanked. */
  private static void parameter(StringBuilder sb, int bar, int end) {
    int eq = topLevel(sb, bar + 1, end, '=');
    int keyStart = bar + 1;
    while (eq >= 0 && keyStart < eq && Character.isWhitespace(sb.charAt(keyStart))) {
      keyStart++;
    }
    int keyEnd = eq;
    while (eq >= 0 && keyEnd > keyStart && Character.isWhitespace(sb.charAt(keyEnd - 1))) {
      keyEnd--;
    }
    boolean kept =
        eq >= 0
            && keyEnd > keyStart
            && lineStart(sb, bar)
            && !sb.substring(eq + 1, end).trim().isEmpty()
            && KEPT.matcher(sb.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT)).matches();
    if (!kept) {
      Wikitext.blank(sb, bar, end);
      return;
    }
    sb.setCharAt(bar, '-');
    sb.setCharAt(keyStart, Character.toUpperCase(sb.charAt(keyStart)));
    sb.setCharAt(eq, ' ');
    sb.setCharAt(keyEnd, ':');
  }

  /** Whether only white space stands before {@code i} on its line. */
  private static boolean lineStart(StringBuilder sb, int i) {
    int j = i - 1;
    while (j >= 0 && sb.charAt(j) != '\n') {
      if (!Character.isWhitespace(sb.charAt(j))) {
        return false;
      }
      j--;
    }
    return true;
  }

  /** Whether the line starting at {@code lineStart} is an entry this class wrote. */
  static boolean isEntry(CharSequence sb, int lineStart) {
    int lineEnd = lineStart;
    while (lineEnd < sb.length() && sb.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    return ENTRY.matcher(sb.subSequence(lineStart, lineEnd)).lookingAt();
  }

  /** The end (after "}}") of the template opening at {@code start} ("{{"), or -1 if unclosed. */
  static int closing(CharSequence sb, int start) {
    return close(sb, start, '{', '}');
  }

  /** The end (after "]]") of the link opening at {@code start} ("[["), or -1 if unclosed. */
  static int closingLink(CharSequence sb, int start) {
    return close(sb, start, '[', ']');
  }

  private static int close(CharSequence sb, int start, char open, char shut) {
    int depth = 0;
    int i = start;
    while (i + 1 < sb.length()) {
      char c = sb.charAt(i);
      if (c == open && sb.charAt(i + 1) == open) {
        depth++;
        i += 2;
      } else if (c == shut && sb.charAt(i + 1) == shut) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * The first {@code c} in [from, to) outside nested templates and links, or -1.
   *
   * @param c the character looked for ('|' or '=')
   */
  static int topLevel(CharSequence sb, int from, int to, char c) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char ch = sb.charAt(i);
      boolean pair = i + 1 < to && sb.charAt(i + 1) == ch;
      if (pair && (ch == '{' || ch == '[')) {
        depth++;
        i++;
      } else if (pair && (ch == '}' || ch == ']')) {
        depth--;
        i++;
      } else if (ch == c && depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
