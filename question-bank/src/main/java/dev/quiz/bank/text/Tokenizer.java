package dev.quiz.bank.text;

import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a unit into tokens and tags them with part of speech and lemma (OpenNLP). Tagging is still
 * the costliest step of generation (about a fifth of it), so callers tag only the units whose
 * questions need tokens. Thread-safe.
 */
public final class Tokenizer {
  /** Distinct (word, tag) pairs remembered; past this, lemmas are computed and not stored. */
  private static final int LEMMA_CACHE_SIZE = 100_000;

  private final LanguageModels models;

  /** Lemma of a single (word, tag): the lemmatizer sees one word, so it is a pure function. */
  private final Map<String, String> lemmas = new ConcurrentHashMap<>();

  /** A tokenizer over the given models. */
  public Tokenizer(LanguageModels models) {
    this.models = models;
  }

  /** The tokens of {@code sentence}, with offsets into the document text. */
  public List<Token> tag(Sentence sentence) {
    WordTokenizer.Tokens tokens = models.tokenizer().tokenize(sentence.text());
    String[] words = tokens.words();
    String[] tags = models.tagger().tag(tokens.weights());
    namesNotVerbs(words, tags);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      TextSpan span =
          new TextSpan(sentence.offset(tokens.starts()[i]), sentence.offset(tokens.ends()[i]));
      String lemma = lemma(words[i], tags[i]);
      out.add(new Token(words[i], span, tags[i], lemma.toLowerCase(Locale.ROOT)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A capitalised word the model took for a verb between two proper nouns is part of a name ("Sir
   * Henry Bartle/VERB Frere"): it is retagged a proper noun, so no question is built on it as the
   * verb.
   */
  static void namesNotVerbs(String[] words, String[] tags) {
    for (int i = 1; i + 1 < words.length; i++) {
      if (tags[i].equals("VERB")
          && Character.isUpperCase(words[i].charAt(0))
          && tags[i - 1].equals("PROPN")
          && tags[i + 1].equals("PROPN")) {
        tags[i] = "PROPN";
      }
    }
  }

  /**
   * Lemmas are needed for verbs only (to invert questions); the lemmatizer's beam search is the
   * slowest stage, so other words keep their lower-cased form. A verb's lemma depends on the word
   * and its tag only, so it is computed once per pair (bounded cache).
   */
  private String lemma(String word, String tag) {
    if (!tag.startsWith("VERB") && !tag.startsWith("AUX")) {
      return word;
    }
    String key = tag + ' ' + word;
    String cached = lemmas.get(key);
    if (cached != null) {
      return cached;
    }
    String lemma = lemmatize(word, tag);
    if (lemmas.size() < LEMMA_CACHE_SIZE) {
      lemmas.put(key, lemma);
    }
    return lemma;
  }

  private String lemmatize(String word, String tag) {
    String[] l = models.lemmatizer().lemmatize(new String[] {word}, new String[] {tag});
    return l.length == 0 || l[0] == null || l[0].equals("O") ? word : l[0];
  }
}
