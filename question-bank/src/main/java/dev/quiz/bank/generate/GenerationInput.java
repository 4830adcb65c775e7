package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.DocumentContext;
import dev.quiz.bank.extract.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One document's facts with what question generation needs around them. Immutable.
 *
 * @param context the segmented document
 * @param facts the document's facts
 * @param title the document's title or headline ("" when it has none)
 */
public record GenerationInput(DocumentContext context, List<Fact> facts, String title) {
  public GenerationInput {
    Objects.requireNonNull(context, "context == null");
    facts = Collections.unmodifiableList(new ArrayList<>(facts));
    Objects.requireNonNull(title, "title == null");
  }

  /**
   * The year of the events the document tells of, for choosing wrong answers of the same era: the
   * document's own year ({@link DocumentContext#year}; none when unknown), unless most of its dated
   * facts lie more than {@link Distractors#ERA_WINDOW} years from it. Then the year most of them
   * give (three at least): a speech of 2015 on the battle of 1415 is of 1415's era, and its wrong
   * names are not 2015's generals.
   */
  public OptionalInt eraYear() {
    OptionalInt own = context.year();
    if (own.isEmpty()) {
      return own; // a year only mentioned (a news report's "in 2015") is no era to choose by
    }
    Map<Integer, Integer> counts = new HashMap<>();
    int most = 0;
    int mode = 0;
    for (Fact f : facts) {
      if (f instanceof DateFact d && d.value().start().isPresent()) {
        OptionalInt y = yearOf(d.value().start().get());
        if (y.isPresent()) {
          int n = counts.merge(y.getAsInt(), 1, Integer::sum);
          if (n > most || n == most && y.getAsInt() < mode) {
            most = n;
            mode = y.getAsInt();
          }
        }
      }
    }
    // the document's own era unless its dates mostly lie elsewhere, a few of them at least
    int near = 0;
    int all = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      all += e.getValue();
      near += Math.abs(e.getKey() - own.getAsInt()) <= Distractors.ERA_WINDOW ? e.getValue() : 0;
    }
    return most < MIN_ERA_DATES || 2 * near >= all ? own : OptionalInt.of(mode);
  }

  /** Dated facts of one year that it takes to put a document in another era than its own. */
  private static final int MIN_ERA_DATES = 3;

  /** The year of an ISO-like date value ("1415-10-25", "1415", "-0480"); empty for "--10". */
  private static OptionalInt yearOf(String start) {
    boolean before = start.startsWith("-");
    int i = before ? 1 : 0;
    int from = i;
    while (i < start.length() && Character.isDigit(start.charAt(i))) {
      i++;
    }
    if (i - from < 3) {
      return OptionalInt.empty();
    }
    int y = Integer.parseInt(start.substring(from, i));
    return OptionalInt.of(before ? -y : y);
  }
}
