package dev.quiz.bank.text;

import java.util.Arrays;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maximum-entropy tokenizer with its splits remembered per whitespace-separated chunk.
 * {@link TokenizerME} splits a text at whitespace and then decides each chunk on its own (from the
 * chunk's characters only), so a chunk seen before ("said,", "1,000", "U.S.") is split the same way
 * without asking the model again; a new chunk is split by {@link ChunkSplitter}, which evaluates
 * the model as {@code TokenizerME} does. The tokens are the same as {@code TokenizerME}'s. With
 * each chunk its words and their {@link PosTagger} weights are remembered too, so that a sentence
 * of known chunks is tagged without looking up its words one by one. Not thread-safe: one per
 * thread, with that thread's tagger.
 */
final class WordTokenizer {
  private final ChunkSplitter splitter;
  private final PosTagger tagger;
  private final ChunkTable<Chunk> chunks;

  /**
   * A tokenizer over {@code splitter} remembering up to {@code capacity} chunks, with the weights
   * of their words from {@code tagger}.
   */
  WordTokenizer(ChunkSplitter splitter, PosTagger tagger, int capacity) {
    this.splitter = splitter;
    this.tagger = tagger;
    this.chunks = new ChunkTable<>(capacity);
  }

  /**
   * The tokens of a text, one entry per token in each array: where it starts and ends in the text,
   * its word, and the word's weights for {@link PosTagger#tag(PosTagger.WordWeights[])}.
   */
  record Tokens(int[] starts, int[] ends, String[] words, PosTagger.WordWeights[] weights) {}

  /** The tokens of {@code text}: those of {@link TokenizerME#tokenizePos}, with their words. */
  Tokens tokenize(String text) {
    int len = text.length();
    int n = 0;
    int[] starts = new int[16];
    int[] ends = new int[16];
    String[] words = new String[16];
    PosTagger.WordWeights[] weights = new PosTagger.WordWeights[16];
    int i = 0;
    while (i < len) {
      // maximal runs of non-whitespace, as WhitespaceTokenizer finds them (newlines not kept)
      while (i < len && isWhitespace(text.charAt(i))) {
        i++;
      }
      int j = i;
      int hash = 0;
      for (char ch; j < len && !isWhitespace(ch = text.charAt(j)); j++) {
        hash = 31 * hash + ch;
      }
      if (j == i) {
        break;
      }
      Chunk c = chunk(text, i, j, hash);
      if (n + c.words.length > starts.length) {
        int size = Math.max(2 * starts.length, n + c.words.length);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        words = Arrays.copyOf(words, size);
        weights = Arrays.copyOf(weights, size);
      }
      for (int k = 0; k < c.words.length; k++, n++) {
        starts[n] = i + c.starts[k];
        ends[n] = i + c.ends[k];
        words[n] = c.words[k];
        weights[n] = c.weights[k];
      }
      i = j;
    }
    return new Tokens(
        Arrays.copyOf(starts, n),
        Arrays.copyOf(ends, n),
        Arrays.copyOf(words, n),
        Arrays.copyOf(weights, n));
  }

  /**
   * The tokens of {@code text} as offsets into it, as {@link TokenizerME#tokenizePos} gives them.
   */
  Span[] tokenizePos(String text) {
    Tokens t = tokenize(text);
    Span[] out = new Span[t.starts().length];
    for (int k = 0; k < out.length; k++) {
      out[k] = new Span(t.starts()[k], t.ends()[k]);
    }
    return out;
  }

  /** The chunk of {@code text} from {@code start} to {@code end}, whose hash is {@code hash}. */
  private Chunk chunk(String text, int start, int end, int hash) {
    Chunk c = chunks.get(text, start, end, hash);
    if (c == null) {
      String chunk = text.substring(start, end);
      Span[] parts = splitter.split(chunk);
      int[] starts = new int[parts.length];
      int[] ends = new int[parts.length];
      String[] words = new String[parts.length];
      PosTagger.WordWeights[] weights = new PosTagger.WordWeights[parts.length];
      for (int k = 0; k < parts.length; k++) {
        starts[k] = parts[k].getStart();
        ends[k] = parts[k].getEnd();
        words[k] = chunk.substring(starts[k], ends[k]);
        weights[k] = tagger.weights(words[k]);
      }
      c = new Chunk(starts, ends, words, weights);
      chunks.put(chunk, hash, c);
    }
    return c;
  }

  /**
   * Whether {@code c} is white space for OpenNLP ({@link StringUtil#isWhitespace(char)}), decided
   * without a lookup for ASCII: space, tab to carriage return, and the separators 0x1C to 0x1F.
   */
  static boolean isWhitespace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
    return StringUtil.isWhitespace(c);
  }

  /** The tokens of one chunk: offsets into it, words and their weights. */
  private record Chunk(int[] starts, int[] ends, String[] words, PosTagger.WordWeights[] weights) {}
}
