package dev.quiz.bank.generate;

import dev.quiz.bank.text.Citations;
import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a table row or infobox line down to the one cell that holds a blanked answer, so the learner
 * sees which figure is asked: "Killed ____ 310" under the header "Army Navy" becomes "Killed
 * (Army): ____"; "120 (40 killed, 80 wounded) 95 (30 killed, 65 wounded)" asked at its second
 * "killed" becomes "____ killed (side 2)". Gives up (empty) when the cell still shows another
 * figure or has nothing but the blank and no label, or several figures under words that name none
 * of them ("p. 12 gives 400"). Stateless.
 */
final class TableCells {
  /** A figure in a row: "12,401", "~9,000", "1,571–2,293", "40+". */
  private static final Pattern FIGURE =
      Regexes.compile(
          "[~≈]?\\d[\\d,.]*(?:\\s?[–-]\\s?\\d[\\d,.]*)?\\+?|" + Pattern.quote(Prompt.BLANK));

  /**
   * Cell separators: semicolons, bullets, bars, brackets, commas that do not group digits, and
   * "and" before a figure ("12 guns and 3 flags lost").
   */
  /**
   * A worded qualifier in parentheses right after the blank's cell: "____ (Normans)", "____ killed
   * (Basque government, 1937)".
   */
  private static final Pattern QUALIFIER =
      Regexes.compile(
          Pattern.quote(Prompt.BLANK) + "[^;•|(),\\d]*\\(([^()\\d;]{2,40}(?:,\\s*\\d{4})?)\\)");

  /**
   * A capitalised qualifier in parentheses that ends the blank's part of a row split by semicolons:
   * "(British)" of "____ killed, 14 ships sunk (British); 2,551 killed (German)".
   */
  private static final Pattern PART_QUALIFIER =
      Regexes.compile(
          Pattern.quote(Prompt.BLANK) + "[^;•|()]*\\((\\p{Lu}[^()\\d;]{1,39})\\)\\s*(?:;|$)");

  private static final Pattern SEPARATOR =
      Regexes.compile("[;•|()]|,(?!\\d{3})|\\s[–—]\\s|\\sand\\s(?=[~≈]?\\d)");

  /** A side naming a row of figures: "Israel: ", "Arab states: ". */
  private static final Pattern ROW_SIDE = Regexes.compile("\\s*(\\p{Lu}[\\p{L} .'’-]{1,30}):\\s+");

  private static final Pattern FOOTNOTE = Regexes.compile("\\[\\w{1,3}\\]");

  /**
   * A footnote mark between one side's figures and the next side's, in an infobox flattened onto
   * one line: "130,000 men, 587 guns[1] 120,000 men, 640 guns[2]".
   */
  private static final Pattern FOOTNOTE_BETWEEN_SIDES =
      Regexes.compile("\\[\\w{1,3}\\]\\s+(?=[~≈]?\\d|" + Pattern.quote(Prompt.BLANK) + ")");

  private static final Pattern SPACES = Regexes.compile("\\s+");

  /** A year in brackets after a figure or its blank: " (1941)" of "est. 725,000 (1941)". */
  static final Pattern COUNTED_IN =
      Regexes.compile("(?<=\\d|" + Pattern.quote(Prompt.BLANK) + ")\\s*\\((?:1\\d|20)\\d\\d\\)");

  private TableCells() {}

  /**
   * The cell of {@code blanked} (a row with {@link Prompt#BLANK} in the answer's place) that holds
   * the blank, with a column or side marker when needed.
   *
   * @param blanked the row text with the answer blanked
   * @param header column names from the header line, one word each ("Army Navy"), or ""
   * @param labelled whether the row has a label the caller shows, so a bare "____" cell is enough
   * @return "cell" or "cell (marker)", or empty when no unambiguous cell can be shown
   */
  static Optional<String> cell(String blanked, String header, boolean labelled) {
    // "Israel: 264,000 troops, 300 combat aircraft": the side named first owns every cell
    Matcher side = ROW_SIDE.matcher(blanked);
    if (side.lookingAt() && blanked.indexOf(',', side.end()) > 0) {
      String name = side.group(1).trim();
      return cellOf(blanked.substring(side.end()), header, true)
          .map(c -> c.endsWith(")") ? c : c + " (" + name + ")");
    }
    return cellOf(blanked, header, labelled);
  }

