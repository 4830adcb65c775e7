package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Prompt;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrueFalseTest {
  private static final String SENTENCE = "The garrison surrendered after 47 days of siege.";
  private static final String CLOZE = "The garrison surrendered after ____ days of siege.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "q-000000000000|true|The garrison surrendered after 47 days of siege.",
        "q-000000000001|false|The garrison surrendered after 94 days of siege.",
      })
  void theKeyChoosesATrueOrAFalseStatement(String key, boolean truth, String text) {
    var f = Facts.number(SENTENCE, "47", 47, 47, false);
    assertThat(TrueFalse.statement(f, CLOZE, "94", key))
        .isEqualTo(Optional.of(new Prompt.TrueFalse(text, truth)));
  }

  @Test
  void aboutHalfOfTheStatementsAreFalse() {
    var f = Facts.number(SENTENCE, "47", 47, 47, false);
    long falses =
        IntStream.range(0, 200)
            .mapToObj(i -> QuestionKeys.key("doc" + i, "fact", "true_false"))
            .map(k -> TrueFalse.statement(f, CLOZE, "94", k).orElseThrow())
            .filter(tf -> !tf.truth())
            .count();
    assertThat(falses).isBetween(70L, 130L);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "… surrendered after ____ days of siege.",
        "It was true that it surrendered after ____ days.",
        "After ____ days.",
      })
  void fragmentsAndGiveawaysMakeNoStatement(String cloze) {
    var f = Facts.number(SENTENCE, "47", 47, 47, false);
    assertThat(TrueFalse.statement(f, cloze, "94", "q-000000000000")).isEmpty();
  }

  @Test
  void oneIsNeverSwappedForAnotherNumber() {
    var f = Facts.number("Only 1 officer was hurt.", "1", 1, 1, false);
    assertThat(TrueFalse.statement(f, "Only ____ officer was hurt.", "3", "q-000000000001"))
        .isEmpty();
  }

  @Test
  void aFalseStatementNeverRepeatsAValueOfItsSentence() {
    var f =
        Facts.number("Our loss was 10,000, of which 2,000 were killed.", "10,000", 1e4, 1e4, false);
    assertThat(
            TrueFalse.statement(
                f, "Our loss was ____, of which 2,000 were killed.", "2,000", "q-000000000001"))
        .isEmpty();
  }

  @Test
  void aWeekdayMakesNoStatement() {
    var f = Facts.date("The garrison surrendered on Sunday.", "Sunday", "");
    assertThat(
            TrueFalse.statement(f, "The garrison surrendered on ____.", "Monday", "q-000000000000"))
        .isEmpty();
  }

  @Test
  void aNameEndingInAStopAtTheSentenceEndTakesOneStop() {
    String sentence = "The brigade was commanded by Colonel Ann Example.";
    var f = Facts.person("a.txt", sentence, "Ann Example", "Colonel");
    assertThat(
            TrueFalse.statement(
                f,
                "The brigade was commanded by Colonel ____.",
                "John Sample Jr.",
                "q-000000000001"))
        .map(Prompt.TrueFalse::text)
        .contains("The brigade was commanded by Colonel John Sample Jr.");
  }
}
