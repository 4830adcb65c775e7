package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberExtractor;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.bank.text.Regexes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Wrong numbers written like the answer: up to two values of pool facts of the same shape (form,
 * range, approximation, unit), then shifted or scaled copies of the answer. Immutable.
 */
final class NumberDistractors {
  /**
   * Scalings of the answer, one list per place the answer takes among the four sorted choices
   * (smallest to largest), so that the answer is not always the one with a half and a double beside
   * it; each list goes on with the other scalings for when the first are too close.
   */
  static final double[][] FACTORS = {
    {1.5, 2, 3, 2.5, 1.25, 4, 0.5, 0.75},
    {0.5, 1.5, 2, 0.6, 2.5, 3, 0.75, 0.4},
    {0.5, 0.75, 2, 0.4, 1.5, 0.6, 3, 2.5},
    {0.5, 0.75, 0.4, 0.6, 0.25, 1.5, 2, 3}
  };

  /** Steps for values that cannot pass 100 (ages, percentages) once scaling is refused. */
  private static final int[] HUNDRED_STEPS = {15, -15, 25, -25, 35, -35};

  private static final Pattern AGE_BEFORE =
      Regexes.compile("(?i)\\b(?:ages?|aged)\\s+(?:of\\s+)?(?:between\\s+|from\\s+)?$");
  private static final Pattern AGE_AFTER = Regexes.compile("(?i)(?:[\\s-]*years?)?[\\s-]*old\\b");

  /** A death at an age: "dies at ", "died at " (then the age alone: "dies at 97"). */
  private static final Pattern DIED_AT = Regexes.compile("(?i)\\b(?:dies|died)\\s+at\\s+$");

  /** What may follow an age after "died at": the end, a stop, "in", "on", "after". */
  private static final Pattern AGE_END = Regexes.compile("\\s*(?:$|[.,;:)]|(?:in|on|after)\\b)");

  /** Shifts of a small count, per place of the answer as for {@link #FACTORS}. */
  static final int[][] SMALL_SHIFTS = {
    {1, 2, 3, 4, -1, -2},
    {-1, 1, 2, 3, -2, 4},
    {-2, -1, 1, 2, 3, 4},
    {-3, -2, -1, 1, 2, 3}
  };

  /**
   * Facts that may lend their values to each other: written alike, and with a decimal fraction only
   * to figures that have one ("13.3" per 1,000 takes no "47.0" from 47 clusters).
   */
  private record Shape(
      NumberStyle.Form form, boolean range, boolean approx, String unit, boolean decimal) {
    static Shape of(NumberFact f) {
      return new Shape(
          f.style().form(),
          f.style().range(),
          f.value().approx(),
          f.style().unit(),
          // "1.5 million" is a count of millions like "3 million"; "13.3" is a measure
          f.value().high() < 1000 && hasDecimalPoint(f.answer()));
    }
  }

