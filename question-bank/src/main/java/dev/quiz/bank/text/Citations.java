package dev.quiz.bank.text;

/** Citation marks that close a sentence ("home.[10]", "war.[2][3]"). Stateless. */
public final class Citations {
  private Citations() {}

  /**
   * Where the citation marks that end {@code s} start: marks of one to three ASCII letters or
   * digits in brackets; {@code s.length()} when it ends with none.
   */
  public static int marksStart(String s) {
    int n = s.length();
    while (n > 2 && s.charAt(n - 1) == ']') {
      int open = s.lastIndexOf('[', n - 1);
      if (open < 0 || n - open - 2 < 1 || n - open - 2 > 3) {
        break;
      }
      for (int i = open + 1; i < n - 1; i++) {
        char c = s.charAt(i);
        if (c >= 128 || !Character.isLetterOrDigit(c)) {
          return n;
        }
      }
      n = open;
    }
    return n;
  }
}
