package dev.quiz.bank.text;

import dev.quiz.core.model.TextSpan;
import java.util.Locale;
import java.util.Objects;

/**
 * A word or punctuation token with its part of speech (Universal Dependencies tag: NOUN, VERB, AUX,
 * PROPN, NUM, ...) and lemma. Immutable.
 *
 * @param text the token as written
 * @param span its offsets in the document text
 * @param pos its UD part-of-speech tag
 * @param lemma its dictionary form, lower case
 */
public record Token(String text, TextSpan span, String pos, String lemma) {
  public Token {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(span, "span == null");
    Objects.requireNonNull(pos, "pos == null");
    Objects.requireNonNull(lemma, "lemma == null");
  }

  /** True for a verb or auxiliary. */
  public boolean isVerb() {
    return pos.startsWith("VERB") || pos.startsWith("AUX");
  }

  /** True when the part of speech starts with {@code tag} ("NOUN" also matches "NOUN+PART"). */
  public boolean is(String tag) {
    return pos.startsWith(tag);
  }

  /** The text in lower case. */
  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
