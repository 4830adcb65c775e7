package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Rows of a table laid out as text: cells parted by tabs, runs of two spaces or more or bars
 * between spaces (" | "), as Markdown pipe tables, HTML tables and scraped tables read once their
 * marks are blanked. A header line names the columns; each row below it with as many cells is a
 * {@link Sentence.Kind#LINE} whose label is {@link #label} of the header, so that a figure in it
 * can be asked by its column and its row ("Killed (Poland): about ____"). Stateless.
 */
public final class TableRows {
  private static final String PREFIX = "Columns: ";
  private static final String SEPARATOR = " | ";

  /** The fewest cells a header has: a label column and two figures. */
  static final int MIN_CELLS = 3;

  /** The longest cell of a table row, in characters: longer text is prose, not a cell. */
  private static final int MAX_CELL = 40;

  /**
   * The longest cell of a row parted by tabs, which a table copied from a page has and prose does
   * not: a list's "Result" column runs longer ("Castilian capture of the town from the Nasrids").
   */
  private static final int MAX_TAB_CELL = 80;

  private TableRows() {}

  /** The cells of {@code line} as [start, end) pairs, parted at tabs, runs of 2+ spaces, bars. */
  public static List<int[]> cells(String line) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = line.length();
    // a row with two tabs or more is parted by tabs alone (HTML cells, a copied table)
    int tab = line.indexOf('\t');
    boolean tabbed = tab >= 0 && line.indexOf('\t', tab + 1) >= 0;
    while (i < n) {
      while (i < n && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '|')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !gapAt(line, i, tabbed)) {
        i++;
      }
      int end = i;
      while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
        end--;
      }
      out.add(new int[] {start, end});
    }
    return out;
  }

  private static boolean gapAt(String line, int i, boolean tabbed) {
    char c = line.charAt(i);
    return c == '\t'
        || c == ' '
            && i + 1 < line.length()
            // in a row parted by tabs, a run of spaces is a cell's own ("est. 4,000–   7,000" from
            // HTML, whose entities are padded with spaces)
            && (!tabbed && Character.isWhitespace(line.charAt(i + 1))
                // a bar between cells: "Siege of Fort St Elmo | 24 May – 23 June 1565 | …"
                || line.charAt(i + 1) == '|' && line.startsWith(" | ", i));
  }

  /** The label rows under a header with these column names carry. */
  static String label(List<String> columns) {
    return PREFIX + String.join(SEPARATOR, columns);
  }

  /** The column names a row's label gives, or empty when the label is not a table header's. */
  public static Optional<List<String>> columns(Optional<String> label) {
    if (label.isEmpty() || !label.get().startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] names = label.get().substring(PREFIX.length()).split(" \\| ", -1);
    return Optional.of(Collections.unmodifiableList(Arrays.asList(names)));
  }

  /** The index of the cell of {@code row} that holds [start, end), or -1. */
  public static int cellAt(String row, int start, int end) {
    List<int[]> cells = cells(row);
    for (int k = 0; k < cells.size(); k++) {
      if (cells.get(k)[0] <= start && end <= cells.get(k)[1]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The column names of a header line over {@code firstRow}, when it can be one: short cells, no
   * digit, and enough of them. A header one cell short of that row has an empty corner cell over
   * the rows' names, which is added as "".
   */
  static Optional<List<String>> header(String line, String firstRow) {
    List<String> texts = texts(line);
    if (texts.size() < MIN_CELLS - 1 || line.chars().anyMatch(Character::isDigit) || isRule(line)) {
      return Optional.empty();
    }
    boolean corner = texts(firstRow).size() == texts.size() + 1;
    if (texts.size() < MIN_CELLS && !corner) {
      return Optional.empty();
    }
    if (corner) {
      List<String> columns = new ArrayList<>(texts.size() + 1);
      columns.add("");
      columns.addAll(texts);
      return Optional.of(columns);
    }
    return Optional.of(texts);
  }

  /** Whether {@code line} is a table's rule: dashes or equals signs, maybe bars, pluses, colons. */
  static boolean isRule(String line) {
    int marks = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-' || c == '=' || c == '—' || c == '─') {
        marks++;
      } else if ("+|: \t".indexOf(c) < 0) {
        return false;
      }
    }
    return marks >= 3;
  }

  /** Whether {@code line} can be a row of a table with {@code columns} columns. */
  static boolean isRow(String line, int columns) {
    return texts(line).size() == columns;
  }

  /** Whether a row holds a figure, as most of a table's rows do and a header does not. */
  static boolean hasFigure(String line) {
    return line.chars().anyMatch(Character::isDigit);
  }

  /** The cell texts of {@code line}; empty when a cell is too long to be one. */
  private static List<String> texts(String line) {
    List<String> out = new ArrayList<>();
    int max = line.indexOf('\t') >= 0 || line.contains(" | ") ? MAX_TAB_CELL : MAX_CELL;
    for (int[] c : cells(line)) {
      if (c[1] - c[0] > max) {
        return List.of();
      }
      out.add(line.substring(c[0], c[1]));
    }
    return out;
  }
}
