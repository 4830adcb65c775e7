package dev.quiz.bank.extract;

import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A segmented document with what the extractors need to know about it as a whole: its date (given
 * by the caller or read from a dateline), which places relative days, and its main year, which
 * completes dates written without one. Equal by its four values; immutable apart from the dates
 * (and relative dates) of each unit, which are found on first use and shared by the extractors.
 * Thread-safe.
 */
public final class DocumentContext {
  private final Document document;
  private final List<Sentence> units;
  private final Optional<LocalDate> date;
  private final OptionalInt year;
  private final UnitDates unitDates;
  private final UnitMemo<List<RelativeDates.Found>> relativeDates;

  /**
   * A context.
   *
   * @param document the document
   * @param units its units in order
   * @param date the document's own date, when known: relative days ("on Sunday") are placed from it
   * @param year the year that dates written without one belong to, when the document makes it clear
   */
  public DocumentContext(
      Document document, List<Sentence> units, Optional<LocalDate> date, OptionalInt year) {
    this.document = Objects.requireNonNull(document, "document == null");
    this.units = Collections.unmodifiableList(new ArrayList<>(units));
    this.date = Objects.requireNonNull(date, "date == null");
    this.year = Objects.requireNonNull(year, "year == null");
    this.unitDates = new UnitDates(this.units);
    this.relativeDates = new UnitMemo<>(this.units, u -> RelativeDates.found(u.text()));
  }

  /**
   * The context of a segmented document: the date is the caller's, else a reprint's first ("first
   * published … on 5 July 1994"), else the first dateline's; the year is the date's, else the
   * infobox Date line's, else that of the first full date in the text.
   */
  public static DocumentContext of(Document document, List<Sentence> units) {
    Optional<LocalDate> date = document.givenDate();
    if (!date.isPresent()) {
      Optional<LocalDate> page = Anchors.datelineDate(units);
      date = Anchors.reprintDate(units, page).or(() -> page);
    }
    OptionalInt year =
        date.isPresent() ? OptionalInt.of(date.get().getYear()) : Anchors.mainYear(units);
    return new DocumentContext(document, units, date, year);
  }

  /** The document. */
  public Document document() {
    return document;
  }

  /** Its units in order (unmodifiable). */
  public List<Sentence> units() {
    return units;
  }

  /** The document's own date, when known: relative days ("on Sunday") are placed from it. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** The year that dates written without one belong to, when the document makes it clear. */
  public OptionalInt year() {
    return year;
  }

  /** A year written out this far from the document's own marks a passage told of another time. */
  static final int OTHER_TIME_YEARS = 25;

  /**
   * Per unit, the year its dates without one belong to and, when that year is a story's (see {@link
   * #NARRATIVE_UNITS}), the month it was last written with (0 when not); found on first use (with a
   * year).
   */
  private volatile Narrative narrative;

  private record Narrative(int[] years, int[] storyYears, int[] storyMonths) {}

  /**
   * The year that dates written without one in {@code unit} (one of the units) belong to: the
   * document's {@link #year}, unless the last year written out before the unit lies more than
   * {@value #OTHER_TIME_YEARS} years from it. Then that year: in a speech of 2015, "Henry landed on
   * 13 August 1415 … Harfleur fell on 22 September" fell in 1415. (Nearer years of a story: {@link
   * #story}.)
   */
  OptionalInt yearOf(Sentence unit) {
    int i = unit.index();
    int[] headed = headings()[0];
    if (i >= 0 && i < headed.length && units.get(i) == unit && headed[i] > 0) {
      return OptionalInt.of(headed[i]);
    }
    return narrativeYear(unit);
  }

  /** {@link #yearOf} without the headings. */
  private OptionalInt narrativeYear(Sentence unit) {
    int i = unit.index();
    if (year.isEmpty()) {
      return year;
    }
    int[] years = narrative().years();
    return i >= 0 && i < years.length && units.get(i) == unit && years[i] != year.getAsInt()
        ? OptionalInt.of(years[i])
        : year;
  }

  /**
   * In a text without a date of its own, the month and year last written up to {@value
   * #NARRATIVE_UNITS} units before {@code unit} ("October 1524" of "the end of October 1524"), as
   * {@code {year, month}}: dates without a year of that month or later are of that year ("An
   * assault in November failed" in 1524); January and February after November or December are of
   * the next; another earlier month keeps the document's year ("December 1895 … on 1 March" is no 1
   * March 1895). Empty when there is none.
   */
  Optional<int[]> story(Sentence unit) {
    if (year.isEmpty()) {
      return Optional.empty();
    }
    int i = unit.index();
    int[] headed = headings()[0];
    if (i >= 0 && i < headed.length && headed[i] > 0) {
      return Optional.empty(); // a timeline's entry is of its heading's year
    }
    Narrative n = narrative();
    return i >= 0 && i < n.storyMonths().length && units.get(i) == unit && n.storyMonths()[i] > 0
        ? Optional.of(new int[] {n.storyYears()[i], n.storyMonths()[i]})
        : Optional.empty();
  }

