package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.AnswerValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates: calendar dates and ranges in any common order, months and years (completed with the
 * document's year when it has one), and relative days, which stay relative unless the document's
 * date places them. Stateless, thread-safe.
 */
public final class DateExtractor implements FactExtractor<DateFact> {
  private static final Pattern WEEKDAY_BEFORE =
      Regexes.compile(Months.WEEKDAY + ",?\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HAS_YEAR = Regexes.compile("\\d{4}");
  private static final int FUTURE_DAYS = 60;

  @Override
  public List<DateFact> extract(DocumentContext doc) {
    List<DateFact> out = new ArrayList<>();
    OptionalInt month = doc.monthAnchor();
    DateParser.Anchor anchor = new DateParser.Anchor(doc.year(), month);
    // on a page of several dispatches, each is told from its own date line: "the 27th inst." of
    // "LONDON, Oct. 29.—" is of October in a paper of 1 November, its "yesterday" 28 October
    Optional<LocalDate> sent = Optional.empty();
    for (Sentence s : doc.units()) {
      // a dispatch's date line is no fact of the story, but when the dispatch was sent is one
      boolean dispatch =
          s.kind() == Sentence.Kind.DATELINE && s.label().equals(Optional.of(Sentence.DISPATCH));
      if (Units.usable(s) && !doc.isCalendarHeading(s) || dispatch) {
        OptionalInt year = doc.yearOf(s);
        DateParser.Anchor a = year.equals(doc.year()) ? anchor : new DateParser.Anchor(year, month);
        if (!dispatch && sent.isPresent()) {
          a = new DateParser.Anchor(a.year(), OptionalInt.of(sent.get().getMonthValue()));
        }
        OptionalInt headed = doc.headingMonth(s);
        boolean storyMonth = false;
        if (!dispatch && headed.isPresent()) {
          a = new DateParser.Anchor(a.year(), headed);
        } else if (!dispatch && a.month().isEmpty()) {
          // an undated text telling a story: "on the 24th" is of the month it last named ("the
          // 25th of May ... stopped on the 24th")
          Optional<int[]> story = doc.story(s);
          if (story.isPresent()) {
            a = new DateParser.Anchor(a.year(), OptionalInt.of(story.get()[1]));
            storyMonth = true;
          }
        }
        List<DateFact> found =
            inUnit(doc, s, a, dispatch || sent.isEmpty() ? doc.date() : sent, storyMonth);
        if (dispatch) {
          sent = found.isEmpty() ? Optional.empty() : day(found.get(0).value());
        }
        out.addAll(found);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A weekday and the day of the month, a diary's entry: "Saturday, 14th." under the heading
   * "OCTOBER." of 1899. Its month is the heading's; with the year known the weekday must be that
   * day's, or the day is left to be read as a weekday alone.
   */
  private static final Pattern WEEKDAY_DAY =
      Regexes.compile(
          "(?<![\\p{L}])"
              + Months.WEEKDAY
              + ",?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])");

  /** Adds the {@link #WEEKDAY_DAY} days of a unit under a month heading to {@code out}. */
  private static void headedDays(
      DocumentContext doc,
      Sentence s,
      DateParser.Anchor anchor,
      int month,
      boolean[] used,
      List<DateFact> out) {
    String text = s.text();
    if (text.indexOf("day") < 0) {
      return;
    }
    Matcher m = WEEKDAY_DAY.matcher(text);
    while (m.find()) {
      if (!DateParser.free(used, m.start(), m.end())) {
        continue;
      }
      int day = Integer.parseInt(m.group(1));
      String iso;
      if (anchor.year().isPresent()) {
        LocalDate d;
        try {
          d = LocalDate.of(anchor.year().getAsInt(), month, day);
        } catch (java.time.DateTimeException e) {
          continue;
        }
        String weekday = text.substring(m.start(), m.start(1)).replaceAll("[,\\s]|the", "");
        if (!d.getDayOfWeek().name().equalsIgnoreCase(weekday)) {
          continue;
        }
        iso = d.toString();
      } else {
        if (day > 31) {
          continue;
        }
        iso = String.format(java.util.Locale.ROOT, "--%02d-%02d", month, day);
      }
      DateParser.mark(used, m.start(), m.end());
      out.add(fact(doc, s, m.start(), m.end(), AnswerValue.Date.of(iso, iso)));
    }
  }

  /** The day of a date of one day, when it is a day of the calendar. */
  private static Optional<LocalDate> day(AnswerValue.Date v) {
    String start = v.start().orElse("");
    if (start.length() != 10 || !start.equals(v.end().orElse(start))) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(start));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The dates of one unit. */
  List<DateFact> inUnit(DocumentContext doc, Sentence s, DateParser.Anchor anchor) {
    return inUnit(doc, s, anchor, doc.date(), false);
  }

  /** A day of the month as an ordinal: "the 24th", "24th". */
  private static final Pattern ORDINAL_DAY =
      Regexes.compile("(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

  /** A month's name or abbreviation. */
  private static final Pattern MONTH_NAMED =
      Regexes.compile(Months.MONTH, Pattern.CASE_INSENSITIVE);

  /** The words a day named alone ("on the 24th") may be followed by, when not by a mark. */
  private static final Set<String> AFTER_A_DAY =
      Set.of(
          "and", "or", "to", "when", "at", "in", "of", "the", "he", "she", "it", "they", "we",
          "with", "before", "after", "until", "till", "but", "as", "there", "that", "is", "was");

  /**
   * Whether the ordinal ending at {@code end} stands alone as a day: a mark or the end follows, or
   * a word of {@link #AFTER_A_DAY}; not "the 27th (Bangalore) Brigade", "the 13th Rajputs", "the
   * 25th birthday".
   */
  private static boolean dayAlone(String text, int end) {
    int i = Chars.spacesEnd(text, end);
    if (i >= text.length() || ",.;:!?—–-\"”".indexOf(text.charAt(i)) >= 0) {
      return true;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && AFTER_A_DAY.contains(text.substring(i, j));
  }

  /** The dates of one unit; its relative days are placed from {@code from}, when known. */
  private List<DateFact> inUnit(
      DocumentContext doc,
      Sentence s,
      DateParser.Anchor anchor,
      Optional<LocalDate> from,
      boolean storyMonth) {
    String text = s.text();
    boolean[] used = new boolean[text.length()];
    List<DateFact> out = new ArrayList<>();
    Set<Integer> starts = new HashSet<>();
    // a month written with another year earlier in the unit: "On 19 January 2015 …, and on 26
    // January …" (see DocumentContext#story)
    Optional<int[]> told = Optional.empty();
    for (DateParser.Match m : doc.dates(s, anchor)) {
      DateParser.mark(used, m.start(), m.end());
      starts.add(m.start());
      if (storyMonth
          && ORDINAL_DAY.matcher(m.text()).lookingAt()
          && !MONTH_NAMED.matcher(m.text()).find()
          && !dayAlone(text, m.end())) {
        continue; // "the 13th Rajputs" is a unit's number, not a day of the story's month
      }
      if (namedEvent(text, m)
          || sourceYear(text, m)
          || oldStyle(text, m.start())
          || (s.kind() == Sentence.Kind.TITLE && HAS_YEAR.matcher(m.text()).matches())) {
        continue;
      }
      int start = m.start();
      Matcher wd = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
      if (wd.find() && Months.isCapitalized(wd.group())) {
        start = Math.max(0, start - 12) + wd.start();
        DateParser.mark(used, start, m.start());
      }
      // a date of another time than the document's is not moved to before the document's date
      boolean written = HAS_YEAR.matcher(m.text()).find();
      AnswerValue.Date v =
          written || !anchor.year().equals(doc.year()) ? m.value() : pastOfDocDate(m.value(), doc);
      if (!written) {
        v = inStory(v, told.isPresent() ? told : doc.story(s));
      } else if (!Chars.letterWordBefore(text, m.start()).equalsIgnoreCase("since")) {
        told = storyOf(m.value());
      }
      out.add(fact(doc, s, start, m.end(), v));
    }
    OptionalInt headed = doc.headingMonth(s);
    if (headed.isPresent()) {
      headedDays(doc, s, anchor, headed.getAsInt(), used, out);
    }
    for (DateParser.Match m : RelativeDates.place(text, doc.relativeDates(s), used, from)) {
      if (!namesTheDateAfter(text, m, starts)) {
        out.add(fact(doc, s, m.start(), m.end(), m.value()));
      }
    }
    out.sort((a, b) -> a.evidence().answerSpan().start() - b.evidence().answerSpan().start());
    return out;
  }

  /**
   * Whether the date at {@code start} is the Old Style equivalent of the one before it ("8 July
   * [O.S. 27 June] 1709"): the calendar's other name for the day, not a fact of its own.
   */
  private static boolean oldStyle(String text, int start) {
    String before = text.substring(Math.max(0, start - 6), start);
    return before.contains("O.S.") || before.contains("N.S.");
  }

  /**
   * Whether the relative date {@code m} is followed by a comma and the calendar date it stands for
   * ("The castle fell the following day, 4 June 1615"): the calendar date is the fact.
   */
  private static boolean namesTheDateAfter(String text, DateParser.Match m, Set<Integer> starts) {
    int k = m.end();
    return k < text.length()
        && text.charAt(k) == ','
        && starts.contains(Chars.spacesEnd(text, k + 1));
  }

  private static DateFact fact(
      DocumentContext doc, Sentence s, int start, int end, AnswerValue.Date v) {
    String answer = s.text().substring(start, end);
    String about = Units.context(s.text(), start, end, 10);
    return new DateFact(about, answer, v, Units.evidence(doc.name(), s, start, end));
  }

  /**
   * The year of a figure's source in parentheses: "1,654 killed (Basque government, 1937)",
   * "(Keegan, 1976)". A year alone after the source's words, which have no figure of their own.
   */
  private static boolean sourceYear(String text, DateParser.Match m) {
    int end = m.end();
    if (m.end() - m.start() != 4 || end >= text.length() || text.charAt(end) != ')') {
      return false;
    }
    int open = text.lastIndexOf('(', m.start());
    int comma = text.lastIndexOf(',', m.start());
    if (open < 0 || comma < open || text.lastIndexOf(')', m.start()) > open) {
      return false;
    }
    String source = text.substring(open + 1, comma).trim();
    return !source.isEmpty()
        && Character.isLetter(source.charAt(0))
        && source.chars().noneMatch(Character::isDigit)
        && text.substring(comma + 1, m.start()).isBlank();
  }

  /** "the September 11 attacks": a date used as the name of an event, not a date of this story. */
  private static boolean namedEvent(String text, DateParser.Match m) {
    if (HAS_YEAR.matcher(m.text()).find() || !Character.isLetter(m.text().charAt(0))) {
      return false;
    }
    String before = Units.previousWord(text, m.start()).toLowerCase(Locale.ROOT);
    String after = Units.nextWord(text, m.end());
    return before.equals("the")
        && !after.isEmpty()
        && Character.isLowerCase(after.charAt(0))
        && !Units.FUNCTION_WORDS.contains(after);
  }

  /** A date without a year completed with the document's year lies before the document's date. */
  /**
   * {@code v}, a date read in the document's year, in the year of the story told before it ({@code
   * story}: year and month, see {@link DocumentContext#story}) when its month is that month or
   * later and it is a day of that year.
   */
  private static AnswerValue.Date inStory(AnswerValue.Date v, Optional<int[]> story) {
    String start = v.start().orElse("");
    String end = v.end().orElse(start);
    if (story.isEmpty()
        || start.length() < 7
        || end.length() < 7
        || !Character.isDigit(start.charAt(0))) {
      return v;
    }
    int month = Integer.parseInt(start.substring(5, 7));
    int year = story.get()[0];
    if (month < story.get()[1]) {
      // "… December 1808. On 1 January Napoleon reached Astorga": past the new year
      if (story.get()[1] < 11 || month > 2) {
        return v;
      }
      year++;
    }
    String s = inYear(start, year);
    String e = inYear(end, year);
    return isDay(s) && isDay(e) ? AnswerValue.Date.of(s, e) : v;
  }

  /** The year and month (its end's) of a written date {@code v}; empty without a month. */
  private static Optional<int[]> storyOf(AnswerValue.Date v) {
    String end = v.end().orElse(v.start().orElse(""));
    if (end.length() < 7 || !Character.isDigit(end.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(
        new int[] {Integer.parseInt(end.substring(0, 4)), Integer.parseInt(end.substring(5, 7))});
  }

  private static String inYear(String iso, int year) {
    return String.format(Locale.ROOT, "%04d", year) + iso.substring(4);
  }

  /** Whether an ISO date of a year and month, maybe a day, is one ("1895-02-29" is none). */
  private static boolean isDay(String iso) {
    try {
      if (iso.length() == 10) {
        LocalDate.parse(iso);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static AnswerValue.Date pastOfDocDate(AnswerValue.Date v, DocumentContext doc) {
    if (!doc.date().isPresent() || !v.start().isPresent()) {
      return v;
    }
    if (v.start().get().length() == 7 && v.end().orElse(v.start().get()).length() == 7) {
      // "at the end of December" in a record of 17 February 1942: December 1941
      try {
        java.time.YearMonth start = java.time.YearMonth.parse(v.start().get());
        java.time.YearMonth end = java.time.YearMonth.parse(v.end().orElse(v.start().get()));
        return start.atDay(1).isAfter(doc.date().get().plusDays(FUTURE_DAYS))
            ? new AnswerValue.Date(
                Optional.of(start.minusYears(1).toString()),
                Optional.of(end.minusYears(1).toString()),
                v.relative())
            : v;
      } catch (DateTimeParseException e) {
        return v;
      }
    }
    if (v.start().get().length() != 10) {
      return v;
    }
    try {
      LocalDate start = LocalDate.parse(v.start().get());
      LocalDate end = LocalDate.parse(v.end().orElse(v.start().get()));
      if (start.isAfter(doc.date().get().plusDays(FUTURE_DAYS))) {
        return new AnswerValue.Date(
            Optional.of(start.minusYears(1).toString()),
            Optional.of(end.minusYears(1).toString()),
            v.relative());
      }
    } catch (DateTimeParseException e) {
      return v;
    }
    return v;
  }
}
