package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.core.model.QuestionType;

/**
 * A question's score in [0, 1] from simple, defensible signals: the form (a built question reads
 * better than a blanked sentence), whether the answer type is clear (what is counted, the person's
 * role), the prompt's length, and whether the evidence is running text or a bare line.
 */
final class QuestionScorer {
  /** Questions scoring below this are dropped. */
  static final double THRESHOLD = 0.35;

  /** A prompt that leans on an unseen sentence ("Their losses …") falls below the threshold. */
  private static final double VAGUE = 0.45;

  /**
   * The blank as one item of a bare list of figures ("410, 460, ____ or 520"): any item fits, and
   * the learner can only guess the pattern. The items' commas have a space after them, so a
   * figure's own ("105,499, or ____,") is no list, and a date's day is none ("July 10, 2006, ____
   * teams": {@link #listsFigures} starts no list right after a month's name).
   */
  private static final java.util.regex.Pattern FIGURE_LIST =
      dev.quiz.bank.text.Regexes.compile(
          "(?:\\d[\\d,.]*\\d|____)(?:,\\s+(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+)(?:\\d[\\d,.]*\\d|____)"
              + "(?:,\\s+(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+)(?:\\d[\\d,.]*\\d|____)");

  private QuestionScorer() {}

  /**
   * The words of the prompt without a leading "Topic — Label:" context, i.e. of what the cell or
   * clause says; {@code words} (the whole prompt's) when it has no such context.
   */
  private static int wordsAfterContext(String prompt, int words) {
    int colon = prompt.contains(" — ") ? prompt.lastIndexOf(": ") : -1;
    return colon >= 0 ? Words.count(prompt.substring(colon + 2)) : words;
  }

  /**
   * Whether {@code prompt} has room for the three items of a {@link #FIGURE_LIST}: each is a blank
   * (four "_") or a figure of two digits or more, so fewer digits and blanks rule it out.
   */
  static boolean mayListFigures(String prompt) {
    int digits = 0;
    int underscores = 0;
    for (int i = 0; i < prompt.length(); i++) {
      char c = prompt.charAt(i);
      digits += c >= '0' && c <= '9' ? 1 : 0;
      underscores += c == '_' ? 1 : 0;
    }
    return digits / 2 + underscores / 4 >= 3;
  }

  /**
   * Whether {@link #FIGURE_LIST} occurs in {@code prompt}, as {@code find()} tells, tried only
   * where it can start: at a '_', or at a digit not right after another (a list from inside a
   * figure is also one from the digit before it, which {@code [\d,.]*} reaches back over), and not
   * right after a month's name (a date's day: "July 10, 2006, ____").
   */
  static boolean listsFigures(String prompt) {
    java.util.regex.Matcher m = null;
    for (int i = 0; i < prompt.length(); i++) {
      char c = prompt.charAt(i);
      if ((c == '_' || isDigit(c) && (i == 0 || !isDigit(prompt.charAt(i - 1))))
          && !afterMonth(prompt, i)) {
        m = m == null ? FIGURE_LIST.matcher(prompt).useTransparentBounds(true) : m;
        if (m.region(i, prompt.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /**
   * Whether a month's name and one white space (maybe a stop between) end right before {@code i}:
   * the start of a month's name, then at most six more letters ("Sept.", "July").
   */
  static boolean afterMonth(String text, int i) {
    int j = i - 1;
    if (j < 0 || !Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    j = j > 0 && text.charAt(j - 1) == '.' ? j - 2 : j - 1;
    int end = j + 1;
    int start = end;
    while (start > 0 && end - start < 9 && isAsciiLetter(text.charAt(start - 1))) {
      start--;
    }
    for (int k = Math.max(start, end - 9); k + 3 <= end; k++) {
      for (String month : MONTHS) {
        if (text.regionMatches(true, k, month, 0, 3)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static double score(Fact f, QuestionType type, String prompt, boolean prose) {
    return score(f, type, prompt, Words.norm(prompt), prose);
  }

  /** {@link #score(Fact, QuestionType, String, boolean)} given the prompt's {@link Words#norm}. */
  static double score(Fact f, QuestionType type, String prompt, String norm, boolean prose) {
    double s = 0.55;
    if (type == QuestionType.SHORT_ANSWER || type == QuestionType.MULTIPLE_CHOICE) {
      s += 0.1;
    }
    if (f instanceof NumberFact n && !n.about().isEmpty()) {
      s += 0.1;
    }
    if (f instanceof PersonFact p && !p.value().role().isEmpty()) {
      s += 0.1;
    }
    if (!prose) {
      s -= 0.1;
    }
    int words = Words.countIn(norm);
    if (words > 40) {
      s -= 0.15;
    } else if (words < 6) {
      s -= 0.1;
    }
    if (prompt.contains("…")) {
      s -= 0.03;
    }
    if (mayListFigures(prompt) && listsFigures(prompt)) {
      s -= VAGUE;
    }
    if (Context.vague(prompt, Words.firstIn(norm))) {
      s -= VAGUE;
    }
    if (wordsAfterContext(prompt, words) < 3) {
      s -= 0.1;
    }
    return Math.max(0, Math.min(1, Math.round(s * 100) / 100.0));
  }
}
