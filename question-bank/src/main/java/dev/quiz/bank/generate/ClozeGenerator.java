package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.text.Abbreviations;
import dev.quiz.bank.text.Citations;
import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.TableRows;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the answer in its evidence, trimmed to the clause that carries it when the sentence is
 * long. Stateless.
 */
final class ClozeGenerator {
  private static final int LONG_WORDS = 30;
  private static final int MIN_WORDS = 7;

  /** A list line of a name (up to five capitalised words), a spaced dash and a description. */
  /** A table row that names a role its cells hold: "Commander", "Commanders and leaders". */
  private static final Pattern ROLE_ROW = Regexes.compile("(?i)(?:commander|leader)s?\\b");

  private static final Pattern NAMED_LINE =
      Regexes.compile("\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,5}[–—-]\\s+\\p{Ll}");

  static final Pattern CLAUSE_BREAK =
      Regexes.compile(
          ";\\s|:\\s|\\s[–—]\\s|,\\s(?=(?:while|but|and|although|though|whereas|which"
              + "|when|as|after|before|having|leaving|killing|with|where|who)\\b)"
              // a full stop, not the period of "Dec. 16" or "Henry L. Stimson"
              // (the lookbehind after the period: tried first, it would run at every space)
              + "|\\.(?<!(?:^|[\\s(])(?:"
              + String.join("|", Abbreviations.WORDS)
              + "|\\p{Lu})\\.)\\s");

  /**
   * An infobox mark right after a name: killed in action ("†", "(KIA)"), taken prisoner ("(POW)").
   */
  private static final Pattern KILLED_MARK = Regexes.compile("\\s*(?:†|\\(KIA\\)|KIA\\b)");

  private static final Pattern CAPTURED_MARK = Regexes.compile("\\s*(?:\\(POW\\)|POW\\b)");

  /** A footnote's number before its text ("3. Figures vary …"). */
  private static final Pattern CITATION =
      Regexes.compile(
          "\\[(?:\\d{1,3}|[a-z]|note \\d{1,3}|citation needed|clarification needed|when\\?|who\\?"
              + "|which\\?|by whom\\?|according to whom\\?|dubious[^\\]]{0,30}|failed verification"
              + "|page needed|better source needed)\\]");

  private static final Pattern NOTE_NUMBER = Regexes.compile("^\\d{1,2}\\.\\s+(?=\\p{Lu})");

  /** A scraped infobox's date line, its key run into the value ("Date13 March – 7 May 1954"). */
  private static final Pattern DATE_KEYED = Regexes.compile("^(Dates?)\\s*(?=\\d|\\p{Lu}[a-z]{2})");

  /** The infobox key naming the wider war ("Partof" as scraped). */
  private static final Pattern PART_OF = Regexes.compile("(?i)part ?of");

  private static final Pattern SIDE_MARK = Regexes.compile("\\s*\\(side (\\d)\\)");
  private static final Pattern INFOBOX_LINE =
      Regexes.compile("^-\\s*([A-Za-z ]+?)(\\d?)(?:\\s*\\(([^()]{1,40})\\))?:\\s*");

  /** An item's bullet under an infobox key: "- " of "- Parmenion (left wing)". */
  private static final String ITEM_BULLET = "- ";

  private static final Pattern KEYED_LINE = Regexes.compile("^([A-Z][A-Za-z ]*?)(\\d?):\\s*");
  private static final Pattern NUMBERED_KEY = Regexes.compile("(\\p{L}[\\p{L} ]*?)(\\d)");
  private static final Pattern CAPITALISED_WORDS = Regexes.compile("\\p{Lu}\\S*(?: \\p{Lu}\\S*)+");
  private static final Pattern GLUED_BLANK = Regexes.compile("(\\p{L})" + Prompt.BLANK);

  /** A dot leader between a row's label and its figure: "Killed ..... 2,350". */
  private static final Pattern DOT_LEADER =
      Regexes.compile("(\\p{L})\\s*(?:\\.\\s?){3,}\\s*(?=" + Prompt.BLANK + "|\\d)");

  private static final Pattern WORDED_REST = Regexes.compile("[,(].*\\p{L}.*");
  private static final Pattern KILLED_AT_END = Regexes.compile("\\s*†$");

  /** The cloze text of a fact, or empty when no good one can be made. */
  Optional<String> text(Fact f, Sentence unit, Page page) {
    return worded(f, unit, page).map(Worded::text);
  }

