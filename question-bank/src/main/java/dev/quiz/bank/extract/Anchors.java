package dev.quiz.bank.extract;

import dev.quiz.bank.text.Sentence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Finds a document's own date and main year. Stateless. */
final class Anchors {
  private static final int LEAD_UNITS = 8;

  private Anchors() {}

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
    return OptionalInt.empty();
  }

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
