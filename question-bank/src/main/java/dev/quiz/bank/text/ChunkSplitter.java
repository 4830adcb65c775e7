package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maximum-entropy token splitter for one whitespace-free chunk, deciding each split point
 * as {@link TokenizerME} decides it but with fewer feature strings:
 *
 * <ul>
 *   <li>the chunk's prefix and suffix features ({@code p=}, {@code s=}) are looked up by name, as
 *       OpenNLP does;
 *   <li>the features of one ASCII character ({@code p1=c}, {@code p1_alpha}, ...) and of two
 *       ({@code p21=ab}, ...) are taken from tables made once; other characters build the feature
 *       strings as OpenNLP does;
 *   <li>the weights are added in the order of {@link DefaultTokenContextGenerator}'s features, the
 *       exponentials normalised and the best outcome chosen as {@link GISModel} does, so the
 *       probabilities, and the splits, are the same to the last bit.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class ChunkSplitter {
  /** Characters below this (ASCII) have their one- and two-character features in tables. */
  static final int TABLE = 128;

  private static final String[] CHAR_KEYS = {"p1", "p2", "f1", "f2"};
  private static final int P1 = 0;
  private static final int P2 = 1;
  private static final int F1 = 2;
  private static final int F2 = 3;
  private static final String[] PAIR_KEYS = {"p21=", "p1f1=", "f12="};
  private static final int P21 = 0;
  private static final int P1F1 = 1;
  private static final int F12 = 2;

  private final Map<String, Context> features;
  private final int outcomes;
  private final int split;
  private final double logPrior;
  private final Context[][][] chars = new Context[CHAR_KEYS.length][TABLE][];
  private final Context[][] pairs = new Context[PAIR_KEYS.length][TABLE * TABLE];
  private final Context p2Begin;
  private final Context f2End;
  private final Context characterCode;

  /**
   * Whether the model's prefix features are closed under shortening ("p=abc" known: "p=ab" known)
   * and its suffix features likewise ("s=abc" known: "s=bc" known), as the English model's are
   * (training makes the shorter feature wherever it makes the longer one): then an unknown prefix
   * or suffix of a chunk is the last one looked up, the longer ones being unknown too.
   */
  private final boolean closed;

  /**
   * The splitter of {@code model}.
   *
   * @throws IllegalArgumentException when the model is not a maximum-entropy model with the default
   *     feature generator, no abbreviations and no alphanumeric shortcut (the English model is)
   */
  @SuppressWarnings("unchecked")
  ChunkSplitter(TokenizerModel model) {
    MaxentModel maxent = model.getMaxentModel();
    if (!(maxent instanceof GISModel gis)
        || model.getAbbreviations() != null
        || model.getFactory().isUseAlphaNumericOptimization()
        || model.getFactory().getContextGenerator().getClass()
            != DefaultTokenContextGenerator.class) {
      throw new IllegalArgumentException(
          "tokenizer model is not a plain maximum-entropy model: " + maxent.getClass().getName());
    }
    this.features = (Map<String, Context>) ((AbstractModel) gis).getDataStructures()[1];
    this.outcomes = maxent.getNumOutcomes();
    this.split = maxent.getIndex(TokenizerME.SPLIT);
    // as UniformPrior computes it
    this.logPrior = StrictMath.log(1.0 / outcomes);
    for (int k = 0; k < CHAR_KEYS.length; k++) {
      for (char c = 0; c < TABLE; c++) {
        chars[k][c] = charFeatures(CHAR_KEYS[k], c);
      }
    }
    // the pair features the model has, found by their names (not by asking for every pair)
    for (String name : features.keySet()) {
      for (int k = 0; k < PAIR_KEYS.length; k++) {
        int at = PAIR_KEYS[k].length();
        if (name.length() == at + 2
            && name.startsWith(PAIR_KEYS[k])
            && name.charAt(at) < TABLE
            && name.charAt(at + 1) < TABLE) {
          pairs[k][name.charAt(at) * TABLE + name.charAt(at + 1)] = features.get(name);
        }
      }
    }
    this.p2Begin = features.get("p2=bok");
    this.f2End = features.get("f2=bok");
    this.characterCode = features.get("cc");
    this.closed = closed(features.keySet());
  }

  /** Whether the model's prefix and suffix features are closed (see {@link #closed}). */
  boolean closed() {
    return closed;
  }

  /** Whether {@code names} has the shorter prefix and suffix feature of each it has. */
  private boolean closed(java.util.Set<String> names) {
    for (String name : names) {
      if (name.length() > 3
          && (name.startsWith("p=") && !features.containsKey(name.substring(0, name.length() - 1))
              || name.startsWith("s=") && !features.containsKey("s=" + name.substring(3)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The tokens of {@code chunk} as offsets into it, as {@link TokenizerME#tokenizePos} gives them
   * for a text without whitespace.
   */
  Span[] split(String chunk) {
    int n = chunk.length();
    if (n < 2) {
      return new Span[] {new Span(0, n)};
    }
    boolean code = chunk.charAt(0) == '&' && chunk.charAt(n - 1) == ';';
    List<Span> out = new ArrayList<>(2);
    int start = 0;
    double[] sums = new double[outcomes];
    Context[] prefixes = new Context[n];
    for (int i = 1; i < n && (prefixes[i - 1] != null || i == 1 || !closed); i++) {
      prefixes[i] = features.get("p=" + chunk.substring(0, i));
    }
    Context[] suffixes = new Context[n];
    for (int i = n - 1; i >= 1 && (i == n - 1 || suffixes[i + 1] != null || !closed); i--) {
      suffixes[i] = features.get("s=" + chunk.substring(i));
    }
    for (int i = 1; i < n; i++) {
      if (splitsAt(chunk, i, prefixes[i], suffixes[i], code, sums)) {
        out.add(new Span(start, i));
        start = i;
      }
    }
    out.add(new Span(start, n));
    return out.toArray(new Span[0]);
  }

  /** Whether the model splits {@code chunk} before {@code i} (0 < i < its length). */
  private boolean splitsAt(
      String chunk, int i, Context prefix, Context suffix, boolean code, double[] sums) {
    Arrays.fill(sums, logPrior);
    add(sums, prefix);
    add(sums, suffix);
    char before = chunk.charAt(i - 1);
    char at = chunk.charAt(i);
    addAll(sums, chars(P1, before));
    if (i > 1) {
      char twoBefore = chunk.charAt(i - 2);
      addAll(sums, chars(P2, twoBefore));
      add(sums, pair(P21, twoBefore, before));
    } else {
      add(sums, p2Begin);
    }
    add(sums, pair(P1F1, before, at));
    addAll(sums, chars(F1, at));
    if (i + 1 < chunk.length()) {
      char after = chunk.charAt(i + 1);
      addAll(sums, chars(F2, after));
      add(sums, pair(F12, at, after));
    } else {
      add(sums, f2End);
    }
    if (code) {
      add(sums, characterCode);
    }
    return best(sums) == split;
  }

  /** The outcome GISModel's probabilities from {@code sums} make best (the first highest). */
  private static int best(double[] sums) {
    double normal = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    int best = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
      if (sums[best] < sums[o]) {
        best = o;
      }
    }
    return best;
  }

  private Context[] chars(int key, char c) {
    return c < TABLE ? chars[key][c] : charFeatures(CHAR_KEYS[key], c);
  }

  private Context pair(int key, char a, char b) {
    return a < TABLE && b < TABLE
        ? pairs[key][a * TABLE + b]
        : features.get(PAIR_KEYS[key] + a + b);
  }

  /**
   * The known features DefaultTokenContextGenerator makes for the character {@code c} under {@code
   * key}, in its order.
   */
  private Context[] charFeatures(String key, char c) {
    List<String> names = new ArrayList<>(3);
    names.add(key + "=" + c);
    if (Character.isLetter(c)) {
      names.add(key + "_alpha");
      if (Character.isUpperCase(c)) {
        names.add(key + "_caps");
      }
    } else if (Character.isDigit(c)) {
      names.add(key + "_num");
    } else if (StringUtil.isWhitespace(c)) {
      names.add(key + "_ws");
    } else if (c == '.' || c == '?' || c == '!') {
      names.add(key + "_eos");
    } else if (c == '`' || c == '"' || c == '\'') {
      names.add(key + "_quote");
    } else if (c == '[' || c == '{' || c == '(') {
      names.add(key + "_lp");
    } else if (c == ']' || c == '}' || c == ')') {
      names.add(key + "_rp");
    }
    List<Context> out = new ArrayList<>(names.size());
    for (String name : names) {
      Context weights = features.get(name);
      if (weights != null) {
        out.add(weights);
      }
    }
    return out.toArray(new Context[0]);
  }

  private static void addAll(double[] sums, Context[] cs) {
    for (Context c : cs) {
      add(sums, c);
    }
  }

  /** Adds the weights of {@code c} as GISModel does (times the feature value 1, which is exact). */
  private static void add(double[] sums, Context c) {
    if (c != null) {
      int[] o = c.getOutcomes();
      double[] p = c.getParameters();
      for (int a = 0; a < o.length; a++) {
        sums[o[a]] += p[a];
      }
    }
  }
}
