package dev.quiz.bank.text;

/**
 * Words of hard-wrapped text hyphenated at a line end ("General Mau-\nnoury has", "forty
 * thou-\nsand") put together again for the readers of a document's text, keeping its length and its
 * lines: the hyphen and the line break move behind the word's second part, the hyphen as a vertical
 * tab ("General Maunoury", a vertical tab, "\nhas": {@link #LINE_GOES_ON}). Offsets stay those of
 * the file outside such words, and a unit that holds one still quotes the file's text; the word
 * itself reads whole, so the extractors see "Maunoury", not "Mau-" and "noury". A line end is
 * joined as {@link Shown} joins it for the learner: a letter before the hyphen, one line break
 * after it, then a small letter. Stateless.
 */
final class LineEndHyphens {
  /**
   * What stands in the hyphen's place, first after the joined word: a vertical tab, white space to
   * every reader (regex {@code \s}, {@link Character#isWhitespace}) that no real text puts at a
   * line end (a table's empty last cell leaves a tab there), by which {@link Layout} knows the line
   * was one of a wrapped paragraph.
   */
  static final char LINE_GOES_ON = '\013';

  private LineEndHyphens() {}

  /** {@code text} with its line-end hyphenated words joined: see the class comment. */
  static String join(String text) {
    if (text.indexOf("-\n") < 0 && text.indexOf("- \n") < 0) {
      return text;
    }
    char[] c = text.toCharArray();
    int n = c.length;
    for (int i = 1; i < n; i++) {
      if (c[i] != '-' || !Character.isLetter(c[i - 1])) {
        continue;
      }
      int j = i + 1;
      while (j < n && (c[j] == ' ' || c[j] == '\t')) {
        j++;
      }
      if (j >= n || c[j] != '\n') {
        continue;
      }
      int lineBreak = j;
      j++;
      while (j < n && (c[j] == ' ' || c[j] == '\t')) {
        j++;
      }
      if (j >= n || !Character.isLowerCase(c[j])) {
        continue;
      }
      // the second part runs to the next white space ("noury", "fore."); the spaces after it on
      // its line go before the moved line break, so the next line starts with its first word
      int k = j;
      while (k < n && !isSpace(c[k])) {
        k++;
      }
      int m = k;
      while (m < n && (c[m] == ' ' || c[m] == '\t')) {
        m++;
      }
      int spaces = (lineBreak - i) + (j - lineBreak - 1) + (m - k);
      int w = i;
      for (int p = j; p < k; p++) {
        c[w++] = text.charAt(p);
      }
      // the hyphen's place tells the layout that the line goes on (LINE_GOES_ON)
      c[w++] = LINE_GOES_ON;
      for (int s = 1; s < spaces; s++) {
        c[w++] = ' ';
      }
      c[w++] = '\n';
      i = w - 1;
    }
    return new String(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
