package dev.quiz.bank.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The literal text every match of a regex alternation starts with, one prefix per alternative, read
 * from the regex itself ("Lt\\.? Gen\\." gives "Lt", "Kings?" gives "King"): a cheap test of
 * whether the alternation can match at a position. An alternative that starts with anything but a
 * literal (a class, an escape, an optional group) gives "", which admits every position. Case is
 * ignored for ASCII letters when asked, as {@link java.util.regex.Pattern#CASE_INSENSITIVE} does.
 * Immutable, thread-safe.
 */
final class Prefixes {
  private static final String METAS = "\\[.^$";
  private static final String OPTIONAL = "?*{";

  private final boolean ignoreCase;
  private final List<String> all;
  private final String[][] byAscii = new String[128][];
  private final Map<Character, String[]> byOther = new HashMap<>();
  private final boolean any;

  private Prefixes(boolean ignoreCase, List<String> prefixes) {
    this.ignoreCase = ignoreCase;
    this.all = Collections.unmodifiableList(new ArrayList<>(prefixes));
    Map<Character, List<String>> buckets = new HashMap<>();
    boolean empty = false;
    for (String p : prefixes) {
      if (p.isEmpty()) {
        empty = true;
      } else {
        buckets.computeIfAbsent(fold(p.charAt(0)), k -> new ArrayList<>()).add(p);
      }
    }
    this.any = empty;
    for (Map.Entry<Character, List<String>> e : buckets.entrySet()) {
      String[] list = e.getValue().toArray(new String[0]);
      if (e.getKey() < 128) {
        byAscii[e.getKey()] = list;
      } else {
        byOther.put(e.getKey(), list);
      }
    }
  }

  /** The prefixes of the alternatives of every regex in {@code alternations}. */
  static Prefixes of(boolean ignoreCase, String... alternations) {
    List<String> out = new ArrayList<>();
    for (String a : alternations) {
      out.addAll(leading(a));
    }
    return new Prefixes(ignoreCase, out);
  }

  /** The prefixes, in the order of the alternatives. */
  List<String> all() {
    return all;
  }

  /** Whether one of the prefixes is written in {@code text} at {@code i}. */
  boolean at(CharSequence text, int i) {
    if (any) {
      return true;
    }
    char c = fold(text.charAt(i));
    String[] list = c < 128 ? byAscii[c] : byOther.get(c);
    if (list == null) {
      return false;
    }
    for (String p : list) {
      if (startsWith(text, i, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the prefixes is written at {@code i} and no letter comes right before it: where
   * an alternation behind {@code \\b} or {@code (?<!\\p{L})} can match.
   */
  boolean atWord(CharSequence text, int i) {
    return (i == 0 || !Character.isLetter(text.charAt(i - 1))) && at(text, i);
  }

  private boolean startsWith(CharSequence text, int i, String p) {
    if (i + p.length() > text.length()) {
      return false;
    }
    for (int k = 1; k < p.length(); k++) {
      if (fold(text.charAt(i + k)) != fold(p.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private char fold(char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The literal prefix of each top-level alternative of {@code regex}. */
  static List<String> leading(String regex) {
    List<String> out = new ArrayList<>();
    int end = alternatives(regex, 0, out);
    if (end != regex.length()) {
      throw new IllegalArgumentException("unbalanced ')' at " + end + " in regex: " + regex);
    }
    return out;
  }

  /** Reads alternatives from {@code i} up to a closing ')' or the end; returns where it stopped. */
  private static int alternatives(String s, int i, List<String> out) {
    int j = i;
    while (true) {
      j = sequence(s, j, out);
      if (j >= s.length() || s.charAt(j) == ')') {
        return j;
      }
      j++; // '|'
    }
  }

  /** Reads one alternative's prefix from {@code i}; returns the index of its '|' or ')' or end. */
  private static int sequence(String s, int i, List<String> out) {
    StringBuilder lit = new StringBuilder();
    int j = i;
    while (j < s.length() && s.charAt(j) != '|' && s.charAt(j) != ')') {
      char c = s.charAt(j);
      if (c == '(' && lit.length() == 0 && s.startsWith("(?:", j)) {
        List<String> inner = new ArrayList<>();
        int close = alternatives(s, j + 3, inner);
        boolean optional = close + 1 < s.length() && OPTIONAL.indexOf(s.charAt(close + 1)) >= 0;
        out.addAll(optional ? List.of("") : inner);
        return skip(s, close + 1);
      }
      if (c == '(' || METAS.indexOf(c) >= 0) {
        break;
      }
      if (OPTIONAL.indexOf(c) >= 0) {
        lit.setLength(Math.max(0, lit.length() - 1));
        break;
      }
      if (c == '+') {
        break;
      }
      lit.append(c);
      j++;
    }
    out.add(lit.toString());
    return skip(s, j);
  }

  /** The index of the '|' or ')' that ends the alternative around {@code i}, or the end. */
  private static int skip(String s, int i) {
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
      } else if (c == ')' && depth-- == 0 || c == '|' && depth == 0) {
        return j;
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
    while (j < s.length() && s.charAt(j) != ']') {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return j;
  }
}
