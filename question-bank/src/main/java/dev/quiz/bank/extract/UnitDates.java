package dev.quiz.bank.extract;

import dev.quiz.bank.text.Sentence;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
    DateParser.Found found = DateParser.find(unit.text(), anchor);
    entries.set(i, new Entry(anchor, found));
    return found.matches();
  }

  private static boolean serves(Entry e, DateParser.Anchor anchor) {
    return e.anchor().equals(anchor)
        || !e.found().anchorMonthRead() && e.anchor().year().equals(anchor.year());
  }
}
