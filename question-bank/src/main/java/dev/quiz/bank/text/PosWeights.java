package dev.quiz.bank.text;

import java.util.Map;
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
  private final Context[] previousTag;
  private final Context[][] previousTwoTags;

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
    this.previousTag = new Context[outcomes.length];
    this.previousTwoTags = new Context[outcomes.length][outcomes.length];
    for (int last = 0; last < outcomes.length; last++) {
      previousTag[last] = features.get("t=" + outcomes[last]);
      for (int before = 0; before < outcomes.length; before++) {
        previousTwoTags[before][last] =
            features.get("t2=" + outcomes[before] + "," + outcomes[last]);
      }
    }
  }

  /** The weights of the feature called {@code name}, or null when the model does not know it. */
  Context feature(String name) {
    return features.get(name);
  }

  /** The weights of "the previous tag was {@code last}", or null. */
  Context previousTag(int last) {
    return previousTag[last];
  }

  /** The weights of "the two previous tags were {@code before}, {@code last}", or null. */
  Context previousTwoTags(int before, int last) {
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