  /** {@link #text} with its words. */
  Optional<Worded> worded(Fact f, Sentence unit, Page page) {
    String s = f.evidence().sentence();
    boolean row =
        unit.kind() == Sentence.Kind.INFOBOX
            || unit.kind() == Sentence.Kind.LINE
            || unit.kind() == Sentence.Kind.PROSE && TableCells.looksLikeRow(s);
    String label = row ? "" : label(unit, page.sides());
    Optional<String> text =
        row
            ? rowText(f, unit, page)
            : sentenceText(f)
                .map(
                    t ->
                        label.isEmpty()
                            ? withQuotesBalanced(
                                Context.resolve(
                                    t,
                                    previous(unit, page.units()),
                                    page.runsOn(unit),
                                    page.title(),
                                    f.answer()))
                            : labelled(page.title(), label, t));
    return text.map(t -> Worded.of(withoutCitations(Words.oneLine(t))))
        .filter(t -> readable(t, f.answer()));
  }

  /** {@code t} without citation marks ("civilians.[8]" reads "civilians."). */
  static String withoutCitations(String t) {
    String u = Citations.withoutAuthorYear(t);
    return u.indexOf('[') < 0 ? u : CITATION.matcher(u).replaceAll("");
  }

  /**
   * A sentence of a label's value ("Strength": "About 5,900 (…). 5/6 archers, …") under its page
   * and label, which say what it is about.
   */
  private static String labelled(String title, String label, String text) {
    return (title.isEmpty() ? "" : title + " — ") + label + ": " + text;
  }

  /**
   * Whether a cloze (as {@link Words#norm}) has three words or more and does not show the answer.
   */
  private static boolean readable(Worded t, String answer) {
    String norm = t.words();
    return !Words.showsNorm(norm, Words.norm(answer))
        && Words.countIn(norm) >= 3
        && hasSmallLetter(t.text()); // "ON THIS DAY | ____" is a page's furniture
  }

  private static boolean hasSmallLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A multiple-choice stem for a person named in a list line ("Commanders: A, B, C"): the list is
   * not shown, the learner picks the listed name; empty when the line has no label.
   */
  Optional<String> listedPerson(Fact f, Sentence unit, Page page) {
    String title = page.title();
    String label =
        TableRows.columns(unit.label()).isPresent()
            ? tableLabel(f, unit)
            : label(unit, page.sides());
    if (label.isEmpty()) {
      return Optional.empty();
    }
    String ask =
        switch (mark(f)) {
          case KILLED -> "which of these was killed in action?";
          case CAPTURED -> "which of these was taken prisoner?";
          case NONE -> "which of these is listed?";
        };
    return Optional.of((title.isEmpty() ? "" : title + " — ") + label + ": " + ask);
  }

  /**
   * What a table cell holding a person is about: its column and row ("Commanders (Allied / Ottoman)
   * (Landing at Anzac Cove)"), or the row first when the row names the role and the column the side
   * ("Commander (Kingdom of Italy)"); "" outside the table's named columns.
   */
  private static String tableLabel(Fact f, Sentence unit) {
    List<String> columns = TableRows.columns(unit.label()).orElseThrow();
    String row = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    List<int[]> cells = TableRows.cells(row);
    int k = TableRows.cellAt(row, a.start(), a.end());
    if (k <= 0 || k >= columns.size() || columns.get(k).isBlank()) {
      return "";
    }
    String name = row.substring(cells.get(0)[0], cells.get(0)[1]);
    return ROLE_ROW.matcher(name).lookingAt()
        ? name + " (" + columns.get(k) + ")"
        : columns.get(k) + " (" + name + ")";
  }

  /** What an infobox line marks a person with. */
  enum Mark {
    NONE,
    KILLED,
    CAPTURED
  }

  /**
   * A person's title after the name in an infobox cell, up to a mark: ", seigneur de Bonnivet †",
   * ", 1st Duke of Marlborough". It opens with a small letter, a figure or a noble's title, so the
   * next name of a list ("Guy of Lusignan, Raynald of Châtillon (POW)") is never taken for one.
   */
  private static final Pattern TITLE_BEFORE_MARK =
      Regexes.compile(
          ",\\s*(?:\\p{Ll}|\\d|(?:Duke|Duc|Count|Comte|Earl|Marquis|Marquess|Lord|Baron|Viscount"
              + "|Prince|Graf)\\b)[^,;\\t†()]{0,60}?(?=\\s*(?:†|\\((?:KIA|POW)\\)))");

