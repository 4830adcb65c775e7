package dev.quiz.bank.generate;

import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.bank.extract.NumberWords;
import dev.quiz.bank.text.Regexes;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a number answer with other values, in the same style ("about 5,000" → "about 3,000").
 */
final class NumberFormats {
  private static final Pattern DIGITS =
      Regexes.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern FRACTION = Regexes.compile("\\d{1,2}/\\d{1,2}");
  private static final Pattern RATIO = Regexes.compile("(?i)\\b(?:one|1)\\s+in\\s+(\\w+)");
  private static final Pattern WORD_NUMBER =
      Regexes.compile("(?i)\\b(?:" + NumberWords.CARDINAL + "|a dozen|dozen|half|twice|a|an)\\b");
  private static final Pattern ORDINAL =
      Regexes.compile(
          "(?i)\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th))\\b");

  private static final Pattern MULTIPLIER =
      Regexes.compile("[\\s-]+(?i:(thousand|million|billion|trillion))(?![\\w-])");

  private static final Pattern ARTICLE_UNIT = Regexes.compile("^(?i)(an?) ([a-z]+)$");
  private static final Pattern ONE_PLURAL = Regexes.compile("(?i)\\b(one|1)\\s+(\\p{L}+?)s\\b");
  private static final Pattern MANY_SINGULAR =
      Regexes.compile(
          "(?i)\\b((?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+"
              + "(?:day|week|month|year|decade|century|hour|minute|mile|kilometre|kilometer|meter"
              + "|metre))\\b(?!s)");

  /** The units {@link #MANY_SINGULAR} puts in the plural, as they start. */
  private static final java.util.List<String> UNITS =
      java.util.List.of(
          "day", "week", "month", "year", "decade", "century", "hour", "minute", "mile", "meter",
          "metre");

  private static final Pattern A_BEFORE_VOWEL = Regexes.compile("\\b([Aa]) (?=[aeiouAEIOU8])");
  private static final Pattern AN_BEFORE_CONSONANT =
      Regexes.compile("\\b([Aa])n (?=[^aeiouAEIOU8])");

  private NumberFormats() {}

  /** The answer with its number(s) replaced by {@code low} and {@code high}; empty if unsure. */
  static java.util.Optional<String> rewrite(
      String answer, NumberStyle style, double low, double high) {
    if (style.form() == NumberStyle.Form.FRACTION) {
      Matcher ratio = RATIO.matcher(answer);
      if (ratio.find()) {
        return ratio(answer, ratio, low, high);
      }
    }
    Pattern p =
        switch (style.form()) {
          case DIGITS -> DIGITS;
          case FRACTION -> FRACTION;
          case ORDINAL -> ORDINAL;
          case WORDS -> WORD_NUMBER;
        };
    if (low == high && startsWithArticle(answer)) {
      Matcher one = ARTICLE_UNIT.matcher(answer);
      if (one.find()) {
        return words("a", low).map(w -> w + " " + (low > 1 ? plural(one.group(2)) : one.group(2)));
      }
    }
    Matcher m = p.matcher(answer);
    StringBuilder sb = new StringBuilder();
    int count = 0;
    int last = 0;
    while (m.find()) {
      double v = count == 0 ? low : high;
      if (v == 1 && afterDeterminer(answer, m.start())) {
        return java.util.Optional.empty(); // "the past one month" is not English
      }
      double scale = style.form() == NumberStyle.Form.DIGITS ? multiplier(answer, m.end()) : 1;
      java.util.Optional<String> text =
          scale == 1 ? format(m.group(), style.form(), v) : scaled(m.group(), v / scale);
      if (!text.isPresent()) {
        return java.util.Optional.empty();
      }
      sb.append(answer, last, m.start()).append(text.get());
      last = m.end();
      count++;
    }
    if (count == 0 || count > 2) {
      return java.util.Optional.empty();
    }
    sb.append(answer.substring(last));
    return java.util.Optional.of(number(fixArticle(sb.toString()), high));
  }

