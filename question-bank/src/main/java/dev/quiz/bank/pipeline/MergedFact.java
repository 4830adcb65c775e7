package dev.quiz.bank.pipeline;

import dev.quiz.bank.extract.Evidence;
import dev.quiz.bank.extract.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A fact as the corpus states it: the first statement, every place that states the same, and
 * whether another document says something different about the same thing. Immutable.
 *
 * @param fact the first statement
 * @param sources every evidence of the same fact (the first included)
 * @param conflict {@code true} when another document gives a different value for the same thing
 */
public record MergedFact(Fact fact, List<Evidence> sources, boolean conflict) {
  public MergedFact {
    Objects.requireNonNull(fact, "fact == null");
    sources = Collections.unmodifiableList(new ArrayList<>(sources));
  }
}
