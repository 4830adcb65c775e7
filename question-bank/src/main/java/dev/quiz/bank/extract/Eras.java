package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with an era: "216 BC", "2 August 216 BC", "August 479 BC", "218–201 BC", "AD 9", "AD
 * 208–209", "476 CE". Their values are ISO 8601 years, which count astronomically: 1 BC is year
 * 0000 and 216 BC is -0215, so a date before Christ is never read as a year after him ("in 217 BC"
 * is not the year 217). Stateless.
 */
final class Eras {
  private static final String BEFORE = "(?<bc>BCE|BC|B\\.C\\.E\\.|B\\.C\\.)";
  private static final String AFTER = "(?:CE|AD|A\\.D\\.)";

  private static final Pattern DATED =
      Regexes.compile(
          "(?<![\\d,.$])(?:(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m>"
              + Months.MONTH
              + ")\\s+|(?<m2>"
              + Months.MONTH
              + ")\\s+(?<d2>\\d{1,2}),?\\s+|(?:(?<m0>"
              + Months.MONTH
              // two months of one year: "August or September 480 BC"
              + ")\\s*(?:–|—|-|to|and|or)\\s*)?(?<m3>"
              + Months.MONTH
              + ")\\s+(?=\\d{1,4}\\s?[BCA]))?(?:(?<a>\\d{1,4})\\s*(?:–|—|-|to)\\s*)?"
              + "(?<y>\\d{1,4})\\s?(?:"
              + BEFORE
              + "|"
              + AFTER
              + ")(?![\\p{L}\\d])"
              + "|(?<![\\p{L}\\d])(?:AD|A\\.D\\.)\\s?(?<ay>\\d{1,4})"
              + "(?:\\s*(?:–|—|-|to)\\s*(?<az>\\d{1,4}))?(?![\\d,])");

  private Eras() {}

  /** Whether {@code text} may hold a date with an era: a cheap test before the pattern. */
  static boolean mayHave(String text) {
    return text.indexOf("BC") >= 0
        || text.indexOf("B.C.") >= 0
        || text.indexOf("AD") >= 0
        || text.indexOf("A.D.") >= 0
        || text.indexOf("CE") >= 0;
  }

  /** The dates with an era in {@code text} outside {@code used}, which they are added to. */
  static List<DateParser.Match> find(String text, boolean[] used) {
    if (!mayHave(text)) {
      return new ArrayList<>();
    }
    return DateParser.takeFree(DATED.matcher(text), used, Eras::value);
  }

  private static Optional<AnswerValue.Date> value(Matcher m) {
    if (m.group("ay") != null) {
      int y = Integer.parseInt(m.group("ay"));
      if (m.group("az") != null) {
        // "AD 208–209": a range forward in time, else not a date
        int z = Integer.parseInt(m.group("az"));
        return y == 0 || z <= y
            ? Optional.empty()
            : Optional.of(AnswerValue.Date.of(iso(y, false), iso(z, false)));
      }
      return y == 0 ? Optional.empty() : Optional.of(year(y, false));
    }
    boolean bc = m.group("bc") != null;
    int y = Integer.parseInt(m.group("y"));
    if (y == 0) {
      return Optional.empty();
    }
    if (m.group("a") != null) {
      int a = Integer.parseInt(m.group("a"));
      // a range runs forward in time: 218–201 BC, AD 14–37
      if (a == 0 || (bc ? a <= y : a >= y)) {
        return Optional.empty();
      }
      return Optional.of(AnswerValue.Date.of(iso(a, bc), iso(y, bc)));
    }
    if (m.group("m3") != null) {
      // "in August 479 BC": a month of the year
      OptionalInt mn = Months.number(m.group("m3"));
      if (!mn.isPresent()) {
        return Optional.empty();
      }
      String iso = String.format(Locale.ROOT, "%s-%02d", iso(y, bc), mn.getAsInt());
      if (m.group("m0") != null) {
        OptionalInt first = Months.number(m.group("m0"));
        if (!first.isPresent() || first.getAsInt() >= mn.getAsInt()) {
          return Optional.empty();
        }
        String from = String.format(Locale.ROOT, "%s-%02d", iso(y, bc), first.getAsInt());
        return Optional.of(AnswerValue.Date.of(from, iso));
      }
      return Optional.of(AnswerValue.Date.of(iso, iso));
    }
    String month = m.group("m") != null ? m.group("m") : m.group("m2");
    if (month == null) {
      return Optional.of(year(y, bc));
    }
    OptionalInt mn = Months.number(month);
    int day = Integer.parseInt(m.group("d") != null ? m.group("d") : m.group("d2"));
    if (!mn.isPresent() || day < 1 || day > 31) {
      return Optional.empty();
    }
    String iso = String.format(Locale.ROOT, "%s-%02d-%02d", iso(y, bc), mn.getAsInt(), day);
    return Optional.of(AnswerValue.Date.of(iso, iso));
  }

  private static AnswerValue.Date year(int y, boolean bc) {
    String iso = iso(y, bc);
    return AnswerValue.Date.of(iso, iso);
  }

  /** The ISO 8601 year of year {@code y} of an era: astronomical numbering before Christ. */
  static String iso(int y, boolean bc) {
    if (!bc) {
      return String.format(Locale.ROOT, "%04d", y);
    }
    int astronomical = y - 1;
    return astronomical == 0 ? "0000" : String.format(Locale.ROOT, "-%04d", astronomical);
  }
}