  private Narrative narrative() {
    Narrative n = narrative;
    if (n == null) {
      n = findNarrative();
      narrative = n;
    }
    return n;
  }

  private Narrative findNarrative() {
    int own = year.getAsInt();
    DateParser.Anchor anchor = new DateParser.Anchor(year, monthAnchor());
    int[] years = new int[units.size()];
    int[] storyYears = new int[units.size()];
    int[] storyMonths = new int[units.size()];
    int last = own;
    int before = own;
    boolean lastDay = false;
    int storyYear = own;
    int storyMonth = 0;
    int storyUnit = -NARRATIVE_UNITS - 1;
    // a dated report tells of its own days; what it recalls of other months is background
    boolean story = date.isEmpty();
    for (int i = 0; i < units.size(); i++) {
      Sentence u = units.get(i);
      // one month or year of another time in passing ("who seized power in September 1969") is no
      // story of that time: a day of it is ("landed on 13 August 1415"), or the year before it far
      // from the document's too
      if (Math.abs(last - own) > OTHER_TIME_YEARS
          && (lastDay || Math.abs(before - own) > OTHER_TIME_YEARS)) {
        years[i] = last;
      } else {
        years[i] = own;
        if (story && i - storyUnit <= NARRATIVE_UNITS) {
          storyYears[i] = storyYear;
          storyMonths[i] = storyMonth;
        }
      }
      if (!Units.usable(u)) {
        continue;
      }
      for (DateParser.Match m : dates(u, anchor)) {
        String start = m.value().start().orElse("");
        if (storyMonths[i] > 0
            && start.length() >= 7
            && Character.isDigit(start.charAt(0))
            && !m.text().contains(start.substring(0, 4))) {
          // "on 24 January" placed in the story carries it on: "He reached Khartoum on 28 January";
          // past the new year too ("December 1808 … On 1 January … on 14 January")
          int month = Integer.parseInt(start.substring(5, 7));
          if (month >= storyMonth || storyMonth >= 11 && month <= 2) {
            storyYear += month < storyMonth ? 1 : 0;
            storyUnit = i;
            storyMonth = month;
          }
        }
        if (start.length() >= 4
            && Character.isDigit(start.charAt(0))
            && m.text().contains(start.substring(0, 4))
            && !since(u.text(), m.start())) {
          before = last;
          last = Integer.parseInt(start.substring(0, 4));
          lastDay = start.length() == 10;
          String end = m.value().end().orElse(start);
          if (start.length() >= 7 && end.length() >= 7) {
            // "in October 1524": the months after it in the story are of its year
            storyYear = Integer.parseInt(end.substring(0, 4));
            storyMonth = Integer.parseInt(end.substring(5, 7));
            storyUnit = i;
          }
        }
      }
    }
    return new Narrative(years, storyYears, storyMonths);
  }

  /**
   * Per unit, the year and month of the headings it stands under ({@code {year, month}}, 0 where
   * unknown): the year of a {@link #isYearHeading year heading} ("1854" over a timeline's entries),
   * or the month of a {@link #MONTH_HEADING month heading} ("OCTOBER." over a diary's days) and its
   * year, written ("JANUARY, 1900.") or carried on from the heading before, past the new year too.
   * Each kind counts only when the text has two or more (years only over an entry of a day or
   * month). Empty arrays when it has none; found on first use.
   */
  private volatile int[][] headings;

  private record Heading(int year, int month) {}

  /** A month's name alone on a line, maybe with its year: "OCTOBER.", "January, 1900". */
  private static final java.util.regex.Pattern MONTH_HEADING =
      dev.quiz.bank.text.Regexes.compile(
          "(?i)(January|February|March|April|May|June|July|August|September|October|November"
              + "|December)(?:,?\\s+(\\d{4}))?\\.?");

  private int[][] headings() {
    int[][] h = headings;
    if (h == null) {
      h = findHeadings();
      headings = h;
    }
    return h;
  }

