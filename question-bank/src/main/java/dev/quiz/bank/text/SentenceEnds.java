package dev.quiz.bank.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * The sentence spans of OpenNLP's {@link SentenceDetectorME#sentPosDetect} for the English model,
 * computed the same way with less work around the model: the end-of-sentence characters are found
 * by a character test instead of a {@code HashSet<Character>} per character, positions are kept as
 * {@code int}s, and no probabilities are recorded. The decisions are the model's own (same context
 * generator, same maxent model), taken at the same candidates in the same order. This holds for a
 * model without an abbreviation dictionary (OpenNLP then accepts every break), which {@link #of}
 * checks. Not thread-safe (the context generator has buffers): one per thread.
 */
final class SentenceEnds {
  private static final String MODEL_FILE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  /** Below every position: an end character not looked for yet. */
  private static final int NOT_SEARCHED = -2;

  private final MaxentModel model;
  private final SDContextGenerator contexts;
  private final char[] eos;
  private final boolean useTokenEnd;

  private SentenceEnds(SentenceModel m) {
    SentenceDetectorFactory f = m.getFactory();
    if (f.getAbbreviationDictionary() != null || m.getAbbreviations() != null) {
      throw new IllegalStateException(
          "the sentence model has an abbreviation dictionary: SentenceEnds would not be exact");
    }
    this.model = m.getMaxentModel();
    this.contexts = f.getSDContextGenerator();
    this.eos = f.getEOSCharacters().clone();
    this.useTokenEnd = f.isUseTokenEnd();
  }

  /** A detector over the English sentence model (shared, loaded once). */
  static SentenceEnds english() {
    return new SentenceEnds(Holder.MODEL);
  }

  /** A detector over {@code m}, which must have no abbreviation dictionary. */
  static SentenceEnds of(SentenceModel m) {
    return new SentenceEnds(m);
  }

  /**
   * The sentences of {@code s} as {@code [start0, end0, start1, end1, ...]}: the spans {@code
   * sentPosDetect(s)} gives, in order.
   */
  int[] spans(String s) {
    int[] starts = new int[8];
    int count = 0;
    int index = 0;
    int[] nextOf = new int[eos.length];
    java.util.Arrays.fill(nextOf, NOT_SEARCHED);
    int next = nextEos(s, 0, nextOf);
    while (next >= 0) {
      int cint = next;
      next = nextEos(s, cint + 1, nextOf);
      // only the last end character of a run without whitespace is a candidate
      int fws = firstWhitespace(s, cint + 1);
      if (next >= 0 && next < fws || count > 0 && cint < starts[count - 1]) {
        continue;
      }
      double[] probs = model.eval(contexts.getContext(s, cint));
      if (model.getBestOutcome(probs).equals(SentenceDetectorME.SPLIT)) {
        if (index != cint) {
          if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, 2 * count);
          }
          starts[count++] = firstNonWhitespace(s, useTokenEnd ? fws : cint + 1);
        }
        index = cint + 1;
      }
    }
    return toSpans(s, starts, count);
  }

  /**
   * The spans between the sentence starts, each trimmed of whitespace, as {@code sentPosDetect}
   * makes them: with no start, the whole text trimmed (nothing when it is all whitespace).
   */
  private static int[] toSpans(CharSequence s, int[] starts, int count) {
    if (count == 0) {
      int start = firstNonWhitespace(s, 0);
      int end = trimEnd(s, start, s.length());
      return end > start ? new int[] {start, end} : new int[0];
    }
    boolean leftover = starts[count - 1] != s.length();
    int[] out = new int[2 * (leftover ? count + 1 : count)];
    for (int i = 0; i <= count; i++) {
      int from = i == 0 ? 0 : starts[i - 1];
      int to = i < count ? starts[i] : s.length();
      if (i == count && !leftover) {
        break;
      }
      // each span has a non-space character: the candidate's, or the one a start points at
      int start = Math.min(firstNonWhitespace(s, from), to);
      out[2 * i] = start;
      out[2 * i + 1] = trimEnd(s, start, to);
    }
    return out;
  }

  /**
   * The first end character at or after {@code from}, or -1. {@code nextOf} keeps each end
   * character's next position (-1: none left; {@link #NOT_SEARCHED} at first), so each is searched
   * for once per occurrence, with {@link String#indexOf(int, int)}; {@code from} only grows between
   * calls.
   */
  private int nextEos(String s, int from, int[] nextOf) {
    int next = -1;
    for (int k = 0; k < eos.length; k++) {
      int p = nextOf[k];
      if (p != -1 && p < from) {
        p = s.indexOf(eos[k], from);
        nextOf[k] = p;
      }
      if (p >= 0 && (next < 0 || p < next)) {
        next = p;
      }
    }
    return next;
  }

  private static int firstWhitespace(CharSequence s, int pos) {
    while (pos < s.length() && !StringUtil.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static int firstNonWhitespace(CharSequence s, int pos) {
    while (pos < s.length() && StringUtil.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static int trimEnd(CharSequence s, int start, int end) {
    while (end > start && StringUtil.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The English sentence model, loaded on first use. */
  private static final class Holder {
    static final SentenceModel MODEL = load();

    private static SentenceModel load() {
      try (InputStream in = SentenceEnds.class.getClassLoader().getResourceAsStream(MODEL_FILE)) {
        if (in == null) {
          throw new IllegalStateException("model " + MODEL_FILE + " is not on the class path");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the sentence model " + MODEL_FILE, e);
      }
    }
  }
}
