package dev.quiz.core.model;

import java.util.Objects;

/**
 * Where a question comes from: the document, the exact evidence sentence (or infobox line) and its
 * offsets.
 *
 * @param document the document's file name, without folders
 * @param evidence the sentence, an exact substring of the document
 * @param span offsets of {@code evidence} in the document as read
 * @param answerSpan offsets of the answer's words in the document
 */
public record Source(String document, String evidence, TextSpan span, TextSpan answerSpan) {
  public Source {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(evidence, "evidence == null");
    Objects.requireNonNull(span, "span == null");
    Objects.requireNonNull(answerSpan, "answerSpan == null");
    if (span.length() != evidence.length()) {
      throw new IllegalArgumentException(
          "evidence length " + evidence.length() + " does not match span " + span);
    }
  }
}