  /**
   * What the number ending at {@code end} is multiplied by: 1,000,000 for "1.5 million", 1 when no
   * "thousand", "million" or "billion" follows it.
   */
  private static double multiplier(String s, int end) {
    Matcher m = MULTIPLIER.matcher(s).region(end, s.length());
    if (!m.lookingAt()) {
      return 1;
    }
    return switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      default -> 1e12;
    };
  }

  /**
   * {@code v} millions (or thousands, billions) written as the answer's "1.5" is: at least one and
   * with at most one decimal more than the answer has ("2 million" → "3.5 million"), so that no
   * choice reads "800,000.0 million".
   */
  private static java.util.Optional<String> scaled(String original, double v) {
    if (v < 1) {
      return java.util.Optional.empty();
    }
    double whole = Math.rint(v);
    if (Math.abs(v - whole) < 1e-9) {
      int point = original.indexOf('.');
      return java.util.Optional.of(
          digits(point < 0 ? original : original.substring(0, point), whole));
    }
    String oneDecimal = original.contains(".") ? original : original + ".0";
    return java.util.Optional.of(digits(oneDecimal, v));
  }

  /** Whether the words before {@code at} end with "the", "past", "last" or "next". */
  private static boolean afterDeterminer(String s, int at) {
    String before = s.substring(0, at).toLowerCase(Locale.ROOT);
    return before.endsWith("the ")
        || before.endsWith("past ")
        || before.endsWith("last ")
        || before.endsWith("next ");
  }

  /**
   * Whether {@code s} starts "a " or "an ", in any case: else {@link #ARTICLE_UNIT} cannot match.
   */
  private static boolean startsWithArticle(String s) {
    int space = s.length() > 1 && (s.charAt(1) == 'n' || s.charAt(1) == 'N') ? 2 : 1;
    return s.length() > space
        && (s.charAt(0) == 'a' || s.charAt(0) == 'A')
        && s.charAt(space) == ' ';
  }

  private static java.util.Optional<String> format(
      String original, NumberStyle.Form form, double v) {
    switch (form) {
      case DIGITS:
        return java.util.Optional.of(digits(original, v));
      case FRACTION:
        return fraction(v);
      case ORDINAL:
        int r = (int) Math.round(v);
        if (Character.isDigit(original.charAt(0))) {
          return java.util.Optional.of(r + ordinalSuffix(r));
        }
        return r >= 1 && r <= 12 // "twelfth" at most, as distractors of small ranks
            ? NumberWords.ordinalWord(r).map(w -> caseLike(original, w))
            : java.util.Optional.empty();
      default:
        return words(original, v);
    }
  }

  static String digits(String original, double v) {
    int decimals = original.contains(".") ? original.length() - original.indexOf('.') - 1 : 0;
    boolean grouped = original.contains(",") || v >= 10000 || v >= 1000 && original.length() <= 3;
    if (decimals == 0 && v >= 1 && v < 1e15 && v == Math.rint(v)) {
      String plain = Long.toString((long) v); // what the pattern gives a whole number
      return grouped ? grouped(plain) : plain;
    }
    StringBuilder pattern = new StringBuilder(grouped ? "#,##0" : "0");
    if (decimals > 0) {
      pattern.append('.').append("0".repeat(decimals));
    }
    return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.US))
        .format(v);
  }

  /** "1234567" as "1,234,567". */
  private static String grouped(String digits) {
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private static java.util.Optional<String> words(String original, double v) {
    if (v != Math.rint(v) || v < 1 || v > 99) {
      return java.util.Optional.empty();
    }
    int n = (int) v;
    if (original.equalsIgnoreCase("twice") || original.equalsIgnoreCase("thrice")) {
      // "twice" counts times: its other values are "once", "three times", not "three"
      String times = n == 1 ? "once" : n == 2 ? "twice" : null;
      return times != null
          ? java.util.Optional.of(caseLike(original, times))
          : NumberWords.cardinalWord(n).map(w -> caseLike(original, w + " times"));
    }
    return NumberWords.cardinalWord(n).map(w -> caseLike(original, w));
  }

  /**
   * "one in five" as "one in four" for {@code low} = {@code high} = 1/4; empty for other values.
   */
  private static java.util.Optional<String> ratio(
      String answer, Matcher ratio, double low, double high) {
    long n = Math.round(1 / low);
    if (low != high || n < 2 || n > 12 || Math.abs(1.0 / n - low) > 1e-9) {
      return java.util.Optional.empty();
    }
    String den = ratio.group(1);
    java.util.Optional<String> text =
        Character.isDigit(den.charAt(0))
            ? java.util.Optional.of(Long.toString(n))
            : NumberWords.cardinalWord((int) n);
    return text.map(t -> answer.substring(0, ratio.start(1)) + t + answer.substring(ratio.end(1)));
  }

  private static java.util.Optional<String> fraction(double v) {
    for (int den = 2; den <= 12; den++) {
      for (int num = 1; num < den; num++) {
        if (Math.abs((double) num / den - v) < 1e-9) {
          return java.util.Optional.of(num + "/" + den);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** "st", "nd", "rd" or "th" for {@code r} ("21st", "12th"). */
  static String ordinalSuffix(int r) {
    if (r % 100 >= 11 && r % 100 <= 13) {
      return "th";
    }
    return switch (r % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  private static String caseLike(String original, String w) {
    return Character.isUpperCase(original.charAt(0))
        ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
        : w;
  }

  /** "one days" is not English: the unit after the number agrees with it. */
  private static String number(String s, double value) {
    String lower = s.toLowerCase(Locale.ROOT); // to skip the regexes when they cannot match
    if (value == 1) {
      return lower.contains("one") || s.indexOf('1') >= 0
          ? ONE_PLURAL.matcher(s).replaceFirst("$1 $2")
          : s;
    }
    if (!hasUnit(lower)) {
      return s;
    }
    Matcher m = MANY_SINGULAR.matcher(s);
    return m.find() ? s.substring(0, m.start()) + plural(m.group(1)) + s.substring(m.end()) : s;
  }

  /** The plural of a unit (or of the last word of {@code words}): "days", "centuries". */
  static String plural(String words) {
    int n = words.length();
    return n > 1 && words.charAt(n - 1) == 'y' && "aeiou".indexOf(words.charAt(n - 2)) < 0
        ? words.substring(0, n - 1) + "ies"
        : words + "s";
  }

  /** Whether {@code lower} contains one of the {@link #UNITS}. */
  private static boolean hasUnit(String lower) {
    for (String unit : UNITS) {
      if (lower.contains(unit)) {
        return true;
      }
    }
    return false;
  }

  /** "a eight days" is not English: the article follows the new number. */
  private static String fixArticle(String s) {
    if (!s.contains("a ") && !s.contains("A ") && !s.contains("an ") && !s.contains("An ")) {
      return s; // no article to fix
    }
    String an = A_BEFORE_VOWEL.matcher(s).replaceAll("$1n ");
    return AN_BEFORE_CONSONANT.matcher(an).replaceAll("$1 ");
  }
}
