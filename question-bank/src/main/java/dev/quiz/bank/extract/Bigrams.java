package dev.quiz.bank.extract;

/**
 * A filter of the pairs of adjacent characters in a text (1,024 bits): a text can contain another
 * only when it has each of the other's pairs, so a form whose pairs are not all in a unit's filter
 * is not searched for there. Stateless.
 */
final class Bigrams {
  private static final int BITS = 1024;

  private Bigrams() {}

  /** The bits of the pairs of adjacent characters of {@code text}. */
  static long[] of(String text) {
    long[] bits = new long[BITS / 64];
    for (int i = 1; i < text.length(); i++) {
      int b = bit(text.charAt(i - 1), text.charAt(i));
      bits[b >>> 6] |= 1L << b;
    }
    return bits;
  }

  /** The bit of each pair of adjacent characters of {@code form}. */
  static int[] pairs(String form) {
    int[] out = new int[Math.max(0, form.length() - 1)];
    for (int i = 1; i < form.length(); i++) {
      out[i - 1] = bit(form.charAt(i - 1), form.charAt(i));
    }
    return out;
  }

  /** Whether every one of the {@code pairs} of a form is among the {@code bits} of a text. */
  static boolean mayContain(long[] bits, int[] pairs) {
    for (int b : pairs) {
      if ((bits[b >>> 6] & 1L << b) == 0) {
        return false;
      }
    }
    return true;
  }

  private static int bit(char a, char b) {
    return (a * 31 + b) & (BITS - 1);
  }
}
