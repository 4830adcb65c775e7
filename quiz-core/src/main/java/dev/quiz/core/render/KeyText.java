package dev.quiz.core.render;

import dev.quiz.core.model.QuestionType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    return "For the teacher: do not hand out. "
        + sheet.first().items().size()
        + " questions per sheet, "
        + versions
        + ".";
  }

  /**
   * The sheet's instructions, naming only the forms it has: "12 questions. Circle one letter ...".
   */
  static String instructions(SheetVersion v) {
    Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
    for (SheetItem item : v.items()) {
      types.add(item.question().type());
    }
    List<String> how = new ArrayList<>();
    if (types.remove(QuestionType.MULTIPLE_CHOICE)) {
      how.add("circle one letter for each multiple-choice question");
    }
    if (types.remove(QuestionType.TRUE_FALSE)) {
      how.add("circle True or False");
    }
    if (types.remove(QuestionType.CLOZE)) {
      how.add("fill in each blank");
    }
    if (!types.isEmpty()) {
      how.add("write other answers on the line");
    }
    String n = v.items().size() == 1 ? "1 question" : v.items().size() + " questions";
    String sentence = how.isEmpty() ? "" : " " + capitalized(join(how)) + ".";
    return n + "." + sentence;
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * One worked example of the order mapping, e.g. "Version B question 3 = version A question 7."
   */
  static String mappingExample(TestSheet sheet) {
    SheetVersion a = sheet.first();
    SheetVersion b = sheet.versions().get(1);
    SheetItem first = b.items().get(0);
    int inA = a.numberOf(first.question().key()).get();
    return "Column \u201c= "
        + a.label()
        + "\u201d gives the same question's number in version "
        + a.label()
        + ": version "
        + b.label()
        + " question 1 = version "
        + a.label()
        + " question "
        + inA
        + ".";
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
    return band
        + " (generator score "
        + String.format(Locale.ROOT, "%.2f", item.question().score())
        + ")";
  }
}
