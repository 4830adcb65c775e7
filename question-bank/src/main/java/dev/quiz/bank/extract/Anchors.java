package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a document's own date and main year. Stateless. */
final class Anchors {
  private static final int LEAD_UNITS = 8;

  private Anchors() {}

  /**
   * A reprint's note: "This article was first published in the Guardian on 5 July 1994",
   * "Originally published on 28 September 1996"; the date follows.
   */
  private static final Pattern REPRINT =
      Regexes.compile(
          "(?i)^\\W*(?:this (?:article|story|report|piece|column) (?:was )?)?(?:first|originally)"
              + " (?:published|printed|appeared|ran)\\b[^.]{0,60}?\\b(?:on|dated)\\s+(?=\\S)");

  /**
   * The date a reprinted text first appeared, from its note (any unit, furniture too), when that is
   * a full date before {@code page}'s (or {@code page} is unknown): the text's "yesterday" and "in
   * May" are of that day, not of the archive page that shows it again.
   */
  static Optional<LocalDate> reprintDate(List<Sentence> units, Optional<LocalDate> page) {
    for (Sentence s : units) {
      String text = s.text();
      if (text.length() > 160 || text.indexOf("ublished") < 0 && text.indexOf("ppeared") < 0) {
        continue;
      }
      Matcher m = REPRINT.matcher(text);
      if (m.lookingAt()) {
        for (DateParser.Match d :
            DateParser.absolute(text.substring(m.end()), DateParser.Anchor.NONE)) {
          Optional<LocalDate> day = fullDate(d.value().start().orElse(""));
          if (day.isPresent() && page.map(p -> day.get().isBefore(p)).orElse(true)) {
            return day;
          }
          break;
        }
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> datelineDate(List<Sentence> units) {
    for (Sentence s : units) {
      if (s.kind() == Sentence.Kind.DATELINE) {
        for (DateParser.Match m : DateParser.absolute(s.text(), DateParser.Anchor.NONE)) {
          Optional<LocalDate> d = fullDate(m.value().start().orElse(""));
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  static OptionalInt mainYear(List<Sentence> units) {
    for (Sentence s : units) {
      if (s.kind() == Sentence.Kind.INFOBOX && s.label().orElse("").equalsIgnoreCase("date")) {
        OptionalInt y = firstYear(s.text());
        if (y.isPresent()) {
          return y;
        }
      }
    }
    int seen = 0;
    for (Sentence s : units) {
      if (!s.carriesFacts()) {
        continue;
      }
      for (DateParser.Match m : DateParser.absolute(s.text(), DateParser.Anchor.NONE)) {
        String start = m.value().start().orElse("");
        if (start.length() >= 7 && !start.startsWith("-")) {
          return OptionalInt.of(Integer.parseInt(start.substring(0, 4)));
        }
      }
      if (++seen >= LEAD_UNITS * 4) {
        break;
      }
    }
    return titleYear(units);
  }

  /**
   * The one year the title names, when it names one ("Chronology: The Second Ottoman Siege of
   * Vienna (1683)"): the year of a text that writes no month with its year.
   */
  private static OptionalInt titleYear(List<Sentence> units) {
    for (Sentence s : units) {
      if (s.kind() != Sentence.Kind.TITLE) {
        continue;
      }
      Matcher m = TITLE_YEAR.matcher(s.text());
      if (!m.find()) {
        return OptionalInt.empty();
      }
      int year = Integer.parseInt(m.group());
      return m.find() ? OptionalInt.empty() : OptionalInt.of(year); // a range or two years: none
    }
    return OptionalInt.empty();
  }

  /** A year of our era in a title: "(1683)", "Vienna 1683". */
  private static final Pattern TITLE_YEAR =
      Regexes.compile("(?<![\\d.,])(?:1\\d{3}|20\\d{2})(?![\\d,])");

  private static OptionalInt firstYear(String text) {
    for (DateParser.Match m : DateParser.absolute(text, DateParser.Anchor.NONE)) {
      String start = m.value().start().orElse("");
      if (start.length() >= 4 && !start.startsWith("-")) {
        return OptionalInt.of(Integer.parseInt(start.substring(0, 4)));
      }
    }
    return OptionalInt.empty();
  }

  private static Optional<LocalDate> fullDate(String iso) {
    if (iso.length() != 10 || iso.startsWith("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
