package dev.quiz.core.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number or a range from typed text: digits with thousands separators ({@code "2,000"},
 * {@code "2 000"}, {@code "2.000.000"}), decimals, suffixes ({@code "2k"}, {@code "1.5m"}), words
 * ({@code "two thousand five hundred"}, {@code "1.5 million"}, {@code "a dozen"}) and ranges
 * ({@code "400-600"}, {@code "400 to 600"}, {@code "between 400 and 600"}, {@code "2 to 3
 * million"}). Words around the number ({@code "about"}, {@code "soldiers"}) are ignored. Stateless.
 */
final class Numbers {
  /** A number read from text; {@code low == high} for one value. */
  record Range(double low, double high) {
    boolean single() {
      return low == high;
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile(
          "(\\d{1,3}(?:[,'\u00a0\u202f ]\\d{3})+(?:\\.\\d+)?"
              + "|\\d{1,3}(?:\\.\\d{3}){2,}"
              + "|\\d+,\\d{1,2}(?!\\d)"
              + "|\\d+(?:\\.\\d+)?)(?:(k|m|bn|b)(?![a-z]))?"
              + "|[a-z]+|[-\u2013\u2014~]");
  private static final Map<String, Integer> SMALL = new HashMap<>();
  private static final Map<String, Double> SCALES = new HashMap<>();

  static {
    String[] units = {
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
    for (int i = 0; i < units.length; i++) {
      SMALL.put(units[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      SMALL.put(tens[i], 20 + 10 * i);
    }
    SCALES.put("hundred", 100.0);
    SCALES.put("thousand", 1e3);
    SCALES.put("million", 1e6);
    SCALES.put("billion", 1e9);
    SCALES.put("dozen", 12.0);
  }

  private Numbers() {}

  /** The number or range {@code typed} states, or empty when it states none. */
  static Optional<Range> parse(String typed) {
    // "twenty-five" is one number, "400-600" a range
    String text = typed.toLowerCase(Locale.ROOT).replaceAll("([a-z])-(?=[a-z])", "$1 ");
    List<Tok> toks = tokens(text);
    List<Quantity> qs = quantities(toks);
    if (qs.isEmpty()) {
      return Optional.empty();
    }
    Quantity first = qs.get(0);
    if (qs.size() >= 2 && qs.get(1).connected) {
      Quantity second = qs.get(1);
      double a = first.value;
      if (first.scale == 1 && second.scale > 1 && a * second.scale <= second.value) {
        a *= second.scale; // "2 to 3 million"
      }
      return Optional.of(new Range(Math.min(a, second.value), Math.max(a, second.value)));
    }
    return Optional.of(new Range(first.value, first.value));
  }

  /** {@code 2500} as {@code "2,500"}, {@code 1.5} as {@code "1.5"}. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  /** {@code "2,000"} for one value, {@code "2,000-3,000"} for a range. */
  static String format(Range r) {
    return r.single() ? format(r.low) : format(r.low) + "-" + format(r.high);
  }

  private record Tok(String word, double number, double suffix) {
    boolean isNumber() {
      return word.isEmpty();
    }
  }

  private static final class Quantity {
    double total;
    double current;
    double value;
    double scale = 1;
    boolean connected;
    String last = "";
  }

  private static List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      if (m.group(1) != null) {
        out.add(new Tok("", digits(m.group(1)), suffix(m.group(2))));
      } else {
        String w = m.group();
        out.add(new Tok(w.equals("\u2013") || w.equals("\u2014") ? "-" : w, 0, 1));
      }
    }
    return out;
  }

  private static double digits(String d) {
    String t = d.replaceAll("[,'\u00a0\u202f ](?=\\d{3})", "");
    if (t.matches("\\d{1,3}(\\.\\d{3}){2,}")) {
      t = t.replace(".", "");
    } else if (t.matches("\\d+,\\d{1,2}")) {
      t = t.replace(',', '.');
    }
    return Double.parseDouble(t);
  }

  private static double suffix(String s) {
    if (s == null) {
      return 1;
    }
    switch (s) {
      case "k":
        return 1e3;
      case "m":
        return 1e6;
      default:
        return 1e9;
    }
  }

  private static List<Quantity> quantities(List<Tok> toks) {
    List<Quantity> out = new ArrayList<>();
    Quantity q = null;
    boolean connector = false;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      String kind = kindOf(t, i + 1 < toks.size() ? toks.get(i + 1) : null);
      if (kind.equals("other")) {
        connector = isConnector(t.word) && q != null;
        q = finish(q, out);
        continue;
      }
      if (kind.equals("skip")) {
        continue;
      }
      if (q == null || !continues(q.last, kind)) {
        q = finish(q, out);
        q = new Quantity();
        q.connected = connector && !out.isEmpty();
        connector = false;
      }
      add(q, t, kind);
    }
    finish(q, out);
    return out;
  }

  /** number, unit (0..19), tens, scale, a (before a scale), skip ("and" inside words), other. */
  private static String kindOf(Tok t, Tok next) {
    if (t.isNumber()) {
      return "number";
    }
    if (SCALES.containsKey(t.word)) {
      return "scale";
    }
    Integer small = SMALL.get(t.word);
    if (small != null) {
      return small < 20 ? "unit" : "tens";
    }
    boolean nextIsWordNumber =
        next != null && (SMALL.containsKey(next.word) || SCALES.containsKey(next.word));
    if ((t.word.equals("a") || t.word.equals("an"))
        && next != null
        && SCALES.containsKey(next.word)) {
      return "unit";
    }
    if (t.word.equals("and") && nextIsWordNumber) {
      return "skip";
    }
    return "other";
  }

  private static boolean continues(String last, String kind) {
    switch (kind) {
      case "scale":
        return !last.isEmpty();
      case "unit":
        return last.equals("tens") || last.equals("scale");
      case "tens":
        return last.equals("scale");
      default:
        return false; // a number in digits always starts a new quantity
    }
  }

  private static void add(Quantity q, Tok t, String kind) {
    switch (kind) {
      case "number":
        q.current += t.number * t.suffix;
        q.scale = t.suffix;
        break;
      case "scale":
        double s = SCALES.get(t.word);
        if (s == 100) {
          q.current = (q.current == 0 ? 1 : q.current) * s;
        } else {
          q.total += (q.current == 0 ? 1 : q.current) * s;
          q.current = 0;
        }
        q.scale = s;
        break;
      default:
        Integer v = SMALL.get(t.word);
        q.current += v == null ? 1 : v; // "a" / "an" before a scale
    }
    q.last = kind;
    q.value = q.total + q.current;
  }

  private static Quantity finish(Quantity q, List<Quantity> out) {
    if (q != null) {
      out.add(q);
    }
    return null;
  }

  private static boolean isConnector(String w) {
    return w.equals("-") || w.equals("to") || w.equals("and") || w.equals("or");
  }
}
