package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CorpusTest {

  @Test
  void aSampleLeavesOutTheOwnDocumentAndThoseNotTaken() {
    List<Fact> facts =
        List.of(person("a.txt", "Anna A"), person("b.txt", "Bert B"), person("c.txt", "Cara C"));

    List<Fact> sample = Corpus.of(facts).sample("a.txt", d -> !d.equals("c.txt"), 400);

    assertThat(sample).containsExactly(facts.get(1));
  }

  @Test
  void aLargeCorpusIsSampledAtAnEvenStep() {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      facts.add(person("b.txt", "Bert B" + i));
    }

    List<Fact> sample = Corpus.of(facts).sample("a.txt", d -> true, 3);

    assertThat(sample).containsExactly(facts.get(0), facts.get(3), facts.get(6), facts.get(9));
  }

  @Property
  void aSampleIsEveryStepthFactOfTheDocumentsTaken(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 4) Integer> documents,
      @ForAll @Size(max = 5) Set<@IntRange(min = 0, max = 4) Integer> taken,
      @ForAll @IntRange(min = 0, max = 4) int own,
      @ForAll @IntRange(min = 1, max = 12) int cap) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      facts.add(person("d" + documents.get(i) + ".txt", "Name N" + i));
    }
    String ownName = "d" + own + ".txt";

    List<Fact> sample =
        Corpus.of(facts).sample(ownName, d -> taken.contains(d.charAt(1) - '0'), cap);

    List<Fact> others = new ArrayList<>();
    for (Fact f : facts) {
      String d = f.evidence().document();
      if (!d.equals(ownName) && taken.contains(d.charAt(1) - '0')) {
        others.add(f);
      }
    }
    List<Fact> expected = new ArrayList<>();
    for (int i = 0; i < others.size(); i += Math.max(1, others.size() / cap)) {
      expected.add(others.get(i));
    }
    assertThat(sample).containsExactlyElementsOf(expected);
  }

  private static Fact person(String doc, String name) {
    return Facts.person(doc, name + " led.", name);
  }
}
