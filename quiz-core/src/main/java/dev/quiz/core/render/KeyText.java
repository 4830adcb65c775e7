package dev.quiz.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sentences the answer key shows in every format. Stateless. */
final class KeyText {
  private KeyText() {}

  /** What the key covers, and that it is not for students. */
  static String summary(TestSheet sheet) {
    int n = sheet.versions().size();
    String versions =
        n == 1
            ? "one version"
            : n
                + " versions"
                + (sheet.distinct()
                    ? ", each with its own questions"
                    : ", same questions in other orders, choices shuffled");
    return "For the teacher: do not hand out. " + sheet.first().items().size()
        + " questions per sheet, " + versions + ".";
  }

  /** One worked example of the order mapping, e.g. "Version B question 3 = version A question 7." */
  static String mappingExample(TestSheet sheet) {
    SheetVersion a = sheet.first();
    SheetVersion b = sheet.versions().get(1);
    SheetItem first = b.items().get(0);
    int inA = a.numberOf(first.question().key()).get();
    return "Each row is one question. Read across: version " + b.label() + " question 1 = version "
        + a.label() + " question " + inA + ".";
  }

  /** Where a question appears: "A3 · B7" (every version that has it). */
  static String positions(TestSheet sheet, String key) {
    List<String> at = new ArrayList<>();
    for (SheetVersion v : sheet.versions()) {
      Optional<Integer> n = v.numberOf(key);
      if (n.isPresent()) {
        at.add(v.label() + n.get());
      }
    }
    return String.join(" \u00b7 ", at);
  }

  /** "hard (failed by 45% of learners)" or "easy (by score)". */
  static String difficulty(SheetItem item) {
    String band = item.difficulty().name().toLowerCase(Locale.ROOT);
    if (item.failureRate().isPresent()) {
      long pct = Math.round(item.failureRate().get() * 100);
      return band + " (failed in " + pct + "% of reviews)";
    }
    return band + " (generator score " + String.format(Locale.ROOT, "%.2f", item.question().score())
        + ")";
  }
}
