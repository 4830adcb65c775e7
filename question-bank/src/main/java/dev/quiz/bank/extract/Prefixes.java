package dev.quiz.bank.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a regex can start a match: the literal text each of its alternatives begins with, read from
 * the regex itself ("Lt\\.? Gen\\." gives "Lt", "Kings?" gives "King", "(?:the )?night" gives "the
 * " and "night", "\\d+" gives any digit), so a big alternation is tried only where one of its words
 * is written (see {@link SkipMatcher}). What a match starts with and cannot be read that way (a
 * character class, {@code \w}, a group made optional by '*') admits every position. Case is ignored
 * for ASCII letters when the regex ignores it ({@link Pattern#CASE_INSENSITIVE} without {@link
 * Pattern#UNICODE_CASE}). Immutable, thread-safe.
 */
final class Prefixes {
  private final boolean ignoreCase;
  private final List<String> literals;
  private final boolean digit;
  private final boolean any;
  private final String[][] byAscii = new String[128][];
  private final Map<Character, String[]> byOther = new HashMap<>();

  private Prefixes(boolean ignoreCase, RegexStarts starts) {
    this.ignoreCase = ignoreCase;
    this.literals = Collections.unmodifiableList(new ArrayList<>(starts.literals));
    this.digit = starts.digit;
    this.any = starts.any || starts.literals.contains("");
    Map<Character, List<String>> buckets = new HashMap<>();
    for (String p : literals) {
      if (!p.isEmpty()) {
        buckets.computeIfAbsent(fold(p.charAt(0)), k -> new ArrayList<>()).add(p);
      }
    }
    for (Map.Entry<Character, List<String>> e : buckets.entrySet()) {
      String[] list = e.getValue().toArray(new String[0]);
      if (e.getKey() < 128) {
        byAscii[e.getKey()] = list;
      } else {
        byOther.put(e.getKey(), list);
      }
    }
  }

  /**
   * Where {@code pattern} can start, case ignored as the pattern ignores it (by flag or by a
   * leading "(?i)"); anywhere for a pattern with other flags.
   */
  static Prefixes of(Pattern pattern) {
    if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
      return new Prefixes(false, RegexStarts.anywhere());
    }
    String regex = pattern.pattern();
    if (regex.startsWith("(?i)")) {
      return of(true, regex.substring("(?i)".length()));
    }
    return of((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0, regex);
  }

  /**
   * Where any of the {@code regexes} can start.
   *
   * @throws IllegalArgumentException when a regex has an unbalanced ')'
   */
  static Prefixes of(boolean ignoreCase, String... regexes) {
    RegexStarts all = new RegexStarts();
    for (String r : regexes) {
      all.add(RegexStarts.of(r));
    }
    return new Prefixes(ignoreCase, all);
  }

  /**
   * The literal prefixes, in the order of the alternatives ("" for one that can start anywhere).
   */
  List<String> literals() {
    return literals;
  }

  /** Whether an alternative starts with a digit ({@code \d}). */
  boolean digit() {
    return digit;
  }

  /** Whether a match can start at {@code i} in {@code text}: a prefix (or a digit) is there. */
  boolean at(CharSequence text, int i) {
    if (any) {
      return true;
    }
    char c = fold(text.charAt(i));
    if (digit && c >= '0' && c <= '9') {
      return true;
    }
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
   * Whether a match can start at {@code i} and no letter comes right before it: where an
   * alternation of words behind {@code \b} or {@code (?<![\p{L}])} can match.
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
}
