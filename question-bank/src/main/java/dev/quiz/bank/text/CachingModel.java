package dev.quiz.bank.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model that remembers its outcome scores per feature context (the scores are a
 * pure function of the context), up to a number of contexts, then starts afresh. Beam searches
 * score the same context again and again (beams sharing their last tags, repeated words). Not
 * thread-safe: one per thread.
 */
final class CachingModel implements MaxentModel {
  private final MaxentModel model;
  private final int capacity;
  private final Map<List<String>, double[]> scores = new HashMap<>();

  /** Scores of {@code model}, remembered for up to {@code capacity} contexts. */
  CachingModel(MaxentModel model, int capacity) {
    this.model = model;
    this.capacity = capacity;
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[model.getNumOutcomes()]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    List<String> key = Arrays.asList(context.clone());
    double[] s = scores.get(key);
    if (s == null) {
      s = model.eval(context, new double[model.getNumOutcomes()]);
      if (scores.size() >= capacity) {
        scores.clear();
      }
      scores.put(key, s);
    }
    System.arraycopy(s, 0, probs, 0, s.length);
    return probs;
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return model.eval(context, values);
  }

  @Override
  public String getBestOutcome(double[] outcomes) {
    return model.getBestOutcome(outcomes);
  }

  @Override
  public String getAllOutcomes(double[] outcomes) {
    return model.getAllOutcomes(outcomes);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return model.getNumOutcomes();
  }
}
