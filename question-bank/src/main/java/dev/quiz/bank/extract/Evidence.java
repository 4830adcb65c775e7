package dev.quiz.bank.extract;

import dev.quiz.core.model.TextSpan;
import java.util.Objects;

/**
 * Where a fact is stated. Immutable.
 *
 * @param document the document's file name
 * @param sentence the exact unit text (sentence or infobox line) that states it
 * @param sentenceSpan offsets of {@code sentence} in the document text
 * @param answerSpan offsets of the answer's words in the document text, inside {@code sentenceSpan}
 * @param sentenceIndex the unit's index in the document
 */
public record Evidence(
    String document,
    String sentence,
    TextSpan sentenceSpan,
    TextSpan answerSpan,
    int sentenceIndex) {
  public Evidence {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(sentence, "sentence == null");
    Objects.requireNonNull(sentenceSpan, "sentenceSpan == null");
    Objects.requireNonNull(answerSpan, "answerSpan == null");
    if (answerSpan.start() < sentenceSpan.start() || answerSpan.end() > sentenceSpan.end()) {
      throw new IllegalArgumentException(
          "answer " + answerSpan + " is outside its sentence " + sentenceSpan + " in " + document);
    }
  }

  /** The answer's position inside {@link #sentence()}, as [start, end). */
  public TextSpan localAnswer() {
    int base = sentenceSpan.start();
    return new TextSpan(answerSpan.start() - base, answerSpan.end() - base);
  }
}
