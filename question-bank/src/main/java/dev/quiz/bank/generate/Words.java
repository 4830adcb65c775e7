package dev.quiz.bank.generate;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Shown;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Word-level comparison as the question contract checks it: accents folded (NFKD, combining marks
 * dropped), lower case, runs of the letters a-z and digits 0-9. Text is scanned by hand, one code
 * point at a time: NFKD decomposes each code point on its own and only reorders marks, which are
 * dropped, so folding code point by code point gives the words of folding the whole text.
 * Thread-safe.
 */
final class Words {
  private static final Pattern MARK = Regexes.compile("\\p{M}");

  /**
   * Code points below this (Latin, Greek, Cyrillic, punctuation, symbols) are folded once into
   * {@link #FOLDED_LOW}, the others into {@link #FOLDED}.
   */
  private static final int LOW = 0x3000;

  /**
   * Each code point below {@link #LOW} met so far, folded and lower-cased ("é" → "e", "…" → "...");
   * null until met. Threads may fold the same code point twice, harmlessly.
   */
  private static final String[] FOLDED_LOW = new String[LOW];

  /** As {@link #FOLDED_LOW}, for the code points from {@link #LOW} on. */
  private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

  /** 1 for the ASCII characters of words (letters of either case, digits), else 0. */
  private static final int[] ASCII_WORD = new int[0x80];

