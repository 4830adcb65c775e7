package dev.quiz.core.grade;

import dev.quiz.core.model.Prompt;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades multiple choice (by letter {@code "b"}, {@code "(b)"}, {@code "b)"}, or by the choice's
 * text, typos forgiven) and true/false ({@code t}, {@code true}, {@code yes}, {@code y} or {@code
 * f}, {@code false}, {@code no}, {@code n}, any case).
 */
final class ChoiceGrader {
  private static final Pattern LETTER = Pattern.compile("\\(?([a-zA-Z])[).:]?");
  private static final Set<String> TRUE = new HashSet<>(Arrays.asList("t", "true", "yes", "y"));
  private static final Set<String> FALSE = new HashSet<>(Arrays.asList("f", "false", "no", "n"));

  private ChoiceGrader() {}

  /** {@code "a"} for 0, {@code "b"} for 1. */
  static String letter(int index) {
    return String.valueOf((char) ('a' + index));
  }

  static Grade multipleChoice(Prompt.MultipleChoice mc, String typed) {
    List<String> choices = mc.choices();
    String expected = letter(mc.correct()) + ") " + choices.get(mc.correct());
    int picked = pick(choices, typed);
    if (picked < 0) {
      return Grade.wrong(expected, "", "not one of the choices a-" + letter(choices.size() - 1));
    }
    String understood = letter(picked) + ") " + choices.get(picked);
    return picked == mc.correct()
        ? Grade.correct(expected, understood)
        : Grade.wrong(expected, understood, "not the right choice");
  }

  private static int pick(List<String> choices, String typed) {
    Matcher m = LETTER.matcher(typed.trim());
    if (m.matches()) {
      int i = Character.toLowerCase(m.group(1).charAt(0)) - 'a';
      return i < choices.size() ? i : -1;
    }
    String t = Text.fold(typed);
    for (int i = 0; i < choices.size(); i++) {
      if (Text.fold(choices.get(i)).equals(t)) {
        return i;
      }
    }
    int found = -1;
    for (int i = 0; i < choices.size(); i++) {
      if (Text.closeEnough(t, Text.fold(choices.get(i)))) {
        if (found >= 0) {
          return -1; // close to two choices: do not guess
        }
        found = i;
      }
    }
    return found;
  }

  static Grade trueFalse(Prompt.TrueFalse tf, String typed) {
    String expected = tf.truth() ? "true" : "false";
    String t = Text.fold(typed);
    boolean saidTrue = TRUE.contains(t);
    if (!saidTrue && !FALSE.contains(t)) {
      return Grade.wrong(expected, "", "answer true or false (t/f, yes/no)");
    }
    String understood = saidTrue ? "true" : "false";
    return saidTrue == tf.truth()
        ? Grade.correct(expected, understood)
        : Grade.wrong(expected, understood, "the statement is " + expected);
  }
}
