package dev.quiz.core.render;

import dev.quiz.core.model.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The usable questions, one per fact. Two questions are about the same fact when they share the
 * document and evidence sentence and answer offsets, or the document and normalized answer value.
 * Stateless.
 */
final class FactPool {
  private FactPool() {}

  /** Best score first, then key, so that the input order never matters. */
  private static final Comparator<Question> BEST_FIRST =
      Comparator.comparingDouble(Question::score).reversed().thenComparing(Question::key);

  static List<Question> usable(List<Question> questions, PlanOptions options) {
    List<Question> sorted = new ArrayList<>();
    for (Question q : questions) {
      if (options.allows(q.type()) && q.score() >= options.minScore()) {
        sorted.add(q);
      }
    }
    Collections.sort(sorted, BEST_FIRST);
    Set<Object> seen = new HashSet<>();
    List<Question> out = new ArrayList<>();
    for (Question q : sorted) {
      List<Object> ids = identities(q);
      if (Collections.disjoint(seen, ids)) {
        seen.addAll(ids);
        out.add(q);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Object> identities(Question q) {
    String doc = q.source().document();
    return Arrays.<Object>asList(
        Arrays.<Object>asList("key", q.key()),
        Arrays.<Object>asList("evidence", doc, q.source().evidence(), q.source().answerSpan()),
        Arrays.<Object>asList("value", doc, q.value()));
  }
}
