package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.core.model.AnswerValue;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistractorsTest {

  @ParameterizedTest(name = "{0} among {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "about 7,000|about 8,245|about [0-9]+,000|7000",
        "about 1,500|about 2,108|about [0-9,]*[0-9]00|1500",
        "~40,000|~52,317|~[0-9]+,000|40000",
      })
  void distractorsAreAsRoundAsTheAnswer(String answer, String other, String shape, double value) {
    Fact f = Facts.number("The army had " + answer + " men.", answer, value, value, true);
    double v = Double.parseDouble(other.replaceAll("[^0-9]", ""));
    Fact o = Facts.number("b.txt", "The fleet had " + other + " men.", other, v, v, true);
    List<String> wrong =
        new Distractors(List.of(f), List.of(o)).pick(f, 3, new SplittableRandom(3)).orElseThrow();
    assertThat(wrong).allMatch(w -> w.matches(shape), "shaped like " + shape);
  }

  @org.junit.jupiter.api.Test
  void aValueTheSentenceAlreadyShowsIsNeverAWrongChoice() {
    String sentence = "The rebels lost 3,000 men, and 2,000 of them were killed.";
    Fact f = Facts.number(sentence, "2,000", 2000, 2000, false);
    Fact other = Facts.number(sentence, "3,000", 3000, 3000, false);
    for (int seed = 0; seed < 10; seed++) {
      List<String> wrong =
          new Distractors(List.of(f, other), List.of())
              .pick(f, 3, new SplittableRandom(seed))
              .orElseThrow();
      assertThat(wrong).doesNotContain("3,000");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"between 20,000 and 30,000|20000|30000", "1,200–1,900|1200|1900"})
  void aRangeGetsRangesNeverASingleValue(String answer, double low, double high) {
    Fact f = Facts.number("Losses were " + answer + " men.", answer, low, high, false);
    List<String> wrong =
        new Distractors(List.of(f), List.of()).pick(f, 3, new SplittableRandom(5)).orElseThrow();
    assertThat(wrong)
        .allSatisfy(
            w -> {
              String[] v =
                  w.replaceAll("[^0-9–a-z ]", "").replaceAll("[^0-9]+", " ").trim().split(" ");
              assertThat(Double.parseDouble(v[1])).isGreaterThan(Double.parseDouble(v[0]));
            });
  }

  @org.junit.jupiter.api.Test
  void aWifeOrSonGetsNoWrongNamesAndIsNoneForOthers() {
    Fact wife = Facts.person("a.txt", "He wrote to his wife Sarah.", "Sarah", "wife");
    Fact marshal = Facts.person("a.txt", "Marshal Tallard fled.", "Tallard", "Marshal");
    List<Fact> doc =
        List.of(
            wife,
            marshal,
            Facts.person("a.txt", "Dan Other led.", "Dan Other"),
            Facts.person("a.txt", "Eve Other led.", "Eve Other"),
            Facts.person("a.txt", "Fay Else led.", "Fay Else"));
    Distractors d = new Distractors(doc, List.of());
    assertThat(d.pick(wife, 3, new SplittableRandom(1))).isEmpty();
    for (int seed = 0; seed < 20; seed++) {
      assertThat(d.pick(marshal, 3, new SplittableRandom(seed)).orElseThrow())
          .doesNotContain("Sarah");
    }
  }

  @org.junit.jupiter.api.Test
  void aPersonTheSentenceNamesBesideTheBlankIsNeverAWrongChoice() {
    String sentence =
        "Charles was wounded, so Field Marshal Anton Rask took command from Kurt Vale.";
    Fact f = Facts.person("a.txt", sentence, "Anton Rask", "Field Marshal");
    List<Fact> doc =
        List.of(
            f,
            Facts.person("a.txt", "Charles XII of Sweden led.", "Charles XII of Sweden", "king"),
            Facts.person("a.txt", "General Kurt Vale fled.", "Kurt Vale", "general"),
            Facts.person("a.txt", "Dan Other led.", "Dan Other", "general"),
            Facts.person("a.txt", "Eve Other led.", "Eve Other", "general"),
            Facts.person("a.txt", "Ola Charlesson led.", "Ola Charlesson", "general"),
            Facts.person("a.txt", "Kurt Marten led.", "Kurt Marten", "general"));
    for (int seed = 0; seed < 20; seed++) {
      // a name sharing a word with a longer one of the sentence is someone else: Kurt Marten
      assertThat(new Distractors(doc, List.of()).pick(f, 3, new SplittableRandom(seed)))
          .hasValueSatisfying(
              wrong ->
                  assertThat(wrong)
                      .doesNotContain("Charles XII of Sweden", "Kurt Vale")
                      .isSubsetOf("Dan Other", "Eve Other", "Ola Charlesson", "Kurt Marten"));
    }
  }

  @org.junit.jupiter.api.Test
  void aRulerIsNotOfferedTwiceUnderHisNumberAndHisEpithet() {
    Fact f = Facts.person("a.txt", "General Anton Rask led the left.", "Anton Rask", "general");
    List<Fact> doc =
        List.of(
            f,
            Facts.person("a.txt", "Tsar Peter I led.", "Peter I", "tsar"),
            Facts.person("a.txt", "Commander: Peter the Great", "Peter the Great", "commander"),
            Facts.person("a.txt", "Dan Other led.", "Dan Other", "general"),
            Facts.person("a.txt", "Eve Other led.", "Eve Other", "general"));
    for (int seed = 0; seed < 20; seed++) {
      assertThat(new Distractors(doc, List.of()).pick(f, 3, new SplittableRandom(seed)))
          .hasValueSatisfying(
              wrong -> assertThat(wrong).filteredOn(w -> w.startsWith("Peter ")).hasSize(1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Anna Example", "Bert Sample"})
  void aListedPersonGetsNamesFromOtherDocumentsOnly(String name) {
    Fact f = Facts.person("a.txt", "Commanders: " + name, name);
    List<Fact> doc = List.of(f, Facts.person("a.txt", "Commanders: Cara Listed", "Cara Listed"));
    List<Fact> others =
        List.of(
            Facts.person("b.txt", "Dan Other led.", "Dan Other"),
            Facts.person("b.txt", "Eve Other led.", "Eve Other"),
            Facts.person("c.txt", "Fay Else led.", "Fay Else"));
    List<String> wrong =
        new Distractors(doc, others)
            .pickOtherDocuments(f, 3, new SplittableRandom(1))
            .orElseThrow();
    assertThat(wrong).containsExactlyInAnyOrder("Dan Other", "Eve Other", "Fay Else");
  }

  @ParameterizedTest(name = "document of {0}, other of {1}: same era {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "1900|1900|true",
        "1900|1925|true",
        "1900|1875|true",
        "1900|1926|false",
        "1415|1862|false",
        "NONE|1900|false",
        "1900|NONE|false",
        "NONE|NONE|false",
      })
  void anotherDocumentIsOfTheSameEraWithinTwentyFiveYears(
      Integer own, Integer other, boolean same) {
    assertThat(Distractors.sameEra(year(own), year(other))).isEqualTo(same);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Anna Example", "Bert Sample"})
  void aListedPersonGetsPeopleOfAnotherRoleThenOfSameEraDocumentsOnly(String name) {
    Fact f = Facts.person("a.txt", "Commanders: " + name, name);
    Fact envoy =
        new PersonFact(
            "envoy",
            "Gus Envoy",
            new AnswerValue.Person("Gus Envoy", "envoy"),
            Facts.person("a.txt", "The envoy Gus Envoy came.", "Gus Envoy").evidence());
    List<Fact> doc =
        List.of(f, Facts.person("a.txt", "Commanders: Cara Listed", "Cara Listed"), envoy);
    List<Fact> others =
        List.of(
            Facts.person("b.txt", "Dan Other led.", "Dan Other"),
            Facts.person("b.txt", "Eve Other led.", "Eve Other"),
            Facts.person("c.txt", "Fay Else led.", "Fay Else"),
            Facts.person("old.txt", "Hal Ancient led.", "Hal Ancient"));
    java.util.Map<String, java.util.OptionalInt> years =
        java.util.Map.of(
            "b.txt",
            java.util.OptionalInt.of(1910),
            "c.txt",
            java.util.OptionalInt.of(1890),
            "old.txt",
            java.util.OptionalInt.of(1400));
    Distractors d =
        new Distractors(
            doc, others, n -> Distractors.sameEra(java.util.OptionalInt.of(1900), years.get(n)));
    List<String> wrong = d.pickOtherDocuments(f, 4, new SplittableRandom(1)).orElseThrow();
    assertThat(wrong.get(0)).isEqualTo("Gus Envoy");
    assertThat(wrong).containsExactlyInAnyOrder("Gus Envoy", "Dan Other", "Eve Other", "Fay Else");
    assertThat(d.pickOtherDocuments(f, 5, new SplittableRandom(1))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aShortFormOfAnotherListedNameIsNeverAWrongChoice() {
    Fact f = Facts.person("a.txt", "Commanders: Anna Example", "Anna Example");
    Fact listed = Facts.person("a.txt", "Commanders: Cara Listed", "Cara Listed");
    Fact shortForm =
        new PersonFact(
            "envoy",
            "Cara",
            new AnswerValue.Person("Cara", "envoy"),
            Facts.person("a.txt", "Then Cara rode north.", "Cara").evidence());
    Fact envoy =
        new PersonFact(
            "envoy",
            "Gus Envoy",
            new AnswerValue.Person("Gus Envoy", "envoy"),
            Facts.person("a.txt", "The envoy Gus Envoy came.", "Gus Envoy").evidence());
    List<Fact> others =
        List.of(
            Facts.person("b.txt", "Dan Other led.", "Dan Other"),
            Facts.person("b.txt", "Eve Other led.", "Eve Other"));
    Distractors d = new Distractors(List.of(f, listed, shortForm, envoy), others, n -> true);

    List<String> wrong = d.pickOtherDocuments(f, 3, new SplittableRandom(1)).orElseThrow();

    assertThat(wrong).containsExactlyInAnyOrder("Gus Envoy", "Dan Other", "Eve Other");
  }

  private static java.util.OptionalInt year(Integer y) {
    return y == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(y);
  }
}
