package dev.quiz.bank.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a regex can start a match: the literal text each of its alternatives begins with, read from
 * the regex itself ({@code Lt\.? Gen\.} gives "Lt", {@code Kings?} gives "King", {@code (?:the
 * )?night} gives "the " and "night", {@code \d+} gives any digit), so a big alternation is tried
 * only where one of its words is written (see {@link SkipMatcher}). What a match starts with and
 * cannot be read that way (a character class, {@code \w}, a group made optional by '*') admits
 * every position. Case is ignored for ASCII letters when the regex ignores it ({@link
 * Pattern#CASE_INSENSITIVE} without {@link Pattern#UNICODE_CASE}). Immutable, thread-safe.
 */
final class Prefixes {
  private final boolean ignoreCase;
  private final List<String> literals;
  private final boolean digit;
  private final boolean any;
  private final Node root = new Node();

  /** The children of the root for ASCII characters, the most looked up. */
  private final Node[] rootAscii = new Node[128];

  /**
   * A trie node: the characters that can follow, and whether a prefix ends here. ASCII children sit
   * in an array indexed from the smallest ASCII key; others are searched in a short list.
   */
  private static final class Node {
    private static final Node[] NONE = new Node[0];
    private char lo;
    private Node[] ascii = NONE;
    private char[] keys = new char[0];
    private Node[] next = NONE;
    private boolean end;

    Node child(char c) {
      if (c < 128) {
        int k = c - lo;
        return k >= 0 && k < ascii.length ? ascii[k] : null;
      }
      for (int k = 0; k < keys.length; k++) {
        if (keys[k] == c) {
          return next[k];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n != null) {
        return n;
      }
      n = new Node();
      if (c < 128) {
        addAscii(c, n);
      } else {
        keys = Arrays.copyOf(keys, keys.length + 1);
        next = Arrays.copyOf(next, next.length + 1);
        keys[keys.length - 1] = c;
        next[next.length - 1] = n;
      }
      return n;
    }

    /** Puts {@code n} at {@code c} (ASCII), widening the array's range to take it. */
    private void addAscii(char c, Node n) {
      if (ascii.length == 0) {
        lo = c;
        ascii = new Node[] {n};
        return;
      }
      char newLo = (char) Math.min(lo, c);
      int newLength = Math.max(lo + ascii.length, c + 1) - newLo;
      Node[] wider = new Node[newLength];
      System.arraycopy(ascii, 0, wider, lo - newLo, ascii.length);
      wider[c - newLo] = n;
      lo = newLo;
      ascii = wider;
    }
  }

  private Prefixes(boolean ignoreCase, RegexStarts starts) {
    this.ignoreCase = ignoreCase;
    this.literals = Collections.unmodifiableList(new ArrayList<>(starts.literals));
    this.digit = starts.digit;
    this.any = starts.any || starts.literals.contains("");
    for (String p : literals) {
      Node n = root;
      for (int k = 0; k < p.length(); k++) {
        n = n.add(fold(p.charAt(k)));
      }
      n.end = true;
    }
    for (char c = 0; c < rootAscii.length; c++) {
      rootAscii[c] = root.child(c);
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
   * Where any of {@code patterns} can start, ASCII case ignored: a superset of where each can
   * start.
   */
  static Prefixes ofAny(List<Pattern> patterns) {
    RegexStarts all = new RegexStarts();
    for (Pattern p : patterns) {
      String regex = p.pattern();
      if ((p.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
        all.add(RegexStarts.anywhere());
      } else {
        all.add(RegexStarts.of(regex.startsWith("(?i)") ? regex.substring(4) : regex));
      }
    }
    return new Prefixes(true, all);
  }

  /** The positions in {@code text} where a match can start, ascending. */
  int[] positions(String text) {
    return positions(text, false);
  }

  /** The positions in {@code text} where {@link #atWord} holds, ascending. */
  int[] wordPositions(String text) {
    return positions(text, true);
  }

  private int[] positions(String text, boolean words) {
    int[] out = new int[8];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (words ? atWord(text, i) : at(text, i)) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Those of the {@code candidates} (ascending) where a match can start: all of them where {@link
   * #at} holds when they include every position whose character is an ASCII letter and every prefix
   * starts with one (see {@link #ledByLetters}).
   */
  int[] among(CharSequence text, int[] candidates) {
    int[] out = new int[candidates.length];
    int n = 0;
    for (int i : candidates) {
      if (at(text, i)) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Whether every match starts with an ASCII letter: each prefix does, none is a digit or any. */
  boolean ledByLetters() {
    if (any || digit) {
      return false;
    }
    for (String p : literals) {
      char c = p.charAt(0);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
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

  /** Whether a match may start anywhere: an alternative whose starts could not be read. */
  boolean anywhere() {
    return any;
  }

  /** Whether an alternative starts with a digit ({@code \d}). */
  boolean digit() {
    return digit;
  }

  /** Whether a match can start at {@code i} in {@code text}: a prefix (or a digit) is there. */
  boolean at(CharSequence text, int i) {
    if (any || digit && SkipMatcher.isDigit(text.charAt(i))) {
      return true;
    }
    char c = fold(text.charAt(i));
    Node n = c < rootAscii.length ? rootAscii[c] : root.child(c);
    for (int k = i + 1; n != null && !n.end; k++) {
      n = k < text.length() ? n.child(fold(text.charAt(k))) : null;
    }
    return n != null;
  }

  /**
   * Whether a match can start at {@code i} and no letter comes right before it: where an
   * alternation of words behind {@code \b} or {@code (?<![\p{L}])} can match.
   */
  boolean atWord(CharSequence text, int i) {
    return (i == 0 || !Character.isLetter(text.charAt(i - 1))) && at(text, i);
  }

  private char fold(char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
