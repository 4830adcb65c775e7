package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClauseBreaksPropertiesTest {
  /** The breaks found only where one can start are the breaks find() finds, in order. */
  @Property(tries = 3000)
  void breaksFoundAtTheirPossibleStartsAreFindsBreaks(@ForAll("sentences") String s) {
    List<String> fast = new ArrayList<>();
    Matcher m = ClozeGenerator.CLAUSE_BREAK.matcher(s).useTransparentBounds(true);
    for (int from = 0; ClozeGenerator.nextBreak(m, s, from); from = m.end()) {
      fast.add(m.start() + "-" + m.end());
    }
    List<String> slow = new ArrayList<>();
    Matcher f = ClozeGenerator.CLAUSE_BREAK.matcher(s);
    while (f.find()) {
      slow.add(f.start() + "-" + f.end());
    }
    assertThat(fast).isEqualTo(slow);
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of(
            "; ", ": ", " – ", " — ", ", ", ". ", "\t", "\n", " ", ",", ".", ";", "while", "which",
            "whiles", "and", "x", "É", "as")
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