  private int[][] findHeadings() {
    int years = 0;
    int months = 0;
    Heading[] of = new Heading[units.size()];
    for (int i = 0; i < units.size(); i++) {
      of[i] = heading(units.get(i));
      if (of[i] != null) {
        // a year alone over an entry of a day or month ("1854" over "* 27–28 March – …"), not a
        // page's or column's number over prose ("1674" over a speech)
        years += of[i].month() == 0 && opensWithDate(i + 1) ? 1 : 0;
        months += of[i].month() > 0 ? 1 : 0;
      }
    }
    if (years < 2 && months < 2) {
      return new int[][] {new int[0], new int[0]};
    }
    int[] y = new int[units.size()];
    int[] m = new int[units.size()];
    int year = 0;
    int month = 0;
    for (int i = 0; i < units.size(); i++) {
      Heading hd = of[i];
      if (hd != null && hd.month() == 0 && years >= 2) {
        year = hd.year();
        month = 0;
      } else if (hd != null && hd.month() > 0 && months >= 2) {
        if (hd.year() > 0) {
          year = hd.year();
        } else if (year == 0) {
          year = narrativeYear(units.get(i)).orElse(0);
        } else if (hd.month() < month) {
          year++; // "DECEMBER." then "JANUARY.": the next year's
        }
        month = hd.month();
      }
      y[i] = year;
      m[i] = month;
    }
    return new int[][] {y, m};
  }

  /** An entry opening with a day or a month, maybe after a bullet: "* 27–28 March – …". */
  private static final java.util.regex.Pattern DATED_ENTRY =
      dev.quiz.bank.text.Regexes.compile(
          "(?:[-•*–]\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+)?"
              + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b");

  /** Whether unit {@code i} exists and opens with a {@link #DATED_ENTRY}. */
  private boolean opensWithDate(int i) {
    return i < units.size() && DATED_ENTRY.matcher(units.get(i).text()).lookingAt();
  }

  /** The heading {@code u} is, or null: a year alone, or a month maybe with its year. */
  private static Heading heading(Sentence u) {
    if (isYearHeading(u)) {
      return new Heading(Integer.parseInt(u.text().trim()), 0);
    }
    String t = u.text().trim();
    if (t.length() > 16 || t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return null;
    }
    java.util.regex.Matcher mh = MONTH_HEADING.matcher(t);
    if (!mh.matches()) {
      return null;
    }
    int month = Months.number(mh.group(1)).orElse(0);
    return month == 0
        ? null
        : new Heading(mh.group(2) == null ? 0 : Integer.parseInt(mh.group(2)), month);
  }

  /** Whether {@code u} is a heading of a year or a month (see {@link #headings}). */
  boolean isCalendarHeading(Sentence u) {
    int i = u.index();
    int[][] h = headings();
    return i >= 0 && i < h[0].length && units.get(i) == u && heading(u) != null;
  }

  /**
   * The month of the heading {@code unit} stands under (see {@link #headings}), when there is one.
   */
  OptionalInt headingMonth(Sentence unit) {
    int i = unit.index();
    int[][] h = headings();
    return i >= 0 && i < h[1].length && units.get(i) == unit && h[1][i] > 0
        ? OptionalInt.of(h[1][i])
        : OptionalInt.empty();
  }

  /** Whether {@code u} is a line of a year alone ("1854"), a timeline's heading. */
  static boolean isYearHeading(Sentence u) {
    String t = u.text().trim();
    if (u.kind() != Sentence.Kind.LINE || t.length() < 3 || t.length() > 4 || t.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Chars.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "since" stands before {@code i}: "backed by Russian air power since September 2015".
   */
  private static boolean since(String t, int i) {
    return Chars.letterWordBefore(t, i).equalsIgnoreCase("since");
  }

  /**
   * How many units after a month written with its year ("the end of October 1524") a month or day
   * without one ("An assault in November failed") is still read in that year.
   */
  static final int NARRATIVE_UNITS = 6;

  /** The month that dates written without one are read in: the document date's, when known. */
  OptionalInt monthAnchor() {
    return date.isPresent() ? OptionalInt.of(date.get().getMonthValue()) : OptionalInt.empty();
  }

  /** The document's file name. */
  public String name() {
    return document.name();
  }

  /** The calendar dates of {@code unit}, one of the units, completed with {@code anchor}. */
  List<DateParser.Match> dates(Sentence unit, DateParser.Anchor anchor) {
    return unitDates.of(unit, anchor);
  }

  /**
   * The relative dates of {@code unit}, one of the units, as found before any are left out for
   * overlapping others (see {@link RelativeDates#place}).
   */
  List<RelativeDates.Found> relativeDates(Sentence unit) {
    return relativeDates.of(unit);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentContext c
        && document.equals(c.document)
        && units.equals(c.units)
        && date.equals(c.date)
        && year.equals(c.year);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, units, date, year);
  }

  @Override
  public String toString() {
    return "DocumentContext[document="
        + document
        + ", units="
        + units
        + ", date="
        + date
        + ", year="
        + year
        + "]";
  }
}
