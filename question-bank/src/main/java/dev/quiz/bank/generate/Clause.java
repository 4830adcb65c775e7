package dev.quiz.bank.generate;

import dev.quiz.bank.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause of a sentence that holds an answer, split into an optional introduction, subject, verb
 * group and rest, from part-of-speech tags. Immutable after construction.
 */
final class Clause {
  private static final Set<String> BREAKS = Set.of(";", ":", "—", "–", "(", ")", "\"", "“", "”");
  private static final Set<String> SUBORDINATORS =
      Set.of("while", "but", "although", "though", "whereas", "which", "when", "after", "before",
          "as", "because", "since", "and");

  final List<Token> tokens;
  final int answerFrom;
  final int answerTo;
  int verb = -1;
  int subjectStart;

  private Clause(List<Token> tokens, int answerFrom, int answerTo) {
    this.tokens = tokens;
    this.answerFrom = answerFrom;
    this.answerTo = answerTo;
  }

  /**
   * The clause around the answer's tokens [from, to) of the sentence tokens, or null when the
   * sentence has no usable clause.
   */
  static Clause around(List<Token> all, int from, int to) {
    int s = from;
    while (s > 0 && !isBreak(all, s - 1)) {
      s--;
    }
    int e = to;
    while (e < all.size() && !isBreak(all, e)) {
      e++;
    }
    List<Token> part = new ArrayList<>(all.subList(s, e));
    Clause c = new Clause(part, from - s, to - s);
    c.findVerb();
    return c.verb < 0 ? null : c;
  }

  private static boolean isBreak(List<Token> all, int i) {
    String t = all.get(i).text();
    if (BREAKS.contains(t) || t.equals(".") || t.equals("?") || t.equals("!")) {
      return true;
    }
    return t.equals(",") && i + 1 < all.size()
        && SUBORDINATORS.contains(all.get(i + 1).lower()) && !all.get(i + 1).lower().equals("and");
  }

  private void findVerb() {
    subjectStart = introEnd();
    for (int i = subjectStart; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isVerb() && !t.lower().endsWith("ing") && (i < answerFrom || i >= answerTo)) {
        verb = i;
        return;
      }
    }
  }

  /** After "On 7 and 8 November," or "In the following days,": the first comma before any verb. */
  private int introEnd() {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isVerb()) {
        return 0;
      }
      if (t.text().equals(",")) {
        return i + 1;
      }
    }
    return 0;
  }

  boolean answerInSubject() {
    return answerFrom >= subjectStart && answerFrom < verb;
  }

  boolean answerInIntro() {
    return answerTo <= subjectStart;
  }

  /** Tokens [from, to) joined as written (spaces only where the text had them). */
  String text(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      if (sb.length() > 0 && tokens.get(i).span().start() > tokens.get(i - 1).span().end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /** The auxiliary that leads the verb group, or -1 ("had suffered" → "had"). */
  int auxiliary() {
    Token v = tokens.get(verb);
    return v.is("AUX") && !v.lower().equals("do") ? verb : -1;
  }

  /** "did", "does" or "do" for the main verb's tense. */
  String doSupport() {
    Token v = tokens.get(verb);
    String w = v.lower();
    String lemma = v.lemma();
    if (w.equals(lemma)) {
      return "do";
    }
    if (w.endsWith("s") && (w.equals(lemma + "s") || w.equals(lemma + "es")
        || w.equals(lemma.replaceAll("y$", "ies")))) {
      return "does";
    }
    return "did";
  }

  /** The subject as it reads after an inverted auxiliary: "The Taliban" → "the Taliban". */
  String subjectAfterInversion() {
    String subj = text(subjectStart, verb);
    if (subj.isEmpty()) {
      return subj;
    }
    Token first = tokens.get(subjectStart);
    if (!first.is("PROPN") && !first.text().equals("I") && first.text().length() > 1
        && !first.text().equals(first.text().toUpperCase(Locale.ROOT))) {
      return Character.toLowerCase(subj.charAt(0)) + subj.substring(1);
    }
    return subj;
  }
}
