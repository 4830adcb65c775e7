package dev.quiz.bank.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;

/**
 * The weights of an OpenNLP maximum-entropy part-of-speech model, opened up so that {@link
 * PosTagger} can score a word without building feature strings: the weights of each feature by
 * name, the outcomes, and the weights of the previous-tag features by outcome number. Immutable and
 * thread-safe.
 */
final class PosWeights {
  private static final int DEFAULT_BEAM_SIZE = 3;

  private final Map<String, Context> features;
  private final String[] outcomes;
  private final double uniformLogPrior;
  private final int beamSize;

  /** The dense rows made so far, by feature: at most one per feature of the model. */
  private final Map<Context, double[]> rows = new ConcurrentHashMap<>();

  /** See {@link #closed()}. */
  private final boolean closed;

  private final double[][] previousTag;
  private final double[][][] previousTwoTags;

  /**
   * The weights of {@code model}.
   *
   * @throws IllegalArgumentException when the model is not a maximum-entropy model with a uniform
   *     prior and no tag dictionary (the English models are)
   */
  @SuppressWarnings("unchecked")
  PosWeights(POSModel model) {
    MaxentModel maxent = model.getArtifact("pos.model");
    if (!(maxent instanceof opennlp.tools.ml.maxent.GISModel gis)
        || model.getFactory().getTagDictionary() != null) {
      throw new IllegalArgumentException(
          "part-of-speech model is not a maximum-entropy model without tag dictionary: "
              + maxent.getClass().getName());
    }
    this.features = (Map<String, Context>) ((AbstractModel) gis).getDataStructures()[1];
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = maxent.getOutcome(i);
    }
    // as UniformPrior computes it
    this.uniformLogPrior = StrictMath.log(1.0 / outcomes.length);
    String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = size == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    this.previousTag = new double[outcomes.length][];
    this.previousTwoTags = new double[outcomes.length][outcomes.length][];
    for (int last = 0; last < outcomes.length; last++) {
      previousTag[last] = dense("t=" + outcomes[last]);
      for (int before = 0; before < outcomes.length; before++) {
        previousTwoTags[before][last] = dense("t2=" + outcomes[before] + "," + outcomes[last]);
      }
    }
    this.closed = features.keySet().stream().allMatch(this::implied);
  }

  /**
   * Whether the model knows what feature {@code name} implies: a word's feature as a neighbour or
   * with its class ("p1w=x", "w&c=x,lc") its own ("w=x"), a prefix or suffix of two characters or
   * more ("pre=ab", "suf=ab") the one a character shorter ("pre=a", "suf=b").
   */
  private boolean implied(String name) {
    if (name.startsWith("p1w=")
        || name.startsWith("p2w=")
        || name.startsWith("n1w=")
        || name.startsWith("n2w=")) {
      return features.containsKey("w=" + name.substring(4));
    } else if (name.startsWith("w&c=")) {
      return features.containsKey("w=" + name.substring(4, name.lastIndexOf(',')));
    } else if (name.startsWith("pre=") && name.length() > 5) {
      return features.containsKey(name.substring(0, name.length() - 1));
    } else if (name.startsWith("suf=") && name.length() > 5) {
      return features.containsKey("suf=" + name.substring(5));
    }
    return true;
  }

  /**
   * Whether the model's word features are closed as training makes them (see {@link #implied}), as
   * the English model's are: then a word whose own feature is unknown has no neighbour or class
   * feature either, and a prefix or suffix not known has no longer one known.
   */
  boolean closed() {
    return closed;
  }

  /** The weights of the feature called {@code name}, or null when the model does not know it. */
  Context feature(String name) {
    return features.get(name);
  }

  /**
   * The weights of the feature called {@code name} as one entry per outcome (0 for the outcomes it
   * has no weight for), or null when the model does not know it. Adding such a row to a sum gives
   * the sum of adding the feature's weights one by one, to the last bit: a sum that starts from the
   * (non-zero) prior is never -0, and adding 0 to any other number leaves it as it is.
   */
  double[] dense(String name) {
    Context c = features.get(name);
    return c == null ? null : rows.computeIfAbsent(c, this::row);
  }

  private double[] row(Context c) {
    double[] row = new double[outcomes.length];
    int[] o = c.getOutcomes();
    double[] params = c.getParameters();
    for (int a = 0; a < o.length; a++) {
      row[o[a]] += params[a];
    }
    return row;
  }

  /** The {@link #dense} weights of "the previous tag was {@code last}", or null. */
  double[] previousTag(int last) {
    return previousTag[last];
  }

  /**
   * The {@link #dense} weights of "the two previous tags were {@code before}, {@code last}", or
   * null.
   */
  double[] previousTwoTags(int before, int last) {
    return previousTwoTags[before][last];
  }

  int outcomeCount() {
    return outcomes.length;
  }

  String outcome(int i) {
    return outcomes[i];
  }

  /** The log prior of every outcome before any feature counts. */
  double uniformLogPrior() {
    return uniformLogPrior;
  }

  int beamSize() {
    return beamSize;
  }
}
