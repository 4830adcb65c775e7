package dev.quiz.bank.text;

import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Splits a unit into tokens and tags them with part of speech and lemma (OpenNLP). Tagging costs
 * about 2.5 s per MB per core, so callers tag only the units that carry facts. Thread-safe.
 */
public final class Tokenizer {
  private final LanguageModels models;

  /** A tokenizer over the given models. */
  public Tokenizer(LanguageModels models) {
    this.models = models;
  }

  /** The tokens of {@code sentence}, with offsets into the document text. */
  public List<Token> tag(Sentence sentence) {
    String text = sentence.text();
    Span[] spans = models.tokenizer().tokenizePos(text);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = models.tagger().tag(words);
    String[] lemmas = models.lemmatizer().lemmatize(words, tags);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      TextSpan span =
          new TextSpan(sentence.offset(spans[i].getStart()), sentence.offset(spans[i].getEnd()));
      String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
      out.add(new Token(words[i], span, tags[i], lemma.toLowerCase(Locale.ROOT)));
    }
    return Collections.unmodifiableList(out);
  }
}
