package dev.quiz.bank.text;

import java.util.Arrays;

/**
 * A sequence of tags in {@link PosTagger}'s beam search, as a linked list from its last tag back;
 * ordered best score first, as OpenNLP's {@code Sequence} is. Immutable.
 */
final class TagPath implements Comparable<TagPath> {
  /** The empty sequence every search starts from. */
  static final TagPath START = new TagPath(null, -1, 0);

  final TagPath parent;
  final int tag;
  final double score;
  final int length;

  TagPath(TagPath parent, int tag, double score) {
    this.parent = parent;
    this.tag = tag;
    this.score = score;
    this.length = parent == null ? 0 : parent.length + 1;
  }

  @Override
  public int compareTo(TagPath o) {
    return Double.compare(o.score, score);
  }

  /** The tag names of the sequence, first tag first. */
  String[] tags(PosWeights weights) {
    String[] out = new String[length];
    TagPath p = this;
    for (int i = length - 1; i >= 0; i--) {
      out[i] = weights.outcome(p.tag);
      p = p.parent;
    }
    return out;
  }

  /**
   * A priority queue of paths, best first, that keeps its paths in exactly the order {@link
   * java.util.PriorityQueue} keeps them (the same sift-up and sift-down steps), so paths of equal
   * score come out in the same order; without its generic comparisons. Not thread-safe.
   */
  static final class Heap {
    private TagPath[] queue = new TagPath[16];
    private int size;

    int size() {
      return size;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void clear() {
      Arrays.fill(queue, 0, size, null);
      size = 0;
    }

    /** Adds {@code x}, as {@code PriorityQueue.offer} does. */
    void add(TagPath x) {
      if (size == queue.length) {
        queue = Arrays.copyOf(queue, size * 2);
      }
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        TagPath e = queue[parent];
        if (x.compareTo(e) >= 0) {
          break;
        }
        queue[k] = e;
        k = parent;
      }
      queue[k] = x;
    }

    /** Removes and returns the best path, as {@code PriorityQueue.poll} does; null when empty. */
    TagPath poll() {
      TagPath result = queue[0];
      if (result != null) {
        int n = --size;
        TagPath x = queue[n];
        queue[n] = null;
        if (n > 0) {
          siftDown(x, n);
        }
      }
      return result;
    }

    private void siftDown(TagPath x, int n) {
      int k = 0;
      int half = n >>> 1;
      while (k < half) {
        int child = (k << 1) + 1;
        TagPath c = queue[child];
        int right = child + 1;
        if (right < n && c.compareTo(queue[right]) > 0) {
          c = queue[child = right];
        }
        if (x.compareTo(c) <= 0) {
          break;
        }
        queue[k] = c;
        k = child;
      }
      queue[k] = x;
    }
  }
}
