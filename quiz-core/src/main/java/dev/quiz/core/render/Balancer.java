package dev.quiz.core.render;

import dev.quiz.core.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Greedy balanced choice: each step takes the candidate whose features are least represented so
 * far, documents and fact kinds first, then question forms, then difficulty (sums of squared
 * counts, so two rare features beat one new and one common); ties go to a seeded shuffle.
 * Stateless.
 */
final class Balancer {
  private Balancer() {}

  /** {@code n} questions from {@code pool}, balanced. */
  static List<Question> choose(
      List<Question> pool, int n, Map<String, Double> rates, SplittableRandom rng) {
    List<Question> candidates = Shuffle.of(pool, rng);
    Map<Object, Integer> used = new HashMap<>();
    List<Question> chosen = new ArrayList<>();
    while (chosen.size() < n) {
      chosen.add(takeBest(candidates, used, rates));
    }
    improveBySwaps(chosen, candidates, rates);
    return chosen;
  }

  /** The most passes of swap improvement; each pass that changes nothing ends the search. */
  private static final int MAX_PASSES = 50;

  /**
   * Greedy choice can corner itself (the last document left lacks the last kind left); swapping a
   * chosen question for a left-over one whenever that makes the whole test more balanced fixes it.
   */
  private static void improveBySwaps(
      List<Question> chosen, List<Question> rest, Map<String, Double> rates) {
    Map<Object, Integer> used = new HashMap<>();
    long[] sums = new long[3];
    for (Question q : chosen) {
      shift(used, sums, features(q, rates), 1);
    }
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      for (int i = 0; i < chosen.size(); i++) {
        for (int j = 0; j < rest.size(); j++) {
          long[] before = sums.clone();
          List<Object> out = features(chosen.get(i), rates);
          List<Object> in = features(rest.get(j), rates);
          shift(used, sums, out, -1);
          shift(used, sums, in, 1);
          if (lexicographicallyLess(sums, before)) {
            rest.set(j, chosen.set(i, rest.get(j)));
            changed = true;
          } else {
            shift(used, sums, in, -1);
            shift(used, sums, out, 1);
          }
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  /**
   * Adds {@code delta} (+1 or -1) to the count of each feature and keeps {@code sums} = the sums of
   * squared counts per level (0: documents and kinds, 1: forms, 2: difficulty).
   */
  private static void shift(Map<Object, Integer> used, long[] sums, List<Object> f, int delta) {
    for (int k = 0; k < f.size(); k++) {
      long c = count(used, f.get(k));
      long next = c + delta;
      sums[k <= 1 ? 0 : k - 1] += next * next - c * c;
      used.put(f.get(k), (int) next);
    }
  }

  /** {@code chosen} dealt into {@code k} sets of equal size, each balanced on its own. */
  static List<List<Question>> deal(List<Question> chosen, int k, Map<String, Double> rates) {
    List<Question> remaining = new ArrayList<>(chosen);
    List<List<Question>> sets = new ArrayList<>();
    List<Map<Object, Integer>> used = new ArrayList<>();
    for (int v = 0; v < k; v++) {
      sets.add(new ArrayList<Question>());
      used.add(new HashMap<Object, Integer>());
    }
    while (!remaining.isEmpty()) {
      for (int v = 0; v < k && !remaining.isEmpty(); v++) {
        sets.get(v).add(takeBest(remaining, used.get(v), rates));
      }
    }
    return sets;
  }

  /** Removes and returns the first candidate with the lowest weighted count of its features. */
  private static Question takeBest(
      List<Question> candidates, Map<Object, Integer> used, Map<String, Double> rates) {
    int best = -1;
    long[] bestPenalty = null;
    for (int i = 0; i < candidates.size(); i++) {
      List<Object> f = features(candidates.get(i), rates);
      long[] penalty = {
        squared(used, f.get(0)) + squared(used, f.get(1)),
        squared(used, f.get(2)),
        squared(used, f.get(3))
      };
      if (bestPenalty == null || lexicographicallyLess(penalty, bestPenalty)) {
        best = i;
        bestPenalty = penalty;
      }
    }
    Question q = candidates.remove(best);
    for (Object f : features(q, rates)) {
      used.put(f, count(used, f) + 1);
    }
    return q;
  }

  /** Squares favour one more of two rare features over one more of a common and a new one. */
  private static long squared(Map<Object, Integer> used, Object feature) {
    long n = count(used, feature);
    return n * n;
  }

  private static boolean lexicographicallyLess(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return a[i] < b[i];
      }
    }
    return false;
  }

  private static int count(Map<Object, Integer> used, Object feature) {
    Integer n = used.get(feature);
    return n == null ? 0 : n;
  }

  /** The expected difficulty: from the failure rate when learners have seen it, else the score. */
  static Difficulty difficulty(Question q, Map<String, Double> rates) {
    Double rate = rates.get(q.key());
    return rate != null ? Difficulty.ofFailureRate(rate) : Difficulty.ofScore(q.score());
  }

  private static List<Object> features(Question q, Map<String, Double> rates) {
    List<Object> f = new ArrayList<>(4);
    f.add("doc:" + q.source().document());
    f.add(q.kind());
    f.add(q.type());
    f.add(difficulty(q, rates));
    return f;
  }
}
