package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number expressions in a text: digits with separators, fractions, number words, ordinals,
 * and ranges of them, with the approximation words before and the unit after. Stateless.
 */
final class NumberScanner {
  /** One number as written. */
  record Atom(int start, int end, double value, NumberStyle.Form form) {}

  /** A number expression: [start, end) covers prefix, number(s) and unit. */
  record Phrase(
      int start,
      int end,
      int numStart,
      int numEnd,
      double low,
      double high,
      boolean approx,
      NumberStyle style) {}

  static final Pattern ATOM =
      Regexes.compile(
          "(?<frac>(?<![\\w/.,])\\d{1,2}/\\d{1,2}(?![\\w/]))"
              // a share in words: "nearly a third of the territory", "about a quarter of the
              // people"
              // ("a third day", "a mile and a quarter long" are no shares)
              + "|(?<share>(?<![\\w-])(?:a|one)\\s+(?:third|quarter|fifth|tenth)(?=\\s+of\\b|\\s*[,.;:)—–]))"
              // a share as a ratio: "one in five houses"
              + "|(?<ratio>(?<![\\w-])(?:one|1)\\s+in\\s+(?:two|three|four|five|six|seven|eight|nine"
              + "|ten|\\d{1,2})(?![\\w-]))"
              + "|(?<ord>(?<![\\w-])"
              + NumberWords.ORDINAL
              + "(?![\\w])(?:-(?=\\s+and\\b)|[- ]"
              + "(?:largest|biggest|greatest|highest|most\\s+\\w+|\\w{3,}est)\\b)?)"
              + "|(?<dig>(?<![\\w.,/#])(?<!\\p{L}-)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
              // a measure's unit may be glued on, as news sites write it: "60km", "about 7km"
              + "(?:(?![\\p{L}\\d]|[.,/]\\d)|(?=(?:km|kg|kph|mph|ft|cm|mm)(?![\\p{L}\\d])))"
              + "(?:[\\s-]+(?:million|billion|trillion|thousand)\\b)?)"
              + "|(?<word>(?<![\\w-])(?:(?:"
              + NumberWords.CARDINAL
              + ")(?:\\s+(?:hundred|thousand|million)"
              // "three thousand five hundred", "two hundred and fifty"
              + "(?:\\s+(?:"
              + NumberWords.CARDINAL
              + ")\\s+hundred(?:\\s+and\\s+(?:"
              + NumberWords.CARDINAL
              + "))?|\\s+and\\s+(?:"
              + NumberWords.CARDINAL
              + "))?"
              // "two hundred thousand", "three hundred and thirty-eight thousand": the whole
              // multiplied
              + "(?:\\s+(?:thousand|million|billion)(?![\\w-]))?)?"
              + "|a\\s+(?:hundred|thousand|million|billion)|a dozen|dozen|half[- ]million"
              // "a two-day offensive": a measure joined by a hyphen
              + "|half a million|half|twice|thrice)(?![\\w]|-(?!(?:day|hour|week|month|year|mile)s?\\b)))"
              + "|(?<a>\\b(?:a|an)\\b(?=\\s+(?:day|week|month|year|decade|century|hour)\\b))",
          Pattern.CASE_INSENSITIVE);
  private static final Prefixes ATOM_STARTS = Prefixes.of(ATOM);

  /**
   * The words an atom can start with (lower case): the number words of its alternatives, "dozen",
   * "half", "twice", "thrice", "a" and "an" (and some letters of its {@code \d} parts, harmless).
   */
  private static final Set<String> WORDS = words();

  private static final int LONGEST_WORD = WORDS.stream().mapToInt(String::length).max().orElse(0);
  private static final Pattern HYPHEN_OR_SPACE = Regexes.compile("[- ]");
  private static final Pattern SPACES_OR_HYPHENS = Regexes.compile("[\\s-]+");

  private static final Pattern RANGE_SEP =
      Regexes.compile("^\\s*(?:–|—|-|to|and|or)\\s*$", Pattern.CASE_INSENSITIVE);

