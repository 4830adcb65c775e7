package dev.quiz.core.render;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Plans a printable test: chooses questions balanced across documents, fact kinds, question forms
 * and difficulty, never two about the same fact, and lays them out in one or more versions. The
 * entry point of this package with {@link TestSheetRenderer}.
 *
 * <p>Deterministic: the same questions (in any order), options and seed give the same test.
 * Stateless and thread-safe.
 */
public final class TestPlanner {

  private TestPlanner() {}

  /** {@link #plan(List, PlanOptions, Map)} with no learner statistics. */
  public static TestSheet plan(List<Question> questions, PlanOptions options) {
    return plan(questions, options, Collections.<String, Double>emptyMap());
  }

  /**
   * Plans a test.
   *
   * @param questions the candidates, in any order; those below the quality threshold or of a form
   *     not allowed are left out
   * @param options how many questions and versions, which forms, the seed
   * @param failureRates share of failed reviews per {@link Question#key()}, each in [0, 1];
   *     questions without an entry are rated by their score
   * @return the test, {@code options.versions()} versions of {@code options.count()} questions each
   * @throws InvalidInputException when fewer usable questions exist than asked for (the message
   *     says how many there are), or a failure rate is outside [0, 1]
   */
  public static TestSheet plan(
      List<Question> questions, PlanOptions options, Map<String, Double> failureRates) {
    checkRates(failureRates);
    List<Question> pool = FactPool.usable(questions, options);
    int needed = options.distinct() ? options.count() * options.versions() : options.count();
    if (needed > pool.size()) {
      throw new InvalidInputException(notEnough(options, needed, pool.size()));
    }
    SplittableRandom rng = new SplittableRandom(options.seed());
    List<Question> chosen = Balancer.choose(pool, needed, failureRates, rng.split());
    List<List<Question>> sets = deal(chosen, options, failureRates);
    List<SheetVersion> versions = new ArrayList<>();
    List<Question> previousOrder = Collections.<Question>emptyList();
    for (int v = 0; v < sets.size(); v++) {
      List<Question> order = Shuffle.differently(sets.get(v), previousOrder, rng.split());
      versions.add(version(SheetItem.letter(v), order, failureRates, rng.split()));
      previousOrder = options.distinct() ? Collections.<Question>emptyList() : order;
    }
    return new TestSheet(options.title(), versions, options.distinct());
  }

  /**
   * The questions a test may use: allowed forms, score at or above the threshold, one per fact (the
   * best-scored), ordered by score then key.
   */
  public static List<Question> usable(List<Question> questions, PlanOptions options) {
    return FactPool.usable(questions, options);
  }

  private static void checkRates(Map<String, Double> failureRates) {
    for (Map.Entry<String, Double> e : failureRates.entrySet()) {
      double r = e.getValue();
      if (!(r >= 0 && r <= 1)) {
        throw new InvalidInputException(
            "failure rate of " + e.getKey() + " must be in [0, 1]: " + r);
      }
    }
  }

  private static String notEnough(PlanOptions options, int needed, int available) {
    String asked =
        options.distinct() && options.versions() > 1
            ? options.versions()
                + " distinct versions of "
                + options.count()
                + " questions ("
                + needed
                + " in all)"
            : needed + " questions";
    String after = "the quality threshold";
    if (!options.types().isEmpty()) {
      List<String> codes = new ArrayList<>();
      for (QuestionType t : options.types()) {
        codes.add(t.code());
      }
      after += " and the types " + String.join(", ", codes);
    }
    return "asked for " + asked + " but only " + available + " are available (after " + after + ")";
  }

  /** Same questions for every version, or the chosen ones dealt into balanced sets. */
  private static List<List<Question>> deal(
      List<Question> chosen, PlanOptions options, Map<String, Double> rates) {
    if (options.distinct()) {
      return Balancer.deal(chosen, options.versions(), rates);
    }
    List<List<Question>> sets = new ArrayList<>();
    for (int v = 0; v < options.versions(); v++) {
      sets.add(chosen);
    }
    return sets;
  }

  private static SheetVersion version(
      String label, List<Question> order, Map<String, Double> rates, SplittableRandom rng) {
    List<SheetItem> items = new ArrayList<>();
    for (Question q : order) {
      Optional<Double> rate = Optional.ofNullable(rates.get(q.key()));
      Difficulty d = Balancer.difficulty(q, rates);
      if (q.prompt() instanceof Prompt.MultipleChoice mc) {
        List<String> choices = Shuffle.differently(mc.choices(), mc.choices(), rng);
        int correct = choices.indexOf(mc.choices().get(mc.correct()));
        items.add(new SheetItem(items.size() + 1, q, choices, correct, d, rate));
      } else {
        items.add(new SheetItem(items.size() + 1, q, Collections.<String>emptyList(), -1, d, rate));
      }
    }
    return new SheetVersion(label, items);
  }
}
