package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.core.model.TextSpan;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Person facts whose name is only part of a longer name another person fact of the document holds:
 * "Rabbani" inside "Mullah Mohammad Rabbani" (another man than President Rabbani). Their blank
 * ("Mullah Mohammad ____") takes no other person's full name and their statements read as nonsense,
 * so they make no questions; the longer name's fact makes them. Stateless.
 */
final class NestedNames {
  private NestedNames() {}

  /** The person facts of {@code facts} whose answer span lies inside another's, by identity. */
  static Set<Fact> of(List<Fact> facts) {
    List<Fact> people =
        facts.stream()
            .filter(f -> f instanceof PersonFact)
            .sorted(
                Comparator.<Fact>comparingInt(f -> f.evidence().answerSpan().start())
                    .thenComparing(f -> -f.evidence().answerSpan().end()))
            .toList();
    Set<Fact> out = Collections.newSetFromMap(new IdentityHashMap<>());
    int maxEnd = -1;
    int maxEndOfOthers = -1;
    TextSpan last = null;
    for (Fact f : people) {
      TextSpan s = f.evidence().answerSpan();
      if (!s.equals(last)) {
        // facts of the very same span do not hide each other
        maxEndOfOthers = maxEnd;
        last = s;
      }
      if (maxEndOfOthers >= s.end()) {
        out.add(f);
      }
      maxEnd = Math.max(maxEnd, s.end());
    }
    return out;
  }
}
