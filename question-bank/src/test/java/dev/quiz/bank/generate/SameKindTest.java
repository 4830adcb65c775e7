package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameKindTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "In what year did the rebels return to the town in 1790?|true",
        "When did the rebels return to the town on Tuesday?|true",
        "In what year did the rebels return to the town?|false",
      })
  void aDateQuestionMustNotNameAnotherDate(String question, boolean mentions) {
    var f = Facts.date("The rebels returned to the town in 1791.", "1791", "1791");
    assertThat(SameKind.mentions(question, f)).isEqualTo(mentions);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "How many guns did the 300 defenders hold?|true",
        "How many guns did the defenders hold on 4 May 1790?|false",
        "How many guns did the defenders hold on 4 and 5 May?|false",
        "How many guns did the defenders hold?|false",
      })
  void aNumberQuestionMustNotNameAnotherFigure(String question, boolean mentions) {
    var f = Facts.number("The defenders held 40 guns.", "40", 40, 40, false);
    assertThat(SameKind.mentions(question, f)).isEqualTo(mentions);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The treaty of 2 March 1791 was signed in ____.|true",
        "The treaty was signed in ____.|false",
        "The treaty was signed in ____ by 17910 delegates.|false",
      })
  void aYearAnswerIsGivenAwayByAFullDateInThePrompt(String prompt, boolean givesAway) {
    var f = Facts.date("The treaty was signed in 1791.", "1791", "1791");
    assertThat(SameKind.givesAway(prompt, f)).isEqualTo(givesAway);
  }

  @org.junit.jupiter.api.Test
  void aDayOfAMonthDoesNotGiveAwayACount() {
    var f =
        new dev.quiz.bank.extract.NumberFact(
            "months",
            "seven months",
            new dev.quiz.core.model.AnswerValue.Number(7, 7, false),
            Facts.evidence("a.txt", "It ended seven months later.", "seven months"),
            new dev.quiz.bank.extract.NumberStyle(
                dev.quiz.bank.extract.NumberStyle.Form.WORDS, "", "months", false));
    assertThat(SameKind.givesAway("It ended on 7 February, three years and ____ later.", f))
        .isFalse();
    assertThat(SameKind.givesAway("It ended on February 7, ____ later.", f)).isFalse();
    assertThat(SameKind.givesAway("It ended ____ later (7 in all).", f)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "____ ships (80 in all) sailed.|true",
        "____ ships sailed.|false",
        "____ ships sailed in 1880.|false",
        // a figure that only starts with the answer's: 80 is not in 800 nor in 805
        "____ ships sailed with 800 men.|false",
        "____ ships sailed, 805 men aboard.|false",
        "____ ships sailed with 80,000 men.|false",
        // a clock time, a decimal and an ordinal are no count
        "____ ships sailed at 80.30 p.m.|false",
        "____ ships sailed at 80:15.|false",
        "____ ships sailed with the 80th Foot.|false",
      })
  void aWordedNumberIsGivenAwayByItsFigure(String prompt, boolean givesAway) {
    var f =
        new dev.quiz.bank.extract.NumberFact(
            "ships",
            "eighty",
            new dev.quiz.core.model.AnswerValue.Number(80, 80, false),
            Facts.evidence("a.txt", "eighty ships sailed.", "eighty"),
            new dev.quiz.bank.extract.NumberStyle(
                dev.quiz.bank.extract.NumberStyle.Form.WORDS, "", "", false));
    assertThat(SameKind.givesAway(prompt, f)).isEqualTo(givesAway);
  }
}
