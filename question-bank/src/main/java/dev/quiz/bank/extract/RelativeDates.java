package dev.quiz.bank.extract;

import dev.quiz.core.model.AnswerValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates given relative to an unstated day: weekdays ("on Sunday", "Saturday night"), clock
 * times ("at around 10am this morning"), "last night", "yesterday", "a week ago", "the next day",
 * "by mid-morning". They are placed on the calendar only from a known document date, and then only
 * the ones that name a day; otherwise they stay relative.
 */
final class RelativeDates {
  private static final String WD =
      "(?<wd>"
          + Months.WEEKDAY
          + ")(?:['’]s)?(?:\\s+(?<part>night"
          + "|morning|afternoon|evening))?";
  private static final Pattern TIME =
      Pattern.compile(
          "(?:(?:at|by|from|until|At|By)\\s+)?(?:(?:around|about|approximately|roughly)\\s+)?"
              + "(?<rel>\\d{1,2}(?:[.:]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))(?![a-z])(?:\\s+(?:this "
              + "(?:morning|afternoon|evening)|tonight|last night|on "
              + Months.WEEKDAY
              + "))?");
  private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])" + WD + "(?![\\p{L}])");
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?<rel>last night|last year|last week|last month|yesterday"
              + "|(?:the )?night before last|the (?:next|following|previous) (?:day|morning|night)"
              + "|the day before|(?:the )?next year|(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?"
              + "|months?|years?) ago)(?![\\p{L}])");
  private static final Pattern PART_OF_DAY =
      Pattern.compile(
          "(?<=\\b(?:by|at|until|before|By|At|Until|Before)\\s)(?:the\\s+)?"
              + "(?<rel>mid-morning|morning|afternoon|evening|nightfall|noon|midday|midnight|dawn|dusk"
              + "|daybreak)\\b|\\b(?<rel2>dawn|dusk|midnight)(?=\\s+(?:attack|raid|assault|offensive"
              + "|strike))");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the ");

  /**
   * Words each pattern cannot match without (TIME, PHRASE, WEEKDAY, PART_OF_DAY), so most units
   * skip most patterns; PHRASE is case-insensitive (ASCII) and checked on the lower-cased text.
   */
  private static final List<String> TIME_WORDS = List.of("am", "pm", "a.m.", "p.m.");

  private static final List<String> PHRASE_WORDS =
      List.of("last", "yesterday", "next", "following", "previous", "day before", " ago");
  private static final List<String> PART_OF_DAY_WORDS =
      List.of(
          "morning",
          "afternoon",
          "evening",
          "nightfall",
          "noon",
          "midday",
          "midnight",
          "dawn",
          "dusk",
          "daybreak");

  private static final Map<Pattern, Prefixes> STARTS =
      Map.of(
          TIME,
          Prefixes.of(TIME),
          PHRASE,
          Prefixes.of(PHRASE),
          WEEKDAY,
          Prefixes.of(WEEKDAY),
          PART_OF_DAY,
          Prefixes.of(PART_OF_DAY));

  private RelativeDates() {}

  /** Relative dates in {@code text} outside {@code used}, placed from {@code date} when known. */
  static List<DateParser.Match> find(String text, boolean[] used, Optional<LocalDate> date) {
    List<DateParser.Match> out = new ArrayList<>();
    for (Pattern p : List.of(TIME, PHRASE, WEEKDAY, PART_OF_DAY)) {
      if (!mayMatch(p, text)) {
        continue;
      }
      SkipMatcher found = new SkipMatcher(p, text, STARTS.get(p));
      Matcher m = found.matcher();
      while (found.find()) {
        if (!DateParser.free(used, m.start(), m.end())) {
          continue;
        }
        int s = m.start();
        int e = m.end();
        String rel;
        if (p == WEEKDAY) {
          e = m.end("part") >= 0 ? m.end("part") : m.end("wd");
          rel = POSSESSIVE.matcher(text.substring(s, e)).replaceAll("");
        } else if (p == PART_OF_DAY && m.group("rel2") != null) {
          s = m.start("rel2");
          e = m.end("rel2");
          rel = m.group("rel2");
        } else {
          rel = m.group("rel");
        }
        rel = LEADING_THE.matcher(rel).replaceFirst("");
        out.add(new DateParser.Match(s, e, text.substring(s, e), value(rel, date)));
        DateParser.mark(used, m.start(), m.end());
      }
    }
    return out;
  }

  /** False when {@code p} cannot match {@code text}: a word every match contains is missing. */
  private static boolean mayMatch(Pattern p, String text) {
    if (p == TIME) {
      return containsAny(text, TIME_WORDS) && hasDigit(text);
    }
    if (p == PHRASE) {
      return containsAny(text.toLowerCase(Locale.ROOT), PHRASE_WORDS);
    }
    if (p == WEEKDAY) {
      return text.contains("day");
    }
    return containsAny(text, PART_OF_DAY_WORDS);
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static AnswerValue.Date value(String rel, Optional<LocalDate> date) {
    Optional<LocalDate> day = date.flatMap(d -> place(rel.toLowerCase(Locale.ROOT), d));
    if (day.isPresent()) {
      String iso = day.get().toString();
      return new AnswerValue.Date(Optional.of(iso), Optional.of(iso), Optional.of(rel));
    }
    return AnswerValue.Date.relative(rel);
  }

  /** The calendar day of a relative expression seen from the document's date, when it names one. */
  static Optional<LocalDate> place(String rel, LocalDate docDate) {
    if (rel.equals("yesterday") || rel.equals("last night")) {
      return Optional.of(docDate.minusDays(1));
    }
    if (rel.equals("night before last")) {
      return Optional.of(docDate.minusDays(2));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (rel.startsWith(d.name().toLowerCase(Locale.ROOT))) {
        int back = (docDate.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        return Optional.of(docDate.minusDays(back));
      }
    }
    return Optional.empty();
  }
}
