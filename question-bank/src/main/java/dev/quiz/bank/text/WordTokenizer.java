package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer with its splits remembered per whitespace-separated chunk.
 * {@link TokenizerME} splits a text at whitespace and then decides each chunk on its own (from the
 * chunk's characters only), so a chunk seen before ("said,", "1,000", "U.S.") is split the same way
 * without asking the model again; a new chunk is split by {@link ChunkSplitter}, which evaluates
 * the model as {@code TokenizerME} does. The tokens are the same as {@code TokenizerME}'s. Not
 * thread-safe: one per thread.
 */
final class WordTokenizer {
  private final ChunkSplitter splitter;
  private final int capacity;
  private final Map<String, Span[]> chunks = new HashMap<>();

  /** A tokenizer over {@code splitter} remembering up to {@code capacity} chunks. */
  WordTokenizer(ChunkSplitter splitter, int capacity) {
    this.splitter = splitter;
    this.capacity = capacity;
  }

  /**
   * The tokens of {@code text} as offsets into it, as {@link TokenizerME#tokenizePos} gives them.
   */
  Span[] tokenizePos(String text) {
    List<Span> out = new ArrayList<>();
    for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
      String chunk = text.substring(w.getStart(), w.getEnd());
      Span[] parts = chunks.get(chunk);
      if (parts == null) {
        parts = splitter.split(chunk);
        if (chunks.size() >= capacity) {
          chunks.clear();
        }
        chunks.put(chunk, parts);
      }
      for (Span p : parts) {
        out.add(new Span(w.getStart() + p.getStart(), w.getStart() + p.getEnd()));
      }
    }
    return out.toArray(new Span[0]);
  }
}
