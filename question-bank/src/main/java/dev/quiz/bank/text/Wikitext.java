package dev.quiz.bank.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki source (as pasted from Wikipedia's edit box) to text that keeps offsets, as {@link
 * Markdown} and {@link Html} do: the marks are replaced by spaces of the same length, so every
 * offset in the result is the offset in the original file. Links keep their label ("[[Russian
 * Empire|Russia]]" reads "Russia"), bold and italic quotes, references ("&lt;ref&gt;…&lt;/ref&gt;")
 * and templates ("{{cite book …}}", nested braces too) go, a flag template keeps its country and a
 * killed-in-action template becomes "†". An infobox template becomes the "Infobox" line and "- Key:
 * value" lines of a scraped infobox ({@link WikiInfobox}). A few marks are moved rather than
 * blanked: a stop or comma right after a link or bold text moves back to the text ("[[World War
 * I]]." reads "World War I."). Tables, galleries and magic words ("__NOTOC__") go whole. Stateless.
 */
final class Wikitext {
  /** Markup that goes whole: comments, references with their text, self-closed references. */
  private static final Pattern HIDDEN =
      Regexes.compile(
          "(?is)<!--.*?-->|<ref\\b[^>/]*/>|<ref\\b[^>]*>.*?</ref\\s*>|<references\\s*/?>"
              + "|<gallery\\b.*?</gallery\\s*>|__[A-Z]{4,20}__");

  /**
   * A table ("{|" to "|}" at line starts): orders of battle and lists of losses, whose cells are no
   * sentences, go whole.
   */
  private static final Pattern TABLE = Regexes.compile("(?ms)^[ \\t]*\\{\\|.*?^[ \\t]*\\|\\}");

  /** Bold and italic quotes: two, three or five apostrophes. */
  private static final Pattern QUOTES = Regexes.compile("'{2,}");

  /** An external link: its address goes, its label stays ("[https://… the report]"). */
  private static final Pattern EXTERNAL =
      Regexes.compile("(?<mark>\\[(?:https?:)?//[^\\s\\]]+\\s*)[^\\]\\n]*(?<mark2>\\])");

  /** A list or indent mark at a line start ("* ", "# ", ": "). */
  private static final Pattern LIST_MARK = Regexes.compile("(?m)^[*#:;]+[ \\t]*");

  /** A line break tag. */
  private static final Pattern BREAK = Regexes.compile("(?i)<br\\s*/?>");

  /** Link namespaces whose links are not text: files, images, categories. */
  private static final Pattern FILE_LINK =
      Regexes.compile("(?i)^(?:File|Image|Category|Media):.*", Pattern.DOTALL);

  /** Templates that show their first argument ("lang" its second, "convert" its first two). */
  private static final Pattern KEPT_TEXT =
      Regexes.compile("flag|flagcountry|flagu|nowrap|nobr|small|lang|convert|cvt|nbsp|sic");

  /** Wiki signs in a plain text file: an infobox, or several links with bold or references. */
  private static final Pattern SIGNS = Regexes.compile("\\{\\{Infobox|'''|<ref|==[^=\\n]+==");

  private Wikitext() {}

