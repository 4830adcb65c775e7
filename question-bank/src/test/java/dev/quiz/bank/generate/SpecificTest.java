package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecificTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Who was the prime minister?|false",
        "How many soldiers were killed?|false",
        "Who is doing well?|false",
        "Who was the Ruritanian prime minister?|true",
        // a capitalised title names no country or war
        "Who was the Prime Minister?|false",
        "Who was the Defense Secretary?|false",
        "Who was the Ruritanian Prime Minister?|true",
        "How many soldiers were killed at Exampleton?|true",
        "How many soldiers were killed in 1901?|true",
        "Who led the Free Towns militia?|true",
        "(Siege of Exampleton) Who was the mayor?|true",
        "In what year did Mr Sample leave?|true",
        "Who did I meet?|false",
      })
  void aQuestionIsSpecificWhenItNamesSomethingPastItsFirstWord(String question, boolean specific) {
    assertThat(Specific.specific(question)).isEqualTo(specific);
  }

  @ParameterizedTest(name = "{0} in [{1}]")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      nullValues = "NONE",
      value = {
        "Who was the mayor?|Siege of Exampleton|(Siege of Exampleton) Who was the mayor?",
        "Who was the mayor?|''|NONE",
        "Who was the mayor of Exampleton?|''|Who was the mayor of Exampleton?",
        "Who was the mayor of Exampleton?|Siege of Exampleton|Who was the mayor of Exampleton?",
      })
  void aVagueQuestionGetsTheTopicOrIsNotAsked(String question, String topic, String expected) {
    assertThat(Specific.withTopic(question, topic)).isEqualTo(Optional.ofNullable(expected));
  }
}
