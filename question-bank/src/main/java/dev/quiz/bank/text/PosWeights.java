package dev.quiz.bank.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
  private final Map<String, WordFeatures> words;

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
    this.words = words(features);
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

  /**
   * The features of each lower-cased word, from the model's {@code w=}, {@code p1w=}, {@code p2w=},
   * {@code n1w=}, {@code n2w=} and {@code w&c=} features ({@code w&c=} names end in a comma and a
   * word class, which has no comma).
   */
  private static Map<String, WordFeatures> words(Map<String, Context> features) {
    String[] keys = {"w=", "p1w=", "p2w=", "n1w=", "n2w="};
    Map<String, Context[]> own = new HashMap<>();
    Map<String, Map<String, Context>> withClass = new HashMap<>();
    for (Map.Entry<String, Context> e : features.entrySet()) {
      String name = e.getKey();
      char first = name.charAt(0);
      if (first != 'w' && first != 'p' && first != 'n') {
        continue;
      }
      for (int k = 0; k < keys.length; k++) {
        if (name.startsWith(keys[k])) {
          own.computeIfAbsent(name.substring(keys[k].length()), w -> new Context[keys.length])[k] =
              e.getValue();
        }
      }
      int comma = name.lastIndexOf(',');
      if (name.startsWith("w&c=") && comma >= 4) {
        withClass
            .computeIfAbsent(name.substring(4, comma), w -> new HashMap<>())
            .put(name.substring(comma + 1), e.getValue());
      }
    }
    Map<String, WordFeatures> out = new HashMap<>(2 * own.size());
    for (String w : union(own.keySet(), withClass.keySet())) {
      Context[] c = own.getOrDefault(w, new Context[keys.length]);
      out.put(
          w, new WordFeatures(c[0], c[1], c[2], c[3], c[4], withClass.getOrDefault(w, Map.of())));
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The features of a lower-cased word, each null when the model does not know it: the word itself
   * ({@code w=}), as the previous, second previous, next and second next word, and together with
   * each word class.
   */
  record WordFeatures(
      Context word,
      Context previous,
      Context secondPrevious,
      Context next,
      Context secondNext,
      Map<String, Context> withClass) {}

  /** The features of the lower-cased word {@code lower}, or null when the model knows none. */
  WordFeatures word(String lower) {
    return words.get(lower);
  }

  /**
   * The weights of the features {@code "pre=" + token.substring(0, k + 1)} by {@code k} from 0 to
   * {@code max - 1}, each null when the model does not know it.
   */
  Context[] prefixes(String token, int max) {
    Context[] out = new Context[max];
    for (int k = 0; k < max; k++) {
      out[k] = features.get("pre=" + token.substring(0, k + 1));
    }
    return out;
  }

  /** As {@link #prefixes} for the suffixes of {@code token} ({@code "suf="}). */
  Context[] suffixes(String token, int max) {
    Context[] out = new Context[max];
    for (int k = 0; k < max; k++) {
      out[k] = features.get("suf=" + token.substring(token.length() - k - 1));
    }
    return out;
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
