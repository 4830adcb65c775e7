package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An infobox copied from a web page as a browser copies a table: one row per key, its cells parted
 * by tabs, a cell's own lines running on below ("Commanders and leaders&lt;TAB&gt;Joseph Joffre",
 * "Philippe Pétain", "Robert Nivelle&lt;TAB&gt;Erich von Falkenhayn"). Each line of a value cell is
 * an {@link Sentence.Kind#INFOBOX} unit labelled with its key, and with its column when the row has
 * cells for more than one side ("Strength2": the second side's strength), as the numbered keys of a
 * "- Strength2: …" infobox are; the key itself is a label line. Stateless.
 */
final class TabInfobox {
  /** A row's first line: a key of a battle's infobox, then a tab. */
  private static final Pattern KEY_ROW =
      Regexes.compile(
          "^(Dates?|Location|Place|Result|Belligerents|Combatants|Commanders?(?: and leaders)?"
              + "|Leaders|Strength|Casualties(?: and losses)?|Units(?: involved)?"
              + "|Territorial changes)[ ]*\\t");

  /** A row of a table drawn with bars: "| Date | 13 September 2014 – 15 March 2015 |". */
  private static final Pattern BAR_KEY_ROW =
      Regexes.compile(
          "^\\|[ ]*(Dates?|Location|Place|Result|Belligerents|Combatants|Commanders?(?: and leaders)?"
              + "|Leaders|Strength|Casualties(?: and losses)?|Units(?: involved)?"
              + "|Territorial changes)[ ]*\\|");

  /** The longest line a cell runs on with; a longer one is running text. */
  private static final int MAX_CELL_LINE = 80;

  private TabInfobox() {}

  /** Whether {@code line} opens a row: a key, then a tab; or a key between bars. */
  static boolean isKeyRow(String line) {
    return line.indexOf('\t') > 0 && KEY_ROW.matcher(line).lookingAt() || isBarRow(line);
  }

  private static boolean isBarRow(String line) {
    return line.startsWith("|") && BAR_KEY_ROW.matcher(line).lookingAt();
  }

  /**
   * Adds the blocks of the rows from line {@code i} on (a key row, see {@link #isKeyRow}) to {@code
   * out}.
   *
   * @param lines the document's non-blank lines as [start, end)
   * @return the index of the last line read
   */
  static int read(String text, List<int[]> lines, int i, List<Layout.Block> out) {
    int last = i;
    while (last < lines.size() && isKeyRow(line(text, lines.get(last)))) {
      last = row(text, lines, last, out) + 1;
    }
    return last - 1;
  }

  /** Adds the blocks of the row opening at line {@code i}; returns its last line's index. */
  private static int row(String text, List<int[]> lines, int i, List<Layout.Block> out) {
    if (isBarRow(line(text, lines.get(i)))) {
      return barRow(text, lines.get(i), i, out);
    }
    int end = i;
    while (end + 1 < lines.size() && continues(text, lines.get(end), lines.get(end + 1))) {
      end++;
    }
    List<int[]> cells = new ArrayList<>(); // start, end, column
    int column = 0;
    for (int k = i; k <= end; k++) {
      int[] ln = lines.get(k);
      int from = ln[0];
      int tabs = k > i ? leadingTabs(text, ln[0]) : 0;
      if (tabs > 0) {
        // "<TAB>Fernando d'Ávalos<TAB>Guillaume Gouffier": a row of its own whose key cell is
        // empty; its cells stand in the columns of the row's first line
        column = tabs;
      }
      for (int t = ln[0]; t <= ln[1]; t++) {
        if (t == ln[1] || text.charAt(t) == '\t') {
          addTrimmed(text, from, t, column, cells);
          column += t < ln[1] ? 1 : 0;
          from = t + 1;
        }
      }
    }
    blocks(cells, KEY_ROW.matcher(line(text, lines.get(i))), out);
    return end;
  }

  /** Adds the blocks of a row between bars, one line; returns {@code i}. */
  private static int barRow(String text, int[] ln, int i, List<Layout.Block> out) {
    List<int[]> cells = new ArrayList<>(); // start, end, column
    int column = -1;
    int from = ln[0];
    for (int t = ln[0]; t < ln[1]; t++) {
      if (text.charAt(t) == '|') {
        if (column >= 0) {
          addTrimmed(text, from, t, column, cells);
        }
        column++;
        from = t + 1;
      }
    }
    addTrimmed(text, from, ln[1], column, cells); // a last cell without its closing bar
    blocks(cells, BAR_KEY_ROW.matcher(line(text, ln)), out);
    return i;
  }

  /** Adds the cells of a row as blocks: the key cell a line, the others infobox values. */
  private static void blocks(List<int[]> cells, Matcher key, List<Layout.Block> out) {
    int columns = 0;
    for (int[] c : cells) {
      columns = Math.max(columns, c[2]);
    }
    String name = key.lookingAt() ? key.group(1) : "";
    for (int[] c : cells) {
      boolean isKey = c[2] == 0;
      String label = isKey || columns < 2 ? name : name + c[2];
      Sentence.Kind kind = isKey ? Sentence.Kind.LINE : Sentence.Kind.INFOBOX;
      out.add(new Layout.Block(c[0], c[1], kind, Optional.of(label), isKey));
    }
  }

  /** Whether line {@code b} goes on with the cell that line {@code a} ends with. */
  private static boolean continues(String text, int[] a, int[] b) {
    String next = line(text, b);
    int breaks = 0;
    for (int p = a[1]; p < b[0]; p++) {
      breaks += text.charAt(p) == '\n' ? 1 : 0;
    }
    return breaks == 1
        && next.length() <= MAX_CELL_LINE
        && !isKeyRow(next)
        && !Layout.startsInfoboxEntry(next);
  }

  /** The tabs before the first character of the line starting at {@code start}. */
  private static int leadingTabs(String text, int start) {
    int n = 0;
    for (int p = start - 1; p >= 0 && text.charAt(p) != '\n'; p--) {
      n += text.charAt(p) == '\t' ? 1 : 0;
    }
    return n;
  }

  private static void addTrimmed(String text, int from, int to, int column, List<int[]> cells) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      cells.add(new int[] {from, to, column});
    }
  }

  private static String line(String text, int[] ln) {
    return text.substring(ln[0], ln[1]);
  }
}
