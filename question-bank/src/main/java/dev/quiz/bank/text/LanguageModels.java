package dev.quiz.bank.text;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (sentence, token, part-of-speech, lemma; Universal Dependencies
 * EWT, from the {@code opennlp-models-*-en} jars on the class path), loaded once. Thread-safe: the
 * models are immutable and each thread gets its own tagger instances, which remember what they
 * computed ({@link WordTokenizer}, {@link PosTagger}).
 */
public final class LanguageModels {
  private static final String SENT = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /** Distinct words whose feature weights each thread's tagger remembers (a few MB). */
  private static final int POS_CACHE_WORDS = 20_000;

  /** Whitespace-separated chunks whose token splits each thread's tokenizer remembers. */
  private static final int TOKEN_CACHE_CHUNKS = 8192;

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmaModel;
  private final ThreadLocal<SentenceDetectorME> sentences;
  private final ThreadLocal<WordTokenizer> tokenizers;
  private final ThreadLocal<PosTagger> taggers;
  private final ThreadLocal<LemmatizerME> lemmatizers;

  private LanguageModels() {
    try {
      sentenceModel = new SentenceModel(open(SENT));
      tokenizerModel = new TokenizerModel(open(TOKENS));
      posModel = new POSModel(open(POS));
      lemmaModel = new LemmatizerModel(open(LEMMAS));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot load the OpenNLP English models (a build problem): " + e.getMessage(), e);
    }
    sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    PosWeights posWeights = new PosWeights(posModel);
    taggers = ThreadLocal.withInitial(() -> new PosTagger(posWeights, POS_CACHE_WORDS));
    ChunkSplitter splitter = new ChunkSplitter(tokenizerModel);
    tokenizers =
        ThreadLocal.withInitial(
            () -> new WordTokenizer(splitter, taggers.get(), TOKEN_CACHE_CHUNKS));
    lemmatizers = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
  }

  /** The models, loaded on first use (about 0.3 s) and shared by every caller. */
  public static LanguageModels english() {
    return Holder.INSTANCE;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("model " + name + " is not on the class path");
    }
    return in;
  }

  SentenceDetectorME sentenceDetector() {
    return sentences.get();
  }

  WordTokenizer tokenizer() {
    return tokenizers.get();
  }

  PosTagger tagger() {
    return taggers.get();
  }

  LemmatizerME lemmatizer() {
    return lemmatizers.get();
  }

  private static final class Holder {
    static final LanguageModels INSTANCE = new LanguageModels();
  }
}