  /** For each ASCII character of words, itself lower-cased; 0 for the others. */
  private static final byte[] ASCII_FOLDED = new byte[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = isWordChar(lower(c)) ? 1 : 0;
      ASCII_FOLDED[c] = isWordChar(lower(c)) ? (byte) lower(c) : 0;
    }
  }

  private Words() {}

  /** The words of {@code text}, folded and lower-cased, in order. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    new Scan(text.length(), out, Integer.MAX_VALUE).all(text);
    return out;
  }

  /** The first of the {@link #of words} of {@code text}, or "" when it has none. */
  static String first(String text) {
    List<String> out = new ArrayList<>(1);
    new Scan(text.length(), out, 1).all(text);
    return out.isEmpty() ? "" : out.get(0);
  }

  /** The words of {@code text} joined by single spaces; "" when it has none. */
  static String norm(String text) {
    int length = text.length();
    Norm n = new Norm(length);
    for (int i = n.addAscii(text, 0); i < length; i = n.addAscii(text, i + 1)) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp) - 1;
      n.addFolded(fold(cp), length - i);
    }
    return new String(n.buf, 0, n.len, StandardCharsets.ISO_8859_1);
  }

  /**
   * The bytes of a {@link #norm}: the words are ASCII, so they become a Latin-1 string without a
   * compressing copy. The buffer holds, after {@code len}, a byte for each character left to read
   * and one more: an ASCII character adds itself and, at a word's start, a space that a character
   * before it (not a word's, so adding nothing) has paid for, or the last fold (the one more).
   */
  private static final class Norm {
    private byte[] buf;
    private int len;
    private boolean inWord;

    Norm(int chars) {
      this.buf = new byte[chars + 1];
    }

    /** Adds one folded character: a word's ({@code [a-z0-9]}), or 0 for any other. */
    void add(byte w) {
      if (w != 0) {
        if (!inWord && len > 0) {
          buf[len++] = ' ';
        }
        buf[len++] = w;
      }
      inWord = w != 0;
    }

    /**
     * Adds the characters of {@code text} from {@code from} up to the first that is not ASCII, as
     * {@link #add} of each one's {@link #ASCII_FOLDED} (in a loop over locals, the most run one);
     * returns the index of that character, or the text's length.
     */
    int addAscii(String text, int from) {
      byte[] b = buf;
      int n = len;
      boolean in = inWord;
      int i = from;
      for (char c; i < text.length() && (c = text.charAt(i)) < 0x80; i++) {
        byte w = ASCII_FOLDED[c];
        if (w != 0) {
          if (!in && n > 0) {
            b[n++] = ' ';
          }
          b[n++] = w;
        }
        in = w != 0;
      }
      len = n;
      inWord = in;
      return i;
    }

    /** Adds a non-ASCII code point's fold, with {@code rest} characters left after it. */
    void addFolded(String f, int rest) {
      int need = len + 2 * f.length() + rest;
      if (need > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(need, 2 * buf.length));
      }
      for (int k = 0; k < f.length(); k++) {
        char x = f.charAt(k);
        add(isWordChar(x) ? (byte) x : 0);
      }
    }
  }

  /** How many words {@code text} has, as {@code of(text).size()} without building them. */
  static int count(String text) {
    int n = 0;
    int inWord = 0; // 1 inside a word: counting without branches on the characters
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        int w = ASCII_WORD[c];
        n += w & ~inWord;
        inWord = w;
      } else {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp) - 1;
        String f = fold(cp);
        for (int k = 0; k < f.length(); k++) {
          int w = isWordChar(f.charAt(k)) ? 1 : 0;
          n += w & ~inWord;
          inWord = w;
        }
      }
    }
    return n;
  }

  /** How many words a {@link #norm normalised} text has: as {@code count} of the original. */
  static int countIn(String norm) {
    if (norm.isEmpty()) {
      return 0;
    }
    // one space between words: a plain loop beats a search call per word
    int n = 1;
    for (int i = 0; i < norm.length(); i++) {
      n += norm.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /** The first word of a {@link #norm normalised} text: as {@link #first} of the original. */
  static String firstIn(String norm) {
    int space = norm.indexOf(' ');
    return space < 0 ? norm : norm.substring(0, space);
  }

  /**
   * One pass over a text: its folded word characters go to {@code buf}, spaced when {@code out} is
   * null, else each word is also added to {@code out} until it has {@code max}.
   */
  private static final class Scan {
    private final List<String> out;
    private final int max;
    private char[] buf;
    private int len;
    private int wordStart = -1;

    Scan(int capacity, List<String> out, int max) {
      this.buf = new char[Math.max(capacity, 16)];
      this.out = out;
      this.max = max;
    }

    void all(String text) {
      for (int i = 0; i < text.length() && (out == null || out.size() < max); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          add(lower(c));
        } else {
          int cp = text.codePointAt(i);
          i += Character.charCount(cp) - 1;
          String f = fold(cp);
          for (int k = 0; k < f.length(); k++) {
            add(f.charAt(k));
          }
        }
      }
      add(' ');
    }

    private void add(char c) {
      if (isWordChar(c)) {
        if (len + 2 > buf.length) {
          buf = Arrays.copyOf(buf, 2 * buf.length);
        }
        if (wordStart < 0) {
          if (out == null && len > 0) {
            buf[len++] = ' ';
          }
          wordStart = len;
        }
        buf[len++] = c;
      } else if (wordStart >= 0) {
        if (out != null && out.size() < max) {
          out.add(new String(buf, wordStart, len - wordStart));
        }
        wordStart = -1;
      }
    }
  }

  /** A non-ASCII code point decomposed (NFKD), without combining marks, lower-cased. */
  private static String fold(int cp) {
    if (cp >= LOW) {
      return FOLDED.computeIfAbsent(cp, Words::decompose);
    }
    String f = FOLDED_LOW[cp];
    if (f == null) {
      f = decompose(cp);
      FOLDED_LOW[cp] = f; // a String is safe to publish through a race
    }
    return f;
  }

  private static String decompose(int cp) {
    return MARK.matcher(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** [a-z0-9]: the characters of a word once folded and lower-cased. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** Whether the prompt shows the answer: its words appear in a row in the prompt's words. */
  static boolean shows(String prompt, String answer) {
    return showsNorm(norm(prompt), norm(answer));
  }

  /**
   * {@link #shows} for a prompt and answer already {@link #norm normalised}: whether {@code answer}
   * is non-empty and a run of whole words of {@code prompt}.
   */
  static boolean showsNorm(String prompt, String answer) {
    if (answer.isEmpty()) {
      return false;
    }
    int len = answer.length();
    for (int i = prompt.indexOf(answer); i >= 0; i = prompt.indexOf(answer, i + 1)) {
      boolean startsWord = i == 0 || prompt.charAt(i - 1) == ' ';
      boolean endsWord = i + len == prompt.length() || prompt.charAt(i + len) == ' ';
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a {@link #norm normalised} value from its first word with a digit ("some 17 000" →
   * "17 000"): the figure a reader compares, whatever word of approximation comes before it; the
   * whole value when it has no digit.
   */
  static String figures(String norm) {
    for (int i = 0; i < norm.length(); i++) {
      if (Character.isDigit(norm.charAt(i))) {
        int start = norm.lastIndexOf(' ', i) + 1;
        return norm.substring(start);
      }
    }
    return norm;
  }

  /**
   * Collapses whitespace (line breaks of wrapped text) to single spaces, trimmed, and joins words
   * hyphenated at a line end: {@link Shown#text}.
   */
  static String oneLine(String text) {
    return Shown.text(text);
  }
}
