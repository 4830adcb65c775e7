package dev.quiz.bank.generate;

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
  private static final Pattern MARK = Pattern.compile("\\p{M}");

  /** Each non-ASCII code point met so far, folded and lower-cased ("é" → "e", "…" → "..."). */
  private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

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
    Scan s = new Scan(text.length(), null, Integer.MAX_VALUE);
    s.all(text);
    return new String(s.buf, 0, s.len);
  }

  /** How many words {@code text} has, as {@code of(text).size()} without building them. */
  static int count(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        boolean w = isWordChar(lower(c));
        n += w && !inWord ? 1 : 0;
        inWord = w;
      } else {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp) - 1;
        String f = fold(cp);
        for (int k = 0; k < f.length(); k++) {
          boolean w = isWordChar(f.charAt(k));
          n += w && !inWord ? 1 : 0;
          inWord = w;
        }
      }
    }
    return n;
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
    return FOLDED.computeIfAbsent(
        cp,
        c ->
            MARK.matcher(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT));
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

  /** Collapses whitespace (line breaks of wrapped text) to single spaces, trimmed. */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        sb.append(c);
      } else if (!space) {
        sb.append(' ');
      }
      space = isSpace(c);
    }
    return sb.toString().trim();
  }

  /** Whitespace as the regex {@code \s} sees it: [ \t\n\x0B\f\r]. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