  /**
   * The mark after a person's name in its line ("Ali Pasha †", "Francis I (POW)"), or after the
   * title that follows the name ("Guillaume Gouffier, seigneur de Bonnivet †").
   */
  static Mark mark(Fact f) {
    String s = f.evidence().sentence();
    if (s.indexOf('†') < 0 && !s.contains("KIA") && !s.contains("POW")) {
      return Mark.NONE; // no mark to find: most lines
    }
    int end = f.evidence().localAnswer().end();
    Matcher title = TITLE_BEFORE_MARK.matcher(s).region(end, s.length());
    String after = s.substring(title.lookingAt() ? title.end() : end);
    return KILLED_MARK.matcher(after).lookingAt()
        ? Mark.KILLED
        : CAPTURED_MARK.matcher(after).lookingAt() ? Mark.CAPTURED : Mark.NONE;
  }

  /** The running-text sentence just before {@code unit}, or "". */
  static String previous(Sentence unit, List<Sentence> units) {
    int i = unit.index() - 1;
    return i >= 0 && i < units.size() && units.get(i).kind() == Sentence.Kind.PROSE
        ? units.get(i).text()
        : "";
  }

  private static Optional<String> sentenceText(Fact f) {
    String s = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    int from = 0;
    int to = s.length();
    if (Words.count(s) > LONG_WORDS) {
      TextSpan clause = clause(s, a);
      from = clause.start();
      to = clause.end();
      if (Words.count(s.substring(from, to)) < MIN_WORDS) {
        from = 0;
        to = s.length();
      }
    }
    int list = Tallies.listStart(f);
    if (list >= 0 && list < to) {
      to = list; // "divided into ____ kingdoms, Wei, Shu and Wu": the list would count it out
    }
    String body = s.substring(from, a.start()) + Prompt.BLANK + s.substring(a.end(), to);
    String text = (from > 0 ? "… " : "") + body + (to < s.length() ? " …" : "");
    return Optional.of(NOTE_NUMBER.matcher(text).replaceFirst(""));
  }

  /**
   * A sentence's cloze text (maybe after a "(topic) " or a sentence before it, maybe cut with "…")
   * with {@link #balanceQuotes balanced quotation marks}: only where it is not cut.
   */
  static String withQuotesBalanced(String text) {
    int from = 0;
    if (text.startsWith("(")) {
      int close = text.indexOf(") ");
      from = close > 0 ? close + 2 : 0;
    }
    String body = text.substring(from);
    return text.substring(0, from)
        + balanceQuotes(body, !body.startsWith("… "), !body.endsWith(" …"));
  }

