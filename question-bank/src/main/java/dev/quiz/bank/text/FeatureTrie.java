package dev.quiz.bank.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a model's features named {@code key + value}, by value, as a trie: one walk along
 * a chunk finds the features of all its prefixes (or, reading backwards, of all its suffixes)
 * without building a string for each. Immutable and thread-safe.
 */
final class FeatureTrie {
  private final char[] keys;
  private final FeatureTrie[] children;
  private final Context weights;

  private FeatureTrie(char[] keys, FeatureTrie[] children, Context weights) {
    this.keys = keys;
    this.children = children;
    this.weights = weights;
  }

  /**
   * The trie of the features in {@code features} whose names start with {@code key}, by the rest of
   * their names, read backwards when {@code reversed}.
   */
  static FeatureTrie of(Map<String, Context> features, String key, boolean reversed) {
    Builder root = new Builder();
    for (Map.Entry<String, Context> e : features.entrySet()) {
      if (e.getKey().startsWith(key)) {
        String value = e.getKey().substring(key.length());
        Builder b = root;
        for (int k = 0; k < value.length(); k++) {
          char c = value.charAt(reversed ? value.length() - 1 - k : k);
          b = b.children.computeIfAbsent(c, x -> new Builder());
        }
        b.weights = e.getValue();
      }
    }
    return root.build();
  }

  /**
   * The weights of the features of {@code chunk}'s parts, by split point {@code i} (1 to its length
   * - 1): of its prefix before {@code i}, or, when {@code suffixes}, of its suffix from {@code i};
   * null where the model has no such feature.
   */
  Context[] along(String chunk, boolean suffixes) {
    int n = chunk.length();
    Context[] out = new Context[n];
    FeatureTrie node = this;
    if (suffixes) {
      for (int i = n - 1; i >= 1 && node != null; i--) {
        node = node.child(chunk.charAt(i));
        out[i] = node == null ? null : node.weights;
      }
    } else {
      for (int i = 1; i < n && node != null; i++) {
        node = node.child(chunk.charAt(i - 1));
        out[i] = node == null ? null : node.weights;
      }
    }
    return out;
  }

  /**
   * The weights of the features of {@code s}'s first (or, when {@code fromEnd}, last) {@code k + 1}
   * characters, by {@code k} from 0 to {@code max - 1} ({@code max} at most its length); null where
   * the model has no such feature.
   */
  Context[] byLength(String s, boolean fromEnd, int max) {
    Context[] out = new Context[max];
    FeatureTrie node = this;
    for (int k = 0; k < max && node != null; k++) {
      node = node.child(s.charAt(fromEnd ? s.length() - 1 - k : k));
      out[k] = node == null ? null : node.weights;
    }
    return out;
  }

  private FeatureTrie child(char c) {
    int k = Arrays.binarySearch(keys, c);
    return k < 0 ? null : children[k];
  }

  /** A trie being built. */
  private static final class Builder {
    final TreeMap<Character, Builder> children = new TreeMap<>();
    Context weights;

    FeatureTrie build() {
      char[] keys = new char[children.size()];
      FeatureTrie[] kids = new FeatureTrie[children.size()];
      int k = 0;
      for (Map.Entry<Character, Builder> e : children.entrySet()) {
        keys[k] = e.getKey();
        kids[k++] = e.getValue().build();
      }
      return new FeatureTrie(keys, kids, weights);
    }
  }
}
