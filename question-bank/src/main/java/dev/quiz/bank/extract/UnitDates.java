package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.TableRows;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * The calendar dates of each unit of one document, found once and shared by the extractors that
 * need them (dates, and numbers, which must not take a date's digits as a count). A unit's dates
 * found with one anchor serve another anchor with the same year unless a month was taken from the
 * anchor ("the 6th inst."). Thread-safe: a unit raced for is parsed twice, to the same result.
 */
final class UnitDates {
  private record Entry(DateParser.Anchor anchor, DateParser.Found found) {}

  private final List<Sentence> units;
  private final AtomicReferenceArray<Entry> entries;

  /** An empty memo for {@code units}. */
  UnitDates(List<Sentence> units) {
    this.units = units;
    this.entries = new AtomicReferenceArray<>(units.size());
  }

  /** The dates of {@code unit} (one of the units) completed with {@code anchor}, in text order. */
  List<DateParser.Match> of(Sentence unit, DateParser.Anchor anchor) {
    int i = unit.index();
    if (i < 0 || i >= units.size() || units.get(i) != unit) {
      return DateParser.absolute(unit.text(), anchor);
    }
    Entry e = entries.get(i);
    if (e != null && serves(e, anchor)) {
      return e.found().matches();
    }
    DateParser.Found found = withYearCells(unit, DateParser.find(unit.text(), anchor));
    entries.set(i, new Entry(anchor, found));
    return found.matches();
  }

  /**
   * {@code found} with the years that fill a table row's cell under a "Date" or "Year" column
   * ("1309" of "First Siege | 1309 | Kingdom of Castile"): a bare year is a date there, as it is
   * after "in".
   */
  private static DateParser.Found withYearCells(Sentence unit, DateParser.Found found) {
    Optional<List<String>> columns = TableRows.columns(unit.label());
    if (columns.isEmpty()) {
      return found;
    }
    String row = unit.text();
    List<int[]> cells = TableRows.cells(row);
    List<DateParser.Match> out = new ArrayList<>(found.matches());
    for (int k = 1; k < cells.size() && k < columns.get().size(); k++) {
      int[] c = cells.get(k);
      String text = row.substring(c[0], c[1]);
      if (DATE_COLUMN.matcher(columns.get().get(k)).matches()
          && YEAR_CELL.matcher(text).matches()
          && out.stream().noneMatch(m -> m.start() < c[1] && c[0] < m.end())) {
        out.add(new DateParser.Match(c[0], c[1], text, AnswerValue.Date.of(text, text)));
      }
    }
    if (out.size() == found.matches().size()) {
      return found;
    }
    out.sort(Comparator.comparingInt(DateParser.Match::start));
    return new DateParser.Found(out, found.anchorMonthRead());
  }

  private static final Pattern DATE_COLUMN = Regexes.compile("(?i)dates?|years?|when");
  private static final Pattern YEAR_CELL = Regexes.compile("1\\d{3}|20\\d{2}");

  private static boolean serves(Entry e, DateParser.Anchor anchor) {
    return e.anchor().equals(anchor)
        || !e.found().anchorMonthRead() && e.anchor().year().equals(anchor.year());
  }
}