  /**
   * {@code text} with the quotation marks a sentence split inside a quotation lacks: an opening
   * mark before a quotation that only closes in it ("Our objectives are met," Bush said.) when the
   * text starts the sentence ({@code start}), a closing one after a quotation that does not close
   * when it ends the sentence ({@code end}). Straight and curly marks are counted apart.
   */
  static String balanceQuotes(String text, boolean start, boolean end) {
    if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('”') < 0) {
      return text;
    }
    String out = text;
    // straight marks: one is opening at the start or after a space or bracket, else closing
    int open = 0;
    boolean closesFirst = false;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '"') {
        boolean opening = i == 0 || " ([\n\t".indexOf(out.charAt(i - 1)) >= 0;
        if (opening) {
          open++;
        } else if (open > 0) {
          open--;
        } else {
          closesFirst = true;
        }
      }
    }
    if (closesFirst && start) {
      out = "\"" + out;
    }
    if (open > 0 && end) {
      out = out + "\"";
    }
    int curlyOpen = 0;
    boolean curlyClosesFirst = false;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '“') {
        curlyOpen++;
      } else if (c == '”') {
        if (curlyOpen > 0) {
          curlyOpen--;
        } else {
          curlyClosesFirst = true;
        }
      }
    }
    if (curlyClosesFirst && start) {
      out = "“" + out;
    }
    if (curlyOpen > 0 && end) {
      out = out + "”";
    }
    return out;
  }

  private static Optional<String> rowText(Fact f, Sentence unit, Page page) {
    Optional<List<String>> columns = TableRows.columns(unit.label());
    if (columns.isPresent()) {
      return tableCell(f, columns.get(), page.title());
    }
    String title = page.title();
    String s = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    if (f instanceof DateFact && a.start() > 0 && s.charAt(a.start() - 1) == '(') {
      Matcher counted = TableCells.COUNTED_IN.matcher(s);
      if (counted.find(Math.max(0, a.start() - 3)) && counted.end() == a.end() + 1) {
        return Optional.empty(); // "est. 725,000 (1941)": when it was counted, no event's date
      }
    }
    Matcher ib = infoboxLine(unit, s);
    Matcher keyed = DATE_KEYED.matcher(s);
    int from =
        ib.find() && ib.end() <= a.start()
            ? ib.end()
            : keyed.lookingAt() && keyed.end() <= a.start()
                ? keyed.end()
                : unit.kind() == Sentence.Kind.INFOBOX && s.startsWith(ITEM_BULLET) ? 2 : 0;
    String label = label(unit, page.sides());
    if (from > 0 && PART_OF.matcher(label).matches()) {
      // "Part of: the War in Afghanistan (____)": the whole value says whose years they are
      String value = s.substring(from, a.start()) + Prompt.BLANK + s.substring(a.end());
      return Optional.of((title.isEmpty() ? "" : title + " — ") + "Part of: " + value.trim());
    }
    String header = from == 0 && CAPITALISED_WORDS.matcher(label).matches() ? label : "";
    String blanked = unglue(s.substring(from, a.start()) + Prompt.BLANK + s.substring(a.end()));
    // "Douglas MacArthur – commander of UN forces until ____": a name and its description are one
    // cell, or the name is lost
    Optional<String> cell =
        NAMED_LINE.matcher(blanked).lookingAt()
                && blanked.indexOf(Prompt.BLANK) > blanked.indexOf(" ")
            ? Optional.of(blanked.trim())
            : TableCells.cell(blanked, header, !label.isEmpty());
    if (cell.isPresent() && !SIDE_MARK.matcher(cell.get()).find()) {
      int byTotals = sideByTotals(unit, page.units());
      // a figure's cell that names no one ("est. ____", not "____ soldiers (Germany)")
      boolean bare = !(f instanceof DateFact) && cell.get().indexOf('(') < 0;
      int pair = byTotals == 0 && bare ? sideOfPair(unit, page.units()) : 0;
      List<String> parties =
          pair > 0 && page.sides().isEmpty() ? Page.manyParties(page.units()) : List.of();
      int side = pair > 0 && (page.sides().size() == 2 || !parties.isEmpty()) ? pair : byTotals;
      // "Germany", "Finland", …, "Soviet Union" above: the first party's side and the other
      String whose =
          !parties.isEmpty() ? (side == 1 ? parties.get(0) : "the other side") : "side " + side;
      cell = side > 0 ? cell.map(c -> c + " (" + whose + ")") : cell;
    }
    String shownLabel = header.isEmpty() ? label : "";
    String context = title + (title.isEmpty() || shownLabel.isEmpty() ? "" : " — ") + shownLabel;
    return cell.filter(c -> !SIDE_MARK.matcher(c).find() || !page.sides().isEmpty())
        .map(c -> named(c, page.sides()))
        .map(c -> context.isEmpty() ? c : context + (c.startsWith("(") ? " " : ": ") + c);
  }

  /**
   * A figure in a table row asked by its column and its row: "Killed (Poland): about ____"; empty
   * for a figure in the first column, which names the row.
   */
  /** Whether a cell holds only a row's number: "1", "14". */
  private static boolean isRowNumber(String row, int[] cell) {
    return cell[1] - cell[0] <= 3
        && row.substring(cell[0], cell[1]).chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  private static Optional<String> tableCell(Fact f, List<String> columns, String title) {
    String row = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    List<int[]> cells = TableRows.cells(row);
    int k = TableRows.cellAt(row, a.start(), a.end());
    if (k <= 0 || k >= columns.size()) {
      return Optional.empty();
    }
    int[] cell = cells.get(k);
    String blanked =
        row.substring(cell[0], a.start()) + Prompt.BLANK + row.substring(a.end(), cell[1]);
    // the row's name: its first cell, or the next when the first only numbers the rows ("No.")
    int n = isRowNumber(row, cells.get(0)) && cells.size() > 2 && k > 1 ? 1 : 0;
    String name = row.substring(cells.get(n)[0], cells.get(n)[1]);
    return Optional.of(
        (title.isEmpty() ? "" : title + " — ")
            + columns.get(k)
            + " ("
            + name
            + "): "
            + blanked.trim());
  }

  /**
   * "(side 2)" in a cell replaced by the side's name (dropped when the infobox has fewer sides).
   */
  private static String named(String cell, List<String> sides) {
    Matcher m = SIDE_MARK.matcher(cell);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(side(m.group(1), sides)));
    }
    m.appendTail(sb);
    String s = sb.toString().trim();
    return s.startsWith(":") ? s.substring(1).trim() : s;
  }

  /**
   * The side of a line of a label's block flattened one figure per line, where each side's lines
   * end with its "Total:" line ("• 6,600 dead", …, "Total: 28,000", "• 39,000 dead or wounded",
   * "Total: 45,000"): one more than the totals before it; 0 when the block has fewer than two.
   */
  private static int sideByTotals(Sentence unit, List<Sentence> units) {
    if (unit.kind() != Sentence.Kind.LINE || unit.label().isEmpty()) {
      return 0;
    }
    int before = 0;
    int totals = 0;
    for (int k = unit.index() - 1; k >= 0 && units.get(k).label().equals(unit.label()); k--) {
      before += isTotal(units.get(k)) ? 1 : 0;
    }
    for (int k = unit.index(); k < units.size() && units.get(k).label().equals(unit.label()); k++) {
      totals += isTotal(units.get(k)) ? 1 : 0;
    }
    return totals + before >= 2 ? before + 1 : 0;
  }

  /**
   * The side of a line in a label's block of two lines with a figure each, as an offline copy of an
   * infobox flattens its columns ("Strength", "est. 725,000 (1941)", "est. 930,000 (1941)"): its
   * place in the block; 0 for a block of any other size.
   */
  private static int sideOfPair(Sentence unit, List<Sentence> units) {
    if (unit.kind() != Sentence.Kind.LINE && unit.kind() != Sentence.Kind.PROSE
        || unit.label().isEmpty()) {
      return 0;
    }
    String label = unit.label().get().trim();
    int first = unit.index();
    while (first > 0
        && units.get(first - 1).label().equals(unit.label())
        && !units.get(first - 1).text().trim().equals(label)) {
      first--;
    }
    int last = unit.index();
    while (last + 1 < units.size() && units.get(last + 1).label().equals(unit.label())) {
      last++;
    }
    if (last - first != 1) {
      return 0;
    }
    for (int k = first; k <= last; k++) {
      String t = units.get(k).text();
      if (!SameKind.hasDigit(t) || t.startsWith("Total")) {
        return 0;
      }
    }
    return unit.index() - first + 1;
  }

  private static boolean isTotal(Sentence u) {
    return u.kind() == Sentence.Kind.LINE && u.text().startsWith("Total");
  }

  /** "Date____" (a label run into its value) reads as "Date: ____". */
  static String unglue(String text) {
    String t = text.indexOf("..") < 0 ? text : DOT_LEADER.matcher(text).replaceAll("$1: ");
    return GLUED_BLANK.matcher(t).replaceAll("$1: " + Prompt.BLANK);
  }

  /**
   * A matcher of the infobox key at the start of {@code text}: "- Strength1:" or, in an infobox
   * line scraped without its dash, "Strength:".
   */
  private static Matcher infoboxLine(Sentence unit, String text) {
    return (unit.kind() == Sentence.Kind.INFOBOX && !text.startsWith("-")
            ? KEYED_LINE
            : INFOBOX_LINE)
        .matcher(text);
  }

  private static String label(Sentence unit, List<String> sides) {
    String label = unit.label().orElse("").trim();
    Matcher ib = infoboxLine(unit, unit.text());
    if (ib.find()) {
      // "- Strength (Persian, modern estimates): …" says whose figures they are
      String whose =
          ib.groupCount() >= 3 && ib.group(3) != null ? " (" + ib.group(3).trim() + ")" : "";
      return ib.group(1).trim() + side(ib.group(2), sides) + whose;
    }
    Matcher keyed = DATE_KEYED.matcher(unit.text());
    if (keyed.lookingAt()) {
      return keyed.group(1);
    }
    Matcher numbered = NUMBERED_KEY.matcher(label);
    if (unit.kind() == Sentence.Kind.INFOBOX && numbered.matches()) {
      // a cell of a tab-separated infobox row: its key and side are its label ("Strength2")
      return numbered.group(1) + side(numbered.group(2), sides);
    }
    return unit.text().startsWith(label) ? "" : label;
  }

  /**
   * " (United States)" for side "1" when the infobox names its sides in order, "" otherwise (also
   * when the side is not numbered): a bare "(side 1)" means nothing to the learner.
   */
  static String side(String number, List<String> sides) {
    if (number.isEmpty()) {
      return "";
    }
    int k = Integer.parseInt(number) - 1;
    return k < sides.size() ? " (" + sides.get(k) + ")" : "";
  }

  /**
   * The line {@code step} before or after {@code unit} when it is another short line of its list.
   */
  private static Optional<Sentence> listNeighbour(Sentence unit, List<Sentence> units, int step) {
    int i = unit.index() + step;
    if (i < 0 || i >= units.size()) {
      return Optional.empty();
    }
    Sentence s = units.get(i);
    boolean same =
        s.kind() == unit.kind()
            && s.label().equals(unit.label())
            && !s.text().trim().isEmpty()
            && Words.count(s.text()) <= 6
            && !s.text().trim().equals(unit.label().orElse("").trim())
            && !s.text().trim().endsWith(":"); // "- Commanders and leaders:" over its items
    return same ? Optional.of(s) : Optional.empty();
  }

  /**
   * The cloze of a name alone on its line in a list ("Commanders and leaders: ____"), placed by the
   * name listed before it, so that each blank has one answer; empty when the line shows more.
   */
  Optional<String> listedAlone(Fact f, Sentence unit, Page page) {
    List<Sentence> units = page.units();
    Optional<String> t = text(f, unit, page);
    String tail = ": " + Prompt.BLANK;
    if (t.isPresent() && t.get().endsWith(tail) && sameKeyLines(unit, units) > 1) {
      // "- Commander: A, Duke of X" and "- Commander: B": "Commander: ____" has two answers; the
      // words after the name on its own line tell them apart
      String rest = unit.text().substring(f.evidence().localAnswer().end()).trim();
      if (WORDED_REST.matcher(rest).matches() && rest.length() <= 60) {
        return Optional.of(t.get() + (rest.startsWith(",") ? "" : " ") + Words.oneLine(rest));
      }
      return Optional.empty();
    }
    if (!t.isPresent()
        || !t.get().endsWith(tail)
        || !withoutBullet(unit.text()).equals(f.answer().trim())) {
      return t;
    }
    Optional<Sentence> prev = listNeighbour(unit, units, -1);
    String where =
        prev.isPresent()
            ? " (listed after "
                + KILLED_AT_END
                    .matcher(Words.oneLine(withoutBullet(prev.get().text())))
                    .replaceAll("")
                + ")"
            : listNeighbour(unit, units, 1).isPresent() ? " (first listed)" : "";
    String body = t.get().substring(0, t.get().length() - tail.length());
    return Optional.of(body + where + tail);
  }

  /** A list item's text without its bullet ("- Parmenion" reads "Parmenion"), trimmed. */
  private static String withoutBullet(String text) {
    String t = text.trim();
    return t.startsWith(ITEM_BULLET) ? t.substring(2).trim() : t;
  }

  /**
   * How many infobox lines of the document share the key of {@code unit}'s line (0 if it has none).
   */
  private static int sameKeyLines(Sentence unit, List<Sentence> units) {
    Matcher own = INFOBOX_LINE.matcher(unit.text());
    if (unit.kind() != Sentence.Kind.INFOBOX || !own.find()) {
      return 0;
    }
    String key = own.group(1).trim();
    int n = 0;
    for (Sentence s : units) {
      Matcher m = INFOBOX_LINE.matcher(s.text());
      if (s.kind() == Sentence.Kind.INFOBOX && m.find() && m.group(1).trim().equals(key)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The clause of {@code s} around the answer {@code a}: from the last clause break before it (or
   * the start) to the first one after it (a full stop kept), or the end.
   */
  private static TextSpan clause(String s, TextSpan a) {
    // transparent bounds: lookarounds see past the region, as find()'s do
    Matcher m = CLAUSE_BREAK.matcher(s).useTransparentBounds(true);
    int start = 0;
    for (int from = 0; nextBreak(m, s, from); from = m.end()) {
      if (m.end() <= a.start()) {
        start = m.end();
      } else if (m.start() >= a.end()) {
        return new TextSpan(start, s.charAt(m.start()) == '.' ? m.start() + 1 : m.start());
      }
    }
    return new TextSpan(start, s.length());
  }

  /**
   * Moves {@code m} (with transparent bounds) to the first {@link #CLAUSE_BREAK} from {@code from},
   * as {@code find()} does, trying only where a break can start (';', ':', ',', '.' or white
   * space); false when none is left.
   */
  static boolean nextBreak(Matcher m, String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == ';' || c == ':' || c == ',' || c == '.' || c == ' ' || c >= '\t' && c <= '\r')
          && m.region(i, s.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