  private static Optional<String> cellOf(String blanked, String header, boolean labelled) {
    String row =
        blanked.indexOf('[') < 0
            ? blanked
            : FOOTNOTE
                .matcher(FOOTNOTE_BETWEEN_SIDES.matcher(blanked).replaceAll(" • "))
                .replaceAll("");
    // "est. ____ (1941)": the year says when the figure was counted; it is no cell of its own
    List<String> cells = cells(row.indexOf('(') < 0 ? row : COUNTED_IN.matcher(row).replaceAll(""));
    int at = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).contains(Prompt.BLANK)) {
        at = i;
      }
    }
    if (at < 0) {
      return Optional.empty();
    }
    String cell = cells.get(at);
    List<String> figures = figures(cell);
    String words = Words.oneLine(FIGURE.matcher(cell).replaceAll(" "));
    if (figures.size() > 1) {
      int k = figures.indexOf(Prompt.BLANK);
      String[] columns = SPACES.split(header.trim());
      if (columns.length == figures.size() && !header.trim().isEmpty()) {
        return Optional.of(
            (words.isEmpty() ? "" : words + " ") + "(" + columns[k] + "): " + Prompt.BLANK);
      }
      return words.isEmpty() && labelled
          ? Optional.of("(side " + (k + 1) + "): " + Prompt.BLANK)
          : Optional.empty();
    }
    String shape = shape(cell);
    int same = 0;
    int mine = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (shape(cells.get(i)).equals(shape)) {
        same++;
        mine = i == at ? same : mine;
      }
    }
    if (words.isEmpty() && !labelled) {
      return Optional.empty();
    }
    Matcher q = QUALIFIER.matcher(row);
    if (q.find() || row.indexOf(';') >= 0 && (q = PART_QUALIFIER.matcher(row)).find()) {
      // the row says whose figure it is: keep that instead of a side number
      return Optional.of(cell + " (" + q.group(1).trim() + ")");
    }
    return Optional.of(cell + (same > 1 ? " (side " + mine + ")" : ""));
  }

  /**
   * Whether a line is a row of figures rather than a sentence: three figures or more, no full stop.
   */
  static boolean looksLikeRow(String text) {
    String t = text.trim();
    if (endsSentence(t)) {
      return false;
    }
    Matcher m = FIGURE.matcher(t);
    int figures = 0;
    while (figures < 3 && m.find()) {
      figures++;
    }
    return figures >= 3;
  }

  /**
   * Whether {@code t} ends with a full stop, "!" or "?", maybe then a quote mark, maybe then
   * footnote marks ("home.[10]"), or with the colon of a sentence that leads into a list or table
   * ("… are estimated at 13,560 officers and men, as follows:").
   */
  private static boolean endsSentence(String t) {
    int n = Citations.marksStart(t);
    int last = n > 0 && "\"”’'".indexOf(t.charAt(n - 1)) >= 0 ? n - 2 : n - 1;
    return last >= 0 && ".!?".indexOf(t.charAt(last)) >= 0
        || n > 0 && t.charAt(n - 1) == ':' && Words.count(t) >= LEAD_IN_WORDS;
  }

  /** The fewest words of a sentence that ends with a colon to lead into a list. */
  private static final int LEAD_IN_WORDS = 8;

  private static List<String> cells(String row) {
    List<String> out = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(row);
    int last = 0;
    boolean comma = false;
    while (m.find()) {
      addCell(out, row.substring(last, m.start()), comma);
      comma = m.group().equals(",");
      last = m.end();
    }
    addCell(out, row.substring(last), comma);
    return out;
  }

  /**
   * Adds {@code cell}; words without a figure after a comma go on the cell before, whose figure
   * they describe ("15,326–17,200 killed, wounded or captured").
   */
  private static void addCell(List<String> out, String cell, boolean afterComma) {
    String c = Words.oneLine(cell);
    if (afterComma
        && !out.isEmpty()
        && !c.isEmpty()
        && Character.isLowerCase(c.charAt(0))
        && figures(c).isEmpty()
        && !figures(out.get(out.size() - 1)).isEmpty()
        && endsWithWord(out.get(out.size() - 1))) {
      out.set(out.size() - 1, out.get(out.size() - 1) + ", " + c);
    } else {
      addCell(out, cell);
    }
  }

  private static void addCell(List<String> out, String cell) {
    // runs of white space as one space, trimmed: what \s+ replaced by " " and a trim give
    String c = Words.oneLine(cell);
    if (!c.isEmpty()) {
      out.add(c);
    }
  }

  /** Whether {@code cell} ends with a letter: words after its figure ("1,200 killed"). */
  private static boolean endsWithWord(String cell) {
    return Character.isLetter(cell.charAt(cell.length() - 1));
  }

  private static List<String> figures(String cell) {
    List<String> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(cell);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String shape(String cell) {
    String s = FIGURE.matcher(cell).replaceAll("#").toLowerCase(java.util.Locale.ROOT);
    // "about 60,000" is of the shape of "____" where the blank took "about 133,000"
    return s.indexOf(' ') < 0 ? s : HEDGE.matcher(s).replaceAll("#");
  }

  /** A hedge before a figure: "about #", "c. #", "more than #". */
  private static final Pattern HEDGE =
      Regexes.compile(
          "\\b(?:about|around|some|approximately|approx\\.|c\\.|ca\\.|nearly|almost|over|under"
              + "|more than|fewer than|less than|up to|at least|at most|roughly)\\s+#");
}