  /** Whether a '.' stands between two digits in {@code s} ("5.5", not "Nov. 5"). */
  private static boolean hasDecimalPoint(String s) {
    for (int i = s.indexOf('.'); i > 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
      if (Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private final Map<Shape, List<NumberFact>> byShape = new HashMap<>();

  /** The numbers of {@code pool}, other facts ignored, in pool order. */
  NumberDistractors(List<? extends Fact> pool) {
    for (Fact f : pool) {
      if (f instanceof NumberFact n) {
        byShape.computeIfAbsent(Shape.of(n), s -> new ArrayList<>()).add(n);
      }
    }
  }

  /**
   * Offers the candidates for {@code f} to {@code full}, best first and each text once, until it
   * answers true (it wants no more).
   */
  void offer(NumberFact f, Predicate<String> full) {
    double lo = f.value().low();
    double hi = f.value().high();
    double unit = roundingUnit(lo, hi);
    double least = least(f);
    Set<String> out = new HashSet<>();
    // the whole a share's part is out of, found once; infinite for any other number
    double whole = NumberExtractor.wholeOfShare(f).orElse(Double.POSITIVE_INFINITY);
    // the part a whole holds, found once; minus infinity for any other number
    double part = NumberExtractor.partOfWhole(f).orElse(Double.NEGATIVE_INFINITY);
    // a percentage or an age never passes 100, whether copied from another fact or made
    boolean upTo100 = isPercent(f) || isAge(f);
    for (NumberFact o : byShape.getOrDefault(Shape.of(f), List.of())) {
      double ol = roundTo(o.value().low(), unit);
      double oh = Math.max(ol, roundTo(o.value().high(), unit));
      if (ol >= least
          && far(ol, oh, lo, hi)
          && ratio(oh, hi) < 4
          && (hi == lo || oh > ol)
          && (!upTo100 || oh <= 100)) {
        if (offer(f, ol, oh, whole, part, out, full)) {
          return;
        }
      }
      if (out.size() >= 2) {
        break;
      }
    }
    for (double[] v : synthetic(f, upTo100)) {
      if (far(v[0], v[1], lo, hi)
          && (hi == lo || v[1] > v[0])
          && offer(f, v[0], v[1], whole, part, out, full)) {
        return;
      }
    }
  }

  /** Offers {@code f}'s answer rewritten with low and high, unless already given; whether full. */
  private static boolean offer(
      NumberFact f,
      double low,
      double high,
      double whole,
      double part,
      Set<String> given,
      Predicate<String> full) {
    // "five in every six": a share's part stays below its whole, and the whole above its part
    if (high >= whole || low < 1 && whole < Double.POSITIVE_INFINITY || low <= part) {
      return false;
    }
    var text = NumberFormats.rewrite(f.answer(), f.style(), low, high);
    return text.isPresent() && given.add(text.get()) && full.test(text.get());
  }

  private static List<double[]> synthetic(NumberFact f, boolean upTo100) {
    double lo = f.value().low();
    double hi = f.value().high();
    int place = Distractors.place(f);
    List<double[]> out = new ArrayList<>();
    boolean small = hi <= 12 && lo == Math.rint(lo) && hi == Math.rint(hi);
    if (f.style().form() == NumberStyle.Form.FRACTION) {
      for (double v : new double[] {0.5, 1.0 / 3, 2.0 / 3, 0.25, 0.75, 1.0 / 6, 5.0 / 6, 0.2}) {
        out.add(new double[] {v, v});
      }
      return out;
    }
    if (small) {
      for (int k : SMALL_SHIFTS[place]) {
        if (lo + k >= least(f)) {
          out.add(new double[] {lo + k, hi + k});
        }
      }
      return out;
    }
    double unit = roundingUnit(lo, hi);
    for (double factor : FACTORS[place]) {
      double nl = Math.max(unit, Math.round(lo * factor / unit) * unit);
      double nh = Math.max(nl, Math.round(hi * factor / unit) * unit);
      if (!upTo100 || nh <= 100) {
        out.add(new double[] {nl, nh});
      }
    }
    if (upTo100) {
      // scaling soon passes 100: steps of a few tens go on from there
      for (int step : HUNDRED_STEPS) {
        if (lo + step >= 1 && hi + step <= 100) {
          out.add(new double[] {lo + step, hi + step});
        }
      }
    }
    return out;
  }

  /**
   * The smallest wrong value: 1 only for an answer below 2, as "one" before the answer's plural
   * noun is not English ("dropped one 1,000-lb bombs"); 3 after "all" ("All three Marines", never
   * "All two Marines").
   */
  private static double least(NumberFact f) {
    double answerLow = f.value().low();
    return answerLow < 2 ? Double.MIN_VALUE : answerLow >= 3 && afterAll(f) ? 3 : 2;
  }

  /** Whether the word before the answer is "all" ("All three Marines were …"). */
  private static boolean afterAll(NumberFact f) {
    String s = f.evidence().sentence();
    int at = f.evidence().localAnswer().start();
    return at >= 4
        && s.charAt(at - 1) == ' '
        && s.regionMatches(true, at - 4, "all", 0, 3)
        && (at == 4 || !Character.isLetter(s.charAt(at - 5)));
  }

  private static boolean isPercent(NumberFact f) {
    return f.style().unit().contains("%") || f.style().unit().contains("cent");
  }

  /** "between the ages of 35 and 45", "aged 19", "20 years old", "dies at 97": no one is 120. */
  private static boolean isAge(NumberFact f) {
    String s = f.evidence().sentence();
    int at = f.evidence().localAnswer().start();
    int end = f.evidence().localAnswer().end();
    String before = s.substring(Math.max(0, at - 30), at);
    String after = s.substring(end, Math.min(s.length(), end + 12));
    return hasAge(before) && AGE_BEFORE.matcher(before).find()
        || AGE_AFTER.matcher(after).lookingAt()
        || before.endsWith(" at ")
            && DIED_AT.matcher(before).find()
            && AGE_END.matcher(after).lookingAt()
        || (before.endsWith("He was ") || before.endsWith("She was "))
            && (after.startsWith(".") || after.startsWith(","))
            && startsSentence(before, before.length() - (before.endsWith("She was ") ? 8 : 7));
  }

  /** Whether {@code i} starts {@code text} or follows a sentence's end ("… Ohio. He was 97."). */
  private static boolean startsSentence(String text, int i) {
    return i == 0 || i >= 2 && text.charAt(i - 1) == ' ' && ".!?".indexOf(text.charAt(i - 2)) >= 0;
  }

  /** Whether {@code text} has "age" in any ASCII case, as every match of {@link #AGE_BEFORE}. */
  private static boolean hasAge(String text) {
    for (int i = 0; i + 3 <= text.length(); i++) {
      if ((text.charAt(i) | 0x20) == 'a'
          && (text.charAt(i + 1) | 0x20) == 'g'
          && (text.charAt(i + 2) | 0x20) == 'e') {
        return true;
      }
    }
    return false;
  }

  /** {@code v} rounded to a multiple of {@code unit}, so a distractor is as round as the answer. */
  static double roundTo(double v, double unit) {
    return unit >= 1 ? Math.round(v / unit) * unit : v;
  }

  /** The power of ten the answer is rounded to: 4,000 → 1000; 417,121 → 1; 12.5 → 0.1. */
  static double roundingUnit(double lo, double hi) {
    double unit = 1;
    while (unit < 1e9 && lo % (unit * 10) == 0 && hi % (unit * 10) == 0 && lo >= unit * 10) {
      unit *= 10;
    }
    if (lo != Math.rint(lo) || hi != Math.rint(hi)) {
      return 0.1;
    }
    return unit;
  }

  /** Not overlapping and at least 15% apart, so no choice is nearly right. */
  static boolean far(double l2, double h2, double lo, double hi) {
    boolean overlap = l2 <= hi && lo <= h2;
    double gap = Math.max(l2 - hi, lo - h2);
    return !overlap && (hi <= 12 || gap >= 0.15 * Math.max(hi, h2));
  }

  static double ratio(double a, double b) {
    double x = Math.max(Math.abs(a), 1e-9) / Math.max(Math.abs(b), 1e-9);
    return x >= 1 ? x : 1 / x;
  }
}