  /** A range's "to" before a hedged high end: "from around 8,000 to over 30,000". */
  private static final Pattern HEDGED_RANGE_SEP =
      Regexes.compile(
          "^\\s*(?:to|–|—|-)\\s*(?:over|more than|about|around|some|nearly|almost|as many as"
              + "|up to|at least|perhaps|possibly)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BETWEEN_BEFORE =
      Regexes.compile("(?i)\\bbetween\\s+(?:\\S+\\s+){0,3}$");
  private static final Pattern PREFIX =
      Regexes.compile(
          "(?i)(?:(?<![\\w])(?<w>about|around|approximately|roughly|some|nearly|almost"
              + "|as many as|up to|more than|over|at least|not less than|no fewer than|fewer than"
              + "|less than|an estimated|estimated|near|close to|upwards of|in excess of|between|from"
              + "|the past|exactly|only|circa|c\\.|ca\\.|est\\.|approx\\.)\\s+|(?<t>~)\\s*)$");
  private static final Pattern UNIT =
      Regexes.compile(
          "^(?:\\s*(?<pct>%|percent\\b|per cent\\b)|(?<plus>\\+)|(?<hy>-(?:lb|pound|kg"
              + "|ton|mile|km|day|hour|week|month|year|man|strong)s?\\b(?!-old))|(?:\\s+|(?=(?:km|kg|kph|mph|ft|cm|mm)\\b))(?<u>(?:seconds?|minutes?"
              + "|hours?|days?|weeks?|months?|years?|decades?|centuries|century|miles?|kilometres?"
              + "|kilometers?|km|metres?|meters?|feet|foot|ft|yards?|tons?|tonnes?|pounds?|lb|kg|kph|mph|cm|mm)\\b))",
          Pattern.CASE_INSENSITIVE);

  private NumberScanner() {}

  private static Set<String> words() {
    Set<String> out = new HashSet<>();
    Matcher m =
        Regexes.compile("[a-z]+")
            .matcher(NumberWords.ORDINAL + NumberWords.CARDINAL + "dozen|half|twice|thrice|a|an");
    while (m.find()) {
      out.add(m.group());
    }
    return Set.copyOf(out);
  }

  static List<Atom> atoms(String text, boolean[] used) {
    List<Atom> out = new ArrayList<>();
    SkipMatcher atoms = new SkipMatcher(ATOM, text, i -> mayStartAtom(text, i));
    while (atoms.find()) {
      Matcher m = atoms.matcher();
      if (!DateParser.free(used, m.start(), m.end())) {
        continue;
      }
      OptionalDouble v;
      NumberStyle.Form form;
      if (m.group("frac") != null) {
        String[] p = m.group().split("/");
        double den = Double.parseDouble(p[1]);
        v =
            den > 1 && Double.parseDouble(p[0]) < den
                ? OptionalDouble.of(Double.parseDouble(p[0]) / den)
                : OptionalDouble.empty();
        form = NumberStyle.Form.FRACTION;
      } else if (m.group("share") != null) {
        String part = m.group().substring(m.group().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        v =
            OptionalDouble.of(
                switch (part) {
                  case "third" -> 1.0 / 3;
                  case "quarter" -> 0.25;
                  case "fifth" -> 0.2;
                  default -> 0.1;
                });
        form = NumberStyle.Form.FRACTION;
      } else if (m.group("ratio") != null) {
        String den = m.group().substring(m.group().lastIndexOf(' ') + 1);
        OptionalDouble n =
            Chars.isDigit(den.charAt(0))
                ? OptionalDouble.of(Double.parseDouble(den))
                : NumberWords.cardinal(den.toLowerCase(java.util.Locale.ROOT));
        v = n.isPresent() && n.getAsDouble() > 1 ? OptionalDouble.of(1 / n.getAsDouble()) : n;
        form = NumberStyle.Form.FRACTION;
      } else if (m.group("ord") != null) {
        v = NumberWords.ordinal(HYPHEN_OR_SPACE.split(m.group())[0]);
        form = NumberStyle.Form.ORDINAL;
      } else if (m.group("dig") != null) {
        v = OptionalDouble.of(digitValue(m.group()));
        form = NumberStyle.Form.DIGITS;
      } else {
        v = NumberWords.cardinal(m.group());
        form = NumberStyle.Form.WORDS;
      }
      // "$2.3 trillion", "£3 million": the currency sign is part of the figure
      int start =
          form == NumberStyle.Form.DIGITS
                  && m.start() > 0
                  && "$£€".indexOf(text.charAt(m.start() - 1)) >= 0
                  && (m.start() == 1 || !Character.isLetterOrDigit(text.charAt(m.start() - 2)))
              ? m.start() - 1
              : m.start();
      if (v.isPresent()) {
        out.add(new Atom(start, m.end(), v.getAsDouble(), form));
      }
    }
    return out;
  }

  /**
   * Every kind of atom starts with a digit or a number word, never right after a {@code \w}; a word
   * start is the whole run of {@code \w} there, and "a" or "an" must be followed by white space and
   * a unit ("a day"), "dozen" or a share ("a third").
   */
  static boolean mayStartAtom(String text, int i) {
    if (i > 0 && Chars.isWordChar(text.charAt(i - 1))) {
      return false;
    }
    if (!ATOM_STARTS.at(text, i)) {
      return false;
    }
    if (!Chars.isAsciiLetter(text.charAt(i))) {
      return true;
    }
    int j = Chars.wordCharsEnd(text, i);
    if (j - i > LONGEST_WORD) {
      return false;
    }
    String w = Chars.asciiLower(text, i, j);
    if (w.equals("a") || w.equals("an")) {
      int k = Chars.spacesEnd(text, j);
      return k > j && Chars.oneOf(text, k, "dwmychtqfDWMYCHTQF");
    }
    return WORDS.contains(w);
  }

  private static double digitValue(String s) {
    String[] parts = SPACES_OR_HYPHENS.split(s.trim());
    double base = NumberWords.digits(parts[0]);
    return parts.length > 1 ? base * NumberWords.multiplier(parts[1]) : base;
  }

  /** Joins atoms into phrases: ranges, approximation prefixes, units. */
  static List<Phrase> phrases(String text, List<Atom> atoms) {
    List<Phrase> out = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      Atom b = a;
      Matcher pre = PREFIX.matcher(text.substring(Math.max(0, a.start() - 30), a.start()));
      String preWord =
          mayEndPrefix(text, a.start()) && pre.find()
              ? (pre.group("w") != null ? pre.group("w") : "~")
              : "";
      double low = a.value();
      if (i + 1 < atoms.size()
          && a.form() != NumberStyle.Form.ORDINAL
          && joinsRange(text, a, atoms.get(i + 1), preWord)) {
        b = atoms.get(i + 1);
        i++;
        low = sharedMultiplier(text, a, b);
      }
      if (b == a && (preWord.equalsIgnoreCase("from") || preWord.equalsIgnoreCase("between"))) {
        preWord = ""; // "under fire from three sides": "from" opens no range here
      }
      int start = preWord.isEmpty() ? a.start() : Math.max(0, a.start() - 30) + pre.start();
      Unit u = unitAfter(text, b.end());
      boolean approx =
          u.plus()
              || isApprox(preWord)
              || b != a && HEDGED_RANGE_SEP.matcher(text.substring(a.end(), b.start())).matches();
      String prefix = preWord.equals("~") ? "~" : preWord;
      out.add(
          new Phrase(
              start,
              u.end(),
              a.start(),
              b.end(),
              low,
              b.value(),
              approx,
              new NumberStyle(a.form(), prefix, u.text(), b != a)));
    }
    return out;
  }

  /** A multiplier word ending a range's second figure: "five thousand", "6 million". */
  private static final Pattern MULTIPLIER_END =
      Regexes.compile("(?i)[\\s-](hundred|thousand|million|billion)$");

  /**
   * The low end of the range from {@code a} to {@code b}: {@code a}'s value times the multiplier
   * that ends {@code b} when {@code a} has none ("four to five thousand" is 4,000 to 5,000, "5-6
   * million" 5 to 6 million).
   */
  private static double sharedMultiplier(String text, Atom a, Atom b) {
    Matcher m = MULTIPLIER_END.matcher(text.substring(b.start(), b.end()));
    if (!m.find() || MULTIPLIER_END.matcher(text.substring(a.start(), a.end())).find()) {
      return a.value();
    }
    double scaled =
        a.value() * NumberWords.multiplier(m.group(1).toLowerCase(java.util.Locale.ROOT));
    return scaled <= b.value() ? scaled : a.value();
  }

  /** Whether atom {@code n} ends a range that atom {@code a} (after {@code preWord}) starts. */
  private static boolean joinsRange(String text, Atom a, Atom n, String preWord) {
    String between = text.substring(a.end(), n.start());
    boolean needsBetween = between.trim().equalsIgnoreCase("and");
    return (RANGE_SEP.matcher(between).matches() || HEDGED_RANGE_SEP.matcher(between).matches())
        && n.value() > a.value()
        && n.form() == a.form()
        && (!needsBetween
            || preWord.equalsIgnoreCase("between")
            || BETWEEN_BEFORE
                .matcher(text.substring(Math.max(0, a.start() - 30), a.start()))
                .find());
  }

  /** A unit after a number: where it ends, as written (" miles", "%"), and whether it is '+'. */
  private record Unit(int end, String text, boolean plus) {}

  /** The unit right after a number that ends at {@code from} (see {@link #UNIT}). */
  private static Unit unitAfter(String text, int from) {
    // the region ends where the text does, so '^' and the boundaries see what a substring would
    Matcher u = UNIT.matcher(text).region(from, text.length());
    if (!u.find()) {
      return new Unit(from, "", false);
    }
    String unit = u.group().startsWith(" ") ? " " + u.group().trim() : u.group().trim();
    return new Unit(u.end(), unit, u.group("plus") != null);
  }

  /**
   * Whether {@link #PREFIX} can match the text before {@code start}: it ends in white space or '~',
   * or in a line terminator before which '$' also matches.
   */
  private static boolean mayEndPrefix(String text, int start) {
    return start > 0 && Chars.oneOf(text, start - 1, " \t\n\u000B\f\r~\u0085\u2028\u2029");
  }

  private static boolean isApprox(String w) {
    String l = w.toLowerCase(java.util.Locale.ROOT);
    return !l.isEmpty()
        && !l.equals("between")
        && !l.equals("from")
        && !l.equals("exactly")
        && !l.equals("only")
        && !l.equals("the past");
  }
}
