package dev.quiz.bank.eval;

import dev.quiz.bank.extract.Fact;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores extracted facts against gold facts with the rules of {@code
 * shared/gold/score_questions.py}: same document and kind, equal value (whole numbers exactly,
 * yearless dates by month and day, names by word subset, relative dates by their words in the
 * answer) and, for recall, the same sentence (one contains the other, or half their words are
 * shared). Stateless.
 */
public final class FactScorer {
  private FactScorer() {}

  /** The score of {@code extracted} against {@code gold}, for facts of {@code kind} only. */
  public static Score score(List<? extends Fact> extracted, List<GoldFact> gold, FactKind kind) {
    List<GoldFact> g = new ArrayList<>();
    gold.stream().filter(f -> f.kind() == kind).forEach(g::add);
    List<Fact> e = new ArrayList<>();
    extracted.stream().filter(f -> f.kind() == kind).forEach(e::add);
    int found = 0;
    for (GoldFact gf : g) {
      boolean hit =
          e.stream()
              .anyMatch(
                  f ->
                      f.evidence().document().equals(gf.document())
                          && sameValue(gf, f)
                          && sameSentence(gf.evidence(), f.evidence().sentence()));
      found += hit ? 1 : 0;
    }
    int correct = 0;
    for (Fact f : e) {
      boolean ok =
          g.stream()
              .anyMatch(gf -> gf.document().equals(f.evidence().document()) && sameValue(gf, f));
      correct += ok ? 1 : 0;
    }
    return new Score(g.size(), found, e.size(), correct);
  }

  static boolean sameValue(GoldFact gold, Fact f) {
    AnswerValue gv = gold.value();
    AnswerValue fv = f.value();
    if (gv instanceof AnswerValue.Number gn && fv instanceof AnswerValue.Number fn) {
      return close(gn.low(), fn.low()) && close(gn.high(), fn.high());
    }
    if (gv instanceof AnswerValue.Date gd && fv instanceof AnswerValue.Date fd) {
      if (!gd.start().isPresent()) {
        String rel = String.join(" ", words(gd.relative().orElse("")));
        return !rel.isEmpty() && String.join(" ", words(f.answer())).contains(rel);
      }
      String gs = gd.start().get();
      String ge = gd.end().orElse(gs);
      return fd.start().isPresent()
          && sameDate(gs, fd.start().get())
          && sameDate(ge, fd.end().orElse(fd.start().get()));
    }
    if (gv instanceof AnswerValue.Person gp && fv instanceof AnswerValue.Person fp) {
      Set<String> a = new HashSet<>(words(gp.name()));
      Set<String> b = new HashSet<>(words(fp.name()));
      return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }
    return false;
  }

  private static boolean close(double gold, double got) {
    return gold == Math.rint(gold)
        ? Math.abs(gold - got) < 1e-9
        : Math.abs(gold - got) <= 1e-3 * Math.abs(gold);
  }

  private static boolean sameDate(String a, String b) {
    if (a.startsWith("--") || b.startsWith("--")) {
      String na = a.startsWith("--") ? a.substring(2) : a.length() > 5 ? a.substring(5) : "";
      String nb = b.startsWith("--") ? b.substring(2) : b.length() > 5 ? b.substring(5) : "";
      return !na.isEmpty() && na.equals(nb);
    }
    return a.equals(b);
  }

  static boolean sameSentence(String a, String b) {
    if (a.contains(b) || b.contains(a)) {
      return true;
    }
    Set<String> wa = new HashSet<>(words(a));
    Set<String> wb = new HashSet<>(words(b));
    Set<String> union = new HashSet<>(wa);
    union.addAll(wb);
    wa.retainAll(wb);
    return !union.isEmpty() && (double) wa.size() / union.size() >= 0.5;
  }

  static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    List<String> out = new ArrayList<>();
    for (String w : folded.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
