package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "____ crossed the river at dawn.|Who crossed the river at dawn?",
        "____, a farmer, said the river rose.|____, a farmer, said the river rose.",
        "The river was crossed by ____.|The river was crossed by ____.",
        "____ crossed the river. Then it rained.|____ crossed the river. Then it rained.",
      })
  void aPersonClozeOpeningOnItsBlankBecomesAWhoQuestion(String cloze, String stem) {
    var f = Facts.person("a.txt", "Anna Example crossed the river at dawn.", "Anna Example");
    assertThat(Stems.whoFirst(f, cloze)).isEqualTo(stem);
  }
}
