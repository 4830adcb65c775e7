package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistractorsTest {

  @ParameterizedTest(name = "{0} among {1}")
  @CsvSource(delimiter = '|', value = {
    "about 7,000|about 8,245|about [0-9]+,000|7000",
    "about 1,500|about 2,108|about [0-9,]*[0-9]00|1500",
    "~40,000|~52,317|~[0-9]+,000|40000",
  })
  void distractorsAreAsRoundAsTheAnswer(String answer, String other, String shape, double value) {
    Fact f = Facts.number("The army had " + answer + " men.", answer, value, value, true);
    double v = Double.parseDouble(other.replaceAll("[^0-9]", ""));
    Fact o = Facts.number("b.txt", "The fleet had " + other + " men.", other, v, v, true);
    List<String> wrong = new Distractors(List.of(f), List.of(o)).pick(f, 3, new SplittableRandom(3))
        .orElseThrow();
    assertThat(wrong).allMatch(w -> w.matches(shape), "shaped like " + shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"between 20,000 and 30,000|20000|30000", "1,200–1,900|1200|1900"})
  void aRangeGetsRangesNeverASingleValue(String answer, double low, double high) {
    Fact f = Facts.number("Losses were " + answer + " men.", answer, low, high, false);
    List<String> wrong = new Distractors(List.of(f), List.of()).pick(f, 3, new SplittableRandom(5))
        .orElseThrow();
    assertThat(wrong).allSatisfy(w -> {
      String[] v = w.replaceAll("[^0-9–a-z ]", "").replaceAll("[^0-9]+", " ").trim().split(" ");
      assertThat(Double.parseDouble(v[1])).isGreaterThan(Double.parseDouble(v[0]));
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Anna Example", "Bert Sample"})
  void aListedPersonGetsNamesFromOtherDocumentsOnly(String name) {
    Fact f = Facts.person("a.txt", "Commanders: " + name, name);
    List<Fact> doc = List.of(f, Facts.person("a.txt", "Commanders: Cara Listed", "Cara Listed"));
    List<Fact> others = List.of(Facts.person("b.txt", "Dan Other led.", "Dan Other"),
        Facts.person("b.txt", "Eve Other led.", "Eve Other"), Facts.person("c.txt", "Fay Else led.", "Fay Else"));
    List<String> wrong = new Distractors(doc, others).pickOtherDocuments(f, 3, new SplittableRandom(1))
        .orElseThrow();
    assertThat(wrong).containsExactlyInAnyOrder("Dan Other", "Eve Other", "Fay Else");
  }
}
