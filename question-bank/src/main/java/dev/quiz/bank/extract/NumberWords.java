package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Values of number words ("five", "twenty-five", "a dozen", "half-million") and ordinals, and the
 * words of small values, for extraction and for rewriting answers. Stateless.
 */
public final class NumberWords {
  /** A regex alternation of the cardinal words one to ninety-nine. */
  public static final String CARDINAL =
      "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
          + "|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
          + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

  static final String ORDINAL =
      "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|twentieth|\\d{1,3}(?:st|nd|rd|th))";
  private static final String[] SMALL = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth"
  };
  private static final Map<String, Integer> VALUES = new HashMap<>();
  private static final Pattern SPACES = Regexes.compile("\\s+");
  private static final Pattern SPACE_OR_HYPHEN = Regexes.compile("[ -]");
  private static final Pattern NON_DIGITS = Regexes.compile("\\D");

  static {
    for (int i = 0; i < SMALL.length; i++) {
      VALUES.put(SMALL[i], i);
    }
    for (int i = 0; i < TENS.length; i++) {
      VALUES.put(TENS[i], 20 + 10 * i);
    }
    for (int i = 0; i < ORDINALS.length; i++) {
      VALUES.put(ORDINALS[i], i + 1);
    }
    VALUES.put("twentieth", 20);
  }

  private static final java.util.Set<String> CARDINAL_WORDS = new java.util.HashSet<>();
  private static final java.util.Set<String> TENS_WORDS =
      new java.util.HashSet<>(Arrays.asList(TENS));

  static {
    CARDINAL_WORDS.addAll(Arrays.asList(SMALL));
    CARDINAL_WORDS.addAll(TENS_WORDS);
  }

  private NumberWords() {}

  /** Whether {@code word} is a cardinal number word in any case ("Nineteen", "twenty-seven"). */
  static boolean isCardinalWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int dash = w.indexOf('-');
    return dash < 0
        ? CARDINAL_WORDS.contains(w)
        : TENS_WORDS.contains(w.substring(0, dash))
            && CARDINAL_WORDS.contains(w.substring(dash + 1));
  }

  /** The word of {@code n} in 0..99 ("seven", "forty-two"); empty outside that range. */
  public static Optional<String> cardinalWord(int n) {
    if (n < 0 || n > 99) {
      return Optional.empty();
    }
    return Optional.of(
        n < 20 ? SMALL[n] : TENS[n / 10 - 2] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]));
  }

  /** The word of rank {@code r} in 1..15 ("third"); empty outside that range. */
  public static Optional<String> ordinalWord(int r) {
    return r >= 1 && r <= ORDINALS.length ? Optional.of(ORDINALS[r - 1]) : Optional.empty();
  }

  /** The value of a cardinal phrase such as "twenty-five", "a dozen", "two hundred", "half". */
  public static OptionalDouble cardinal(String words) {
    String w = SPACES.matcher(words.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    switch (w) {
      case "a":
      case "an":
        return OptionalDouble.of(1);
      case "a dozen":
      case "dozen":
        return OptionalDouble.of(12);
      case "half":
        return OptionalDouble.of(0.5);
      case "twice":
        return OptionalDouble.of(2);
      case "thrice":
        return OptionalDouble.of(3);
      case "half-million":
      case "half a million":
      case "half million":
        return OptionalDouble.of(500_000);
      default:
        break;
    }
    double total = 0;
    double current = 0;
    for (String part : SPACE_OR_HYPHEN.split(w)) {
      if (part.equals("a") || part.equals("and")) {
        current = Math.max(current, part.equals("a") ? 1 : current);
        continue;
      }
      Integer v = VALUES.get(part);
      if (v != null) {
        current += v;
      } else if (part.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (part.equals("thousand")
          || part.equals("million")
          || part.equals("billion")
          || part.equals("trillion")) {
        total += Math.max(current, 1) * multiplier(part);
        current = 0;
      } else {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.of(total + current);
  }

  /** The rank of an ordinal ("fourth" = 4, "10th" = 10). */
  static OptionalDouble ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return OptionalDouble.of(Integer.parseInt(NON_DIGITS.matcher(w).replaceAll("")));
    }
    Integer v = VALUES.get(w);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  static double multiplier(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "hundred":
        return 100;
      case "thousand":
        return 1_000;
      case "million":
        return 1_000_000;
      case "billion":
        return 1_000_000_000;
      case "trillion":
        return 1e12;
      default:
        return 1;
    }
  }

  /** Parses digits with thousands separators: "4,000" = 4000, "1.5" = 1.5. */
  static double digits(String s) {
    return Double.parseDouble(s.replace(",", ""));
  }
}
