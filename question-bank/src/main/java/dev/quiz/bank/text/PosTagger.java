package dev.quiz.bank.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's part-of-speech beam search for the English maximum-entropy model, computed the way
 * {@code POSTaggerME} computes it and giving the same tags, but several times faster:
 *
 * <ul>
 *   <li>OpenNLP's feature generator remembers a word's features per position, so every beam at a
 *       position is scored with the same features (those of the best beam): the scores are worked
 *       out once per position, not once per beam;
 *   <li>the weights of a word's own features (prefixes, suffixes, the word, its class) and of its
 *       features as a neighbour are looked up once per distinct word and remembered, so no feature
 *       strings are built for a word seen before;
 *   <li>the weights are added in the model's feature order, so the sums, and the tags, are the same
 *       to the last bit.
 * </ul>
 *
 * Not thread-safe: one per thread.
 */
final class PosTagger {
  /** Below this score OpenNLP's beam search drops a sequence (its {@code zeroLog}). */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final PosWeights weights;
  private final int capacity;
  private final Map<String, WordWeights> words = new HashMap<>();
  private final double[] sentenceBegin;
  private final double[] previousBegins;
  private final double[] secondPreviousBegins;
  private final Context outcomePrior;

  /** A tagger over {@code weights} remembering the weights of up to {@code capacity} words. */
  PosTagger(PosWeights weights, int capacity) {
    this.weights = weights;
    this.capacity = capacity;
    this.sentenceBegin = weights.dense("S=begin");
    this.previousBegins = weights.dense("p1S=begin");
    this.secondPreviousBegins = weights.dense("p2S=begin");
    this.outcomePrior = weights.feature("def");
  }

  /** The tags of {@code tokens}, one per token. */
  String[] tag(String[] tokens) {
    WordWeights[] w = new WordWeights[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      w[i] = weights(tokens[i]);
    }
    return tag(w);
  }

  /** The tags of the tokens whose {@link #weights} are {@code w}, one per token. */
  String[] tag(WordWeights[] w) {
    TagPath.Heap prev = new TagPath.Heap();
    TagPath.Heap next = new TagPath.Heap();
    prev.add(TagPath.START);
    for (int i = 0; i < w.length; i++) {
      advance(w, i, prev, next);
      TagPath.Heap t = prev;
      t.clear();
      prev = next;
      next = t;
    }
    return w.length == 0 ? new String[0] : prev.poll().tags(weights);
  }

