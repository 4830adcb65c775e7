package dev.quiz.bank.text;

import java.util.Arrays;

/**
 * The remembered chunks of a {@link WordTokenizer}, by their text: an open-addressing hash table
 * looked up with a part of a longer text and its hash, so that a chunk seen before is found without
 * copying it out of the sentence. Forgets everything when full, as the tokenizer's map did. Not
 * thread-safe.
 *
 * @param <V> what is remembered per chunk
 */
final class ChunkTable<V> {
  private final int capacity;
  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  private int size;

  /** A table of up to {@code capacity} (at least 1) chunks. */
  ChunkTable(int capacity) {
    this.capacity = capacity;
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
    this.keys = new String[slots];
    this.hashes = new int[slots];
    this.values = new Object[slots];
    this.mask = slots - 1;
  }

  /** The hash of {@code text} from {@code start} to {@code end}, as {@link String#hashCode}. */
  static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  /**
   * What is remembered for the chunk {@code text} from {@code start} to {@code end}, whose {@link
   * #hash} is {@code hash}; null when nothing is.
   */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end, int hash) {
    int len = end - start;
    for (int s = slot(hash); keys[s] != null; s = (s + 1) & mask) {
      if (hashes[s] == hash
          && keys[s].length() == len
          && text.regionMatches(start, keys[s], 0, len)) {
        return (V) values[s];
      }
    }
    return null;
  }

  /**
   * Remembers {@code value} for {@code chunk} (not remembered yet), whose hash is {@code hash};
   * forgets all the others first when the table is full.
   */
  void put(String chunk, int hash, V value) {
    if (size >= capacity) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    }
    int s = slot(hash);
    while (keys[s] != null) {
      s = (s + 1) & mask;
    }
    keys[s] = chunk;
    hashes[s] = hash;
    values[s] = value;
    size++;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
