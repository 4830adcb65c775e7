package dev.quiz.core.grade;

import dev.quiz.core.model.AnswerValue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Grades a typed date against a date fact. Both are turned into day intervals ({@code "November
 * 2001"} covers 1-30 November); with {@code E} the fact's and {@code A} the answer's:
 *
 * <ul>
 *   <li>correct: {@code A} inside {@code E} and at least as precise as the fact ("November 2001"
 *       for a fact known to the month; "9 November 2001" for it too); a single day inside a range
 *       of days is only partial, an answer range must then be the range;
 *   <li>partial: {@code A} contains {@code E} but is less precise ("2001" for 9 November 2001), or
 *       overlaps it, or is right but gives no year where the fact has one;
 *   <li>wrong: anything else, an ambiguous all-number date, or no date at all.
 * </ul>
 *
 * A fact without a year ({@code "--11-09"}) is compared by month and day; a relative fact ("the
 * next day") only by its words, which {@link AnswerGrader} checks before.
 */
final class DateGrader {
  private DateGrader() {}

  static Grade grade(AnswerValue.Date fact, String expected, String typed) {
    if (!fact.start().isPresent()) {
      String words = Text.fold(fact.relative().orElse(expected));
      return Text.closeEnough(Text.fold(typed), words) && !words.isEmpty()
          ? Grade.correct(expected, Text.fold(typed))
          : Grade.wrong(expected, Text.fold(typed), "not the day the document names");
    }
    Optional<PartialDate> s = PartialDate.ofIso(fact.start().get());
    Optional<PartialDate> e = PartialDate.ofIso(fact.end().orElse(fact.start().get()));
    if (!s.isPresent() || !e.isPresent()) {
      throw new IllegalArgumentException("date fact is not ISO partial text: " + fact);
    }
    Dates.Reading r = Dates.read(typed);
    if (!r.span().isPresent()) {
      String why = r.problem().isEmpty() ? "could not read a date in '" + typed + "'" : r.problem();
      return Grade.wrong(expected, "", why);
    }
    return compare(s.get(), e.get(), r.span().get(), expected);
  }

  private static Grade compare(PartialDate s, PartialDate e, Dates.Span a, String expected) {
    boolean yearless = !s.hasYear();
    boolean missingYear = !yearless && !a.from().hasYear();
    PartialDate from = yearless ? a.from().withYear(0) : a.from();
    PartialDate to = yearless ? a.to().withYear(0) : a.to();
    if (missingYear) {
      from = from.withYear(s.year());
      to = to.withYear(e.year());
    }
    String understood = new Dates.Span(a.from(), a.to()).display();
    LocalDate eFirst = s.first();
    LocalDate eLast = e.last();
    LocalDate aFirst = from.first();
    LocalDate aLast = to.last();
    boolean inside = !aFirst.isBefore(eFirst) && !aLast.isAfter(eLast);
    boolean precise = Math.min(from.precision(), to.precision()) >= s.precision();
    boolean factIsRange = !s.equals(e);
    boolean pointInRange =
        factIsRange && a.single() && !(aFirst.equals(eFirst) && aLast.equals(eLast));
    if (inside && precise && !pointInRange) {
      return missingYear
          ? Grade.partial(expected, understood, "right, but the year is missing")
          : Grade.correct(expected, understood);
    }
    if (inside && precise) {
      return Grade.partial(expected, understood, "part of the answer: it is a range of dates");
    }
    boolean overlaps = !aFirst.isAfter(eLast) && !aLast.isBefore(eFirst);
    if (overlaps && !aFirst.isAfter(eFirst) && !aLast.isBefore(eLast)) {
      return Grade.partial(expected, understood, "right, but not precise enough");
    }
    if (overlaps) {
      return Grade.partial(expected, understood, "overlaps the answer but is not it");
    }
    return Grade.wrong(expected, understood, "not the date asked for");
  }
}