  /**
   * Extends the best {@code prev} paths by a tag for word {@code i} into {@code next}, as OpenNLP's
   * BeamSearch does. The scores are the same for every path (see the class comment), so the
   * logarithms of the kept ones are taken once.
   */
  private void advance(WordWeights[] w, int i, TagPath.Heap prev, TagPath.Heap next) {
    int size = weights.beamSize();
    int sz = Math.min(size, prev.size());
    double[] scores = null;
    double[] logs = null;
    double min = 0;
    for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
      TagPath top = prev.poll();
      if (scores == null) {
        scores = score(w, i, top);
        min = lowestKept(scores, size);
        logs = new double[scores.length];
        for (int p = 0; p < scores.length; p++) {
          logs[p] = scores[p] >= min ? StrictMath.log(scores[p]) : 0;
        }
      }
      for (int p = 0; p < scores.length; p++) {
        if (scores[p] >= min) {
          offer(next, top, p, logs[p]);
        }
      }
      if (next.isEmpty()) {
        for (int p = 0; p < scores.length; p++) {
          offer(next, top, p, StrictMath.log(scores[p]));
        }
      }
    }
  }

  private static void offer(TagPath.Heap next, TagPath top, int tag, double logP) {
    TagPath path = new TagPath(top, tag, top.score + logP);
    if (path.score > MIN_SEQUENCE_SCORE) {
      next.add(path);
    }
  }

  /** The outcome probabilities at {@code i} after the tags of {@code path}, as GISModel gives. */
  private double[] score(WordWeights[] w, int i, TagPath path) {
    double[] s = w[i].ownSums.clone();
    if (i >= 1) {
      add(s, w[i - 1].asPrevious);
    }
    if (i >= 2) {
      add(s, w[i - 2].asSecondPrevious);
    }
    if (i + 1 < w.length) {
      add(s, w[i + 1].asNext);
    }
    if (i + 2 < w.length) {
      add(s, w[i + 2].asSecondNext);
    }
    add(s, i == 0 ? sentenceBegin : i == 1 ? previousBegins : i == 2 ? secondPreviousBegins : null);
    add(s, w[i].wordClass);
    add(s, w[i].wordAndClass);
    if (i >= 1) {
      add(s, weights.previousTag(path.tag));
    }
    if (i >= 2) {
      add(s, weights.previousTwoTags(path.parent.tag, path.tag));
    }
    double normal = 0;
    for (int o = 0; o < s.length; o++) {
      s[o] = StrictMath.exp(s[o]);
      normal += s[o];
    }
    for (int o = 0; o < s.length; o++) {
      s[o] /= normal;
    }
    return s;
  }

  /** Adds a {@link PosWeights#dense} row (null: nothing) to {@code sums}. */
  private static void add(double[] sums, double[] row) {
    if (row != null) {
      for (int o = 0; o < sums.length; o++) {
        sums[o] += row[o];
      }
    }
  }

  private static void add(double[] sums, Context c) {
    if (c != null) {
      int[] outcomes = c.getOutcomes();
      double[] params = c.getParameters();
      for (int a = 0; a < outcomes.length; a++) {
        sums[outcomes[a]] += params[a];
      }
    }
  }

  /**
   * The {@code size}-th highest score, counting equal scores (what BeamSearch finds by sorting);
   * the lowest score when there are fewer.
   */
  static double lowestKept(double[] scores, int size) {
    if (scores.length <= size) {
      double min = Double.POSITIVE_INFINITY;
      for (double v : scores) {
        min = Math.min(min, v);
      }
      return min;
    }
    double[] top = new double[size];
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (double v : scores) {
      if (v > top[size - 1]) {
        int k = size - 1;
        while (k > 0 && top[k - 1] < v) {
          top[k] = top[k - 1];
          k--;
        }
        top[k] = v;
      }
    }
    return top[size - 1];
  }

  /** The weights of {@code token} (remembered). */
  WordWeights weights(String token) {
    WordWeights ww = words.get(token);
    if (ww == null) {
      ww = weigh(token);
      if (words.size() >= capacity) {
        words.clear();
      }
      words.put(token, ww);
    }
    return ww;
  }

  /** The features OpenNLP's POS feature generator makes for a token, in its order. */
  private WordWeights weigh(String token) {
    String lower = StringUtil.toLowerCase(token);
    int affixes = Math.min(4, token.length());
    Context[] own = new Context[2 + 2 * affixes];
    int n = 0;
    own[n++] = outcomePrior;
    for (int k = 0; k < affixes; k++, n++) {
      own[n] =
          mayKnow(own[n - 1], k)
              ? weights.feature("suf=" + token.substring(token.length() - k - 1))
              : null;
    }
    for (int k = 0; k < affixes; k++, n++) {
      own[n] = mayKnow(own[n - 1], k) ? weights.feature("pre=" + token.substring(0, k + 1)) : null;
    }
    own[n] = weights.feature("w=" + lower);
    // the word's own features come first in the model's order: their sum is the same prefix of
    // every sum at this word
    double[] ownSums = new double[weights.outcomeCount()];
    Arrays.fill(ownSums, weights.uniformLogPrior());
    for (Context c : own) {
      add(ownSums, c);
    }
    String wordClass = FeatureGeneratorUtil.tokenFeature(token);
    // in a closed model a word not known as itself is not known as a neighbour either
    boolean word = own[n] != null || !weights.closed();
    return new WordWeights(
        ownSums,
        word ? weights.dense("p1w=" + lower) : null,
        word ? weights.dense("p2w=" + lower) : null,
        word ? weights.dense("n1w=" + lower) : null,
        word ? weights.dense("n2w=" + lower) : null,
        weights.dense("wc=" + wordClass),
        word ? weights.dense("w&c=" + lower + "," + wordClass) : null);
  }

  /**
   * Whether the affix of {@code k + 1} characters may be known to the model, after the one a
   * character shorter, {@code shorter} (none for {@code k} 0): in a closed model a prefix or suffix
   * not known has no longer one known.
   */
  private boolean mayKnow(Context shorter, int k) {
    return k == 0 || shorter != null || !weights.closed();
  }

  /**
   * The weights of one word: the log prior plus its own features (prefixes, suffixes, the word),
   * its word feature as seen from the positions around it, and its class ({@link PosWeights#dense}
   * rows); null where the model does not know the feature.
   */
  record WordWeights(
      double[] ownSums,
      double[] asPrevious,
      double[] asSecondPrevious,
      double[] asNext,
      double[] asSecondNext,
      double[] wordClass,
      double[] wordAndClass) {}
}
