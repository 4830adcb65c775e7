package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the matches of a regex can start with: per alternative, the literal text it begins
 * with, or a digit, or anything. Zero-width starts (lookarounds, {@code \b} and {@link
 * Regexes#BOUNDARY}, {@code ^}) are skipped, groups are entered, an optional group adds what
 * follows it. Mutable while read; used only by {@link Prefixes}.
 */
final class RegexStarts {
  private static final String QUANTIFIERS = "?*{+";

  final List<String> literals = new ArrayList<>();
  boolean digit;
  boolean any;

  /**
   * What the matches of {@code regex} can start with.
   *
   * @throws IllegalArgumentException when the regex has an unbalanced ')'
   */
  static RegexStarts of(String regex) {
    RegexStarts out = new RegexStarts();
    int end = out.alternatives(regex, 0);
    if (end != regex.length()) {
      throw new IllegalArgumentException("unbalanced ')' at " + end + " in regex: " + regex);
    }
    return out;
  }

  /** Starts that admit every position. */
  static RegexStarts anywhere() {
    RegexStarts a = new RegexStarts();
    a.any = true;
    return a;
  }

  void add(RegexStarts other) {
    literals.addAll(other.literals);
    digit |= other.digit;
    any |= other.any;
  }

  /** Reads alternatives from {@code i} to a closing ')' or the end; returns where it stopped. */
  private int alternatives(String s, int i) {
    int j = i;
    while (true) {
      j = sequence(s, j);
      j = alternativeEnd(s, j);
      if (j >= s.length() || s.charAt(j) == ')') {
        return j;
      }
      j++; // '|'
    }
  }

  /**
   * Reads the start of the sequence at {@code i}; returns where reading stopped (within the
   * alternative).
   */
  private int sequence(String s, int i) {
    int j = skipZeroWidth(s, i);
    if (j >= s.length() || s.charAt(j) == '|' || s.charAt(j) == ')') {
      any = true;
      return j;
    }
    if (s.charAt(j) == '(') {
      int close = groupEnd(s, j);
      int inner = groupBody(s, j);
      if (inner < 0) {
        any = true;
        return close + 1;
      }
      alternatives(s, inner);
      return optional(s, close + 1) ? sequence(s, quantifierEnd(s, close + 1)) : close + 1;
    }
    if (s.startsWith("\\d", j)) {
      digit = true;
      return optional(s, j + 2) ? sequence(s, quantifierEnd(s, j + 2)) : j + 2;
    }
    return literal(s, j);
  }

  /** Reads a literal prefix at {@code i}; returns where it stopped. */
  private int literal(String s, int i) {
    StringBuilder lit = new StringBuilder();
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      int next = j + 1;
      char ch = c;
      if (c == '\\' && j + 1 < s.length() && !Character.isLetterOrDigit(s.charAt(j + 1))) {
        ch = s.charAt(j + 1);
        next = j + 2;
      } else if ("\\[().^$|".indexOf(c) >= 0 || QUANTIFIERS.indexOf(c) >= 0) {
        break;
      }
      if (optional(s, next)) {
        break;
      }
      lit.append(ch);
      j = next;
    }
    if (lit.length() == 0) {
      any = true;
    } else {
      literals.add(lit.toString());
    }
    return j;
  }

  /** Skips lookarounds, {@code \b}, {@code \B} and '^' at {@code i}. */
  private static int skipZeroWidth(String s, int i) {
    int j = i;
    while (j < s.length()) {
      if (s.startsWith("(?=", j)
          || s.startsWith("(?!", j)
          || s.startsWith("(?<=", j)
          || s.startsWith("(?<!", j)) {
        j = groupEnd(s, j) + 1;
      } else if (s.startsWith(Regexes.BOUNDARY, j)) {
        j += Regexes.BOUNDARY.length();
      } else if (s.startsWith("\\b", j) || s.startsWith("\\B", j)) {
        j += 2;
      } else if (s.charAt(j) == '^') {
        j++;
      } else {
        return j;
      }
    }
    return j;
  }

  /** Where the body of the group at {@code i} starts; -1 for a kind of group not entered. */
  private static int groupBody(String s, int i) {
    if (s.startsWith("(?:", i)) {
      return i + 3;
    }
    if (s.startsWith("(?<", i) && Character.isLetter(s.charAt(i + 3))) {
      return s.indexOf('>', i) + 1;
    }
    if (i + 1 < s.length() && s.charAt(i + 1) != '?') {
      return i + 1;
    }
    return -1;
  }

  /** Whether a quantifier at {@code i} lets what comes before it match zero times. */
  private static boolean optional(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '?' || c == '*' || c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '0';
  }

  private static int quantifierEnd(String s, int i) {
    int j = s.charAt(i) == '{' ? s.indexOf('}', i) + 1 : i + 1;
    return j < s.length() && (s.charAt(j) == '?' || s.charAt(j) == '+') ? j + 1 : j;
  }

  /** The index of the ')' that closes the group opened at {@code i}. */
  static int groupEnd(String s, int i) {
    int depth = 0;
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == '[') {
        j = classEnd(s, j);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j;
      }
      j++;
    }
    throw new IllegalArgumentException("unclosed '(' at " + i + " in regex: " + s);
  }

  /** The index of the '|' or ')' that ends the alternative around {@code i}, or the end. */
  private static int alternativeEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '|' || c == ')') {
        return j;
      }
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == '[') {
        j = classEnd(s, j);
      } else if (c == '(') {
        j = groupEnd(s, j);
      }
      j++;
    }
    return s.length();
  }

  private static int classEnd(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '^') {
      j++;
    }
    if (j < s.length() && s.charAt(j) == ']') {
      j++;
    }
    int depth = 0;
    while (j < s.length() && (s.charAt(j) != ']' || depth > 0)) {
      if (s.charAt(j) == '[') {
        depth++;
      } else if (s.charAt(j) == ']') {
        depth--;
      }
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return j;
  }
}
