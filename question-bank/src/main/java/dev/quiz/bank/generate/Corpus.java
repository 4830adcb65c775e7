package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The facts of a batch of documents that wrong answers are drawn from, in order and grouped by
 * document once, so that each document's distractors need not look at every fact of the batch.
 * Build it once per batch and pass it to {@link QuestionGenerator}. Immutable and thread-safe.
 */
public final class Corpus {
  /** The facts {@code from} (inclusive) to {@code to} (exclusive), all of one document. */
  private record Run(String document, int from, int to) {}

  private final List<Fact> facts;
  private final List<Run> runs;

  private Corpus(List<Fact> facts, List<Run> runs) {
    this.facts = facts;
    this.runs = runs;
  }

  /**
   * The corpus of {@code facts}, in that order (copied).
   *
   * @param facts the facts of every document of the batch; a document's facts usually come together
   */
  public static Corpus of(List<? extends Fact> facts) {
    List<Fact> copy = List.copyOf(facts);
    List<Run> runs = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= copy.size(); i++) {
      String d = copy.get(from).evidence().document();
      if (i == copy.size() || !copy.get(i).evidence().document().equals(d)) {
        runs.add(new Run(d, from, i));
        from = i;
      }
    }
    return new Corpus(copy, List.copyOf(runs));
  }

  /**
   * Every {@code step}-th fact of the documents other than {@code own} that {@code take} accepts,
   * in order, the step chosen so that about {@code cap} facts are returned (all when fewer).
   *
   * @param own the file name of the document asking, whose facts are never returned
   * @param take whether a document (by file name) may lend facts; asked at most once per run of its
   *     facts, so it must answer the same for the same name
   * @param cap the number of facts wanted, at least 1
   */
  List<Fact> sample(String own, Predicate<String> take, int cap) {
    List<Run> taken = new ArrayList<>();
    int total = 0;
    for (Run r : runs) {
      if (!r.document().equals(own) && take.test(r.document())) {
        taken.add(r);
        total += r.to() - r.from();
      }
    }
    int step = Math.max(1, total / cap);
    List<Fact> out = new ArrayList<>(Math.min(total, 2 * cap));
    int base = 0; // index of the run's first fact among the facts taken
    for (Run r : taken) {
      int size = r.to() - r.from();
      for (int k = (base + step - 1) / step * step; k < base + size; k += step) {
        out.add(facts.get(r.from() + k - base));
      }
      base += size;
    }
    return out;
  }
}
