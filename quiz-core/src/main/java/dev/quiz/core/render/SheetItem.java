package dev.quiz.core.render;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered question on one version of a test, with its choices in the order that version shows
 * them. Immutable, thread-safe.
 *
 * @param number position on the sheet, from 1
 * @param question the question asked
 * @param choices the multiple-choice options in this version's order; empty for other forms
 * @param correct index of the right choice in {@code choices}; -1 when there are no choices
 * @param difficulty the expected difficulty
 * @param failureRate share of learners' reviews that failed this question, in [0, 1], when known
 */
public record SheetItem(
    int number,
    Question question,
    List<String> choices,
    int correct,
    Difficulty difficulty,
    Optional<Double> failureRate) {

  /**
   * @throws IllegalArgumentException when the number is below 1, or the choices do not match the
   *     question's own (same options, same right answer)
   */
  public SheetItem {
    Objects.requireNonNull(question, "question == null");
    Objects.requireNonNull(difficulty, "difficulty == null");
    Objects.requireNonNull(failureRate, "failureRate == null");
    choices = Collections.unmodifiableList(new ArrayList<>(choices));
    if (number < 1) {
      throw new IllegalArgumentException("item number must be >= 1: " + number);
    }
    checkChoices(question, choices, correct);
  }

  private static void checkChoices(Question q, List<String> choices, int correct) {
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      boolean same =
          choices.size() == mc.choices().size()
              && choices.containsAll(mc.choices())
              && correct >= 0
              && correct < choices.size()
              && choices.get(correct).equals(mc.choices().get(mc.correct()));
      if (!same) {
        throw new IllegalArgumentException(
            "choices of " + q.key() + " must be a reordering of " + mc.choices() + ": " + choices);
      }
    } else if (!choices.isEmpty() || correct != -1) {
      throw new IllegalArgumentException(
          q.key() + " is " + q.type().code() + " and takes no choices: " + choices);
    }
  }

  /**
   * The letter of the right choice ({@code "A"}, {@code "B"}, ...), empty when there are no
   * choices.
   */
  public Optional<String> correctLetter() {
    return correct < 0 ? Optional.<String>empty() : Optional.of(letter(correct));
  }

  /**
   * The letter shown before choice {@code index}: A..Z.
   *
   * @param index from 0 to 25
   */
  public static String letter(int index) {
    if (index < 0 || index >= 26) {
      throw new IllegalArgumentException("choice index must be 0..25: " + index);
    }
    return String.valueOf((char) ('A' + index));
  }
}
