package dev.quiz.bank.extract;

import java.util.List;

/**
 * Finds facts of one kind in a document. Implementations are stateless and thread-safe.
 *
 * @param <F> the kind of fact found
 */
public interface FactExtractor<F extends Fact> {
  /** The facts stated in the document, in text order. */
  List<F> extract(DocumentContext doc);
}
