package dev.quiz.bank.pipeline;

import dev.quiz.core.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of a bank run. Immutable.
 *
 * @param facts the facts, merged across documents (one fact stated twice has two sources)
 * @param questions the questions kept, in document order
 * @param diagnostics one entry per document, in input order
 */
public record BankResult(
    List<MergedFact> facts, List<Question> questions, List<DocumentDiagnostics> diagnostics) {
  public BankResult {
    facts = Collections.unmodifiableList(new ArrayList<>(facts));
    questions = Collections.unmodifiableList(new ArrayList<>(questions));
    diagnostics = Collections.unmodifiableList(new ArrayList<>(diagnostics));
  }
}