  /**
   * Whether a document is wikitext: by its name (".wiki", ".wikitext", ".mediawiki"), or by its
   * text: an infobox template, or three or more "[[…]]" links with bold quotes, references or "==
   * Heading ==" lines.
   */
  static boolean looksLikeWikitext(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".wiki") || lower.endsWith(".wikitext") || lower.endsWith(".mediawiki")) {
      return true;
    }
    if (text.contains("{{Infobox") || text.contains("{{infobox")) {
      return true;
    }
    int links = 0;
    for (int i = text.indexOf("[["); i >= 0 && links < 3; i = text.indexOf("[[", i + 2)) {
      int close = text.indexOf("]]", i);
      int line = text.indexOf('\n', i);
      links += close > i && (line < 0 || close < line) ? 1 : 0;
    }
    return links >= 3 && SIGNS.matcher(text).find();
  }

  /** {@code wiki} with its marks replaced by spaces (line breaks stay); see the class comment. */
  static String blankMarks(String wiki) {
    StringBuilder sb = new StringBuilder(wiki);
    blankAll(sb, HIDDEN.matcher(wiki));
    blankAll(sb, TABLE.matcher(sb.toString()));
    WikiInfobox.rewrite(sb);
    templates(sb, 0, sb.length());
    links(sb);
    blankGroups(sb, EXTERNAL.matcher(sb.toString()));
    blankAll(sb, QUOTES.matcher(sb.toString()));
    blankAll(sb, LIST_MARK.matcher(sb.toString()));
    breaks(sb);
    movePunctuation(wiki, sb);
    return sb.toString();
  }

  /** The templates in [from, to): see {@link #template}. */
  private static void templates(StringBuilder sb, int from, int to) {
    int i = from;
    while (i + 1 < to) {
      if (sb.charAt(i) == '{' && sb.charAt(i + 1) == '{') {
        int end = WikiInfobox.closing(sb, i);
        if (end < 0 || end > to) {
          return;
        }
        template(sb, i, end);
        i = end;
      } else {
        i++;
      }
    }
  }

  /**
   * One template [start, end), braces included: a flag or no-wrap template keeps its text, a
   * killed-in-action one becomes "†", any other goes whole.
   */
  private static void template(StringBuilder sb, int start, int end) {
    int bar = WikiInfobox.topLevel(sb, start + 2, end - 2, '|');
    int nameEnd = bar < 0 ? end - 2 : bar;
    String name = sb.substring(start + 2, nameEnd).trim().toLowerCase(Locale.ROOT);
    if (name.equals("kia") || name.equals("killed in action") || name.equals("dagger")) {
      blank(sb, start, end);
      sb.setCharAt(start, '†');
    } else if (bar >= 0 && KEPT_TEXT.matcher(name).matches()) {
      int arg = name.equals("lang") ? WikiInfobox.topLevel(sb, bar + 1, end - 2, '|') : bar;
      arg = arg < 0 ? bar : arg;
      int argEnd = WikiInfobox.topLevel(sb, arg + 1, end - 2, '|');
      argEnd = argEnd < 0 ? end - 2 : argEnd;
      if (name.equals("convert") && argEnd < end - 2) {
        // {{convert|72|km|mi}} reads "72 km": the value and its unit
        sb.setCharAt(argEnd, ' ');
        int unitEnd = WikiInfobox.topLevel(sb, argEnd + 1, end - 2, '|');
        argEnd = unitEnd < 0 ? end - 2 : unitEnd;
      }
      blank(sb, start, arg + 1);
      blank(sb, argEnd, end);
      templates(sb, arg + 1, argEnd);
    } else {
      blank(sb, start, end);
    }
  }

  /** Internal links: a label stays, else the target; file and category links go whole. */
  private static void links(StringBuilder sb) {
    int i = sb.indexOf("[[");
    while (i >= 0) {
      int end = WikiInfobox.closingLink(sb, i);
      if (end < 0) {
        return;
      }
      String inner = sb.substring(i + 2, end - 2);
      if (FILE_LINK.matcher(inner).matches()) {
        blank(sb, i, end);
        i = sb.indexOf("[[", end);
        continue;
      }
      int bar = WikiInfobox.topLevel(sb, i + 2, end - 2, '|');
      blank(sb, i, bar < 0 ? i + 2 : bar + 1);
      blank(sb, end - 2, end);
      suffix(sb, end);
      i = sb.indexOf("[[", i + 2);
    }
  }

  /**
   * Letters glued to a link's end ("[[taxicab]]s") move back over its closing brackets, so that the
   * word reads whole ("taxicabs"); they are the only characters not at their own offsets.
   */
  private static void suffix(StringBuilder sb, int end) {
    int k = end;
    while (k < sb.length() && Character.isLetter(sb.charAt(k))) {
      sb.setCharAt(k - 2, sb.charAt(k));
      sb.setCharAt(k, ' ');
      k++;
    }
  }

  /**
   * Line break tags go; in an infobox value ("- Key: a&lt;br /&gt;b") one parts list items with a
   * comma, which {@link #movePunctuation} moves back to the item before.
   */
  private static void breaks(StringBuilder sb) {
    Matcher m = BREAK.matcher(sb.toString());
    while (m.find()) {
      blank(sb, m.start(), m.end());
      int next = m.end();
      while (next < sb.length() && sb.charAt(next) == ' ') {
        next++;
      }
      int lineStart = sb.lastIndexOf("\n", m.start()) + 1;
      boolean infobox = WikiInfobox.isEntry(sb, lineStart);
      if (infobox && next < sb.length() && sb.charAt(next) != '\n' && sb.charAt(next) != '(') {
        sb.setCharAt(m.start(), ',');
      }
    }
  }

  /**
   * A stop, comma or closing bracket after blanked marks moves back to the text before them, an
   * opening bracket before blanked marks forward to the text after them, so that "[[World War I]]."
   * is shown "World War I." rather than "World War I .".
   */
  private static void movePunctuation(String wiki, StringBuilder sb) {
    for (int i = 1; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (".,;:!?)".indexOf(c) >= 0 && sb.charAt(i - 1) == ' ') {
        int j = i - 1;
        boolean marks = false;
        while (j > 0 && sb.charAt(j - 1) == ' ') {
          marks = marks || blanked(wiki, sb, j);
          j--;
        }
        marks = marks || blanked(wiki, sb, j);
        if (marks && j > 0 && !Character.isWhitespace(sb.charAt(j - 1)) && sb.charAt(j - 1) != c) {
          sb.setCharAt(j, c);
          sb.setCharAt(i, ' ');
        }
      } else if (c == '(' && i + 1 < sb.length() && blanked(wiki, sb, i + 1)) {
        int j = i + 1;
        while (j + 1 < sb.length() && sb.charAt(j + 1) == ' ') {
          j++;
        }
        if (j + 1 < sb.length() && sb.charAt(j + 1) == ')') {
          // "({{lang-fr|…}})": brackets around nothing go too
          sb.setCharAt(i, ' ');
          sb.setCharAt(j + 1, ' ');
        } else if (j + 1 < sb.length() && !Character.isWhitespace(sb.charAt(j + 1))) {
          sb.setCharAt(j, c);
          sb.setCharAt(i, ' ');
          i = j;
        }
      }
    }
  }

  /** Whether the character at {@code i} was markup, now a space. */
  private static boolean blanked(String wiki, StringBuilder sb, int i) {
    return sb.charAt(i) == ' ' && !Character.isWhitespace(wiki.charAt(i));
  }

  private static void blankAll(StringBuilder sb, Matcher m) {
    while (m.find()) {
      blank(sb, m.start(), m.end());
    }
  }

  private static void blankGroups(StringBuilder sb, Matcher m) {
    while (m.find()) {
      blank(sb, m.start("mark"), m.end("mark"));
      blank(sb, m.start("mark2"), m.end("mark2"));
    }
  }

  /** Replaces [from, to) by spaces; line breaks stay. */
  static void blank(StringBuilder sb, int from, int to) {
    for (int i = from; i < to; i++) {
      if (sb.charAt(i) != '\n') {
        sb.setCharAt(i, ' ');
      }
    }
  }
}
