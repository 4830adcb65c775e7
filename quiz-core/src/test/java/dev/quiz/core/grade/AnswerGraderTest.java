package dev.quiz.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerGraderTest {
  private final AnswerGrader grader = AnswerGrader.standard();

  @ParameterizedTest(name = "{0} for 2,000-3,000 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2000-3000 | CORRECT",
        "between 2000 and 3000 | CORRECT",
        "2,000 to 3,000 | CORRECT",
        "2 000 – 3 000 | CORRECT",
        "2500 | CORRECT",
        "two thousand five hundred | CORRECT",
        "about 2,500 fighters | CORRECT",
        "2k-3k | CORRECT",
        "2 to 3 thousand | CORRECT",
        "1000-5000 | PARTIAL",
        "2500-4000 | PARTIAL",
        "3200 | PARTIAL",
        "4000 | WRONG",
        "twenty | WRONG",
        "many | WRONG",
        "'' | WRONG",
      })
  void numbersAreReadInDigitsWordsAndRanges(String typed, Verdict verdict) {
    Question q = Questions.number("between 2000 and 3000", 2000, 3000, false);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for 1,500 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1500 | CORRECT",
        "1,500 | CORRECT",
        "1.5 thousand | CORRECT",
        "one thousand five hundred | CORRECT",
        "fifteen hundred | CORRECT",
        "a thousand and five hundred | CORRECT",
        "1501 | PARTIAL",
        "1400 | PARTIAL",
        "1000 | WRONG",
        "1.5 million | WRONG",
      })
  void anExactNumberMustBeExactAndCloseOnesArePartial(String typed, Verdict verdict) {
    Question q = Questions.number("1,500", 1500, 1500, false);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for about 400 is {1}")
  @CsvSource({"400, CORRECT", "430, CORRECT", "360, CORRECT", "460, PARTIAL", "500, WRONG"})
  void anApproximateFactAcceptsTenPercent(String typed, Verdict verdict) {
    Question q = Questions.number("about 400", 400, 400, true);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} with 5% tolerance around 1,000,000 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,000,000 | CORRECT",
        "1 million | CORRECT",
        "1.04m | CORRECT",
        "960000 | CORRECT",
        "1.000.000 | CORRECT",
        "1.08 million | PARTIAL",
        "1.2 million | WRONG",
      })
  void aNumericPromptUsesItsTolerance(String typed, Verdict verdict) {
    Question q = Questions.numeric(1_000_000, 1_000_000, 0.05);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for 9 November 2001 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9 November 2001 | CORRECT",
        "9 Nov 2001 | CORRECT",
        "9th of November, 2001 | CORRECT",
        "November 9, 2001 | CORRECT",
        "Nov. 9th 2001 | CORRECT",
        "2001-11-09 | CORRECT",
        "2001/11/9 | CORRECT",
        "9/11/2001 | WRONG",
        "13/11/2001 | WRONG",
        "09.11.2001 | WRONG",
        "November 2001 | PARTIAL",
        "2001 | PARTIAL",
        "9 November | PARTIAL",
        "8-10 November 2001 | PARTIAL",
        "10 November 2001 | WRONG",
        "December 2001 | WRONG",
        "yesterday | WRONG",
      })
  void datesAreReadInCommonFormats(String typed, Verdict verdict) {
    Question q = Questions.date("9 November 2001", "2001-11-09", "2001-11-09");

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for 13/11/2001 is {1}")
  @CsvSource({
    "13/11/2001, CORRECT",
    "11/13/2001, CORRECT",
    "13.11.01, CORRECT",
    "11-13-2001, CORRECT"
  })
  void allNumberDatesAreReadWhenADayIsAboveTwelve(String typed, Verdict verdict) {
    Question q = Questions.date("13 November 2001", "2001-11-13", "2001-11-13");

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @Test
  void anAllNumberDateWithEqualDayAndMonthIsRead() {
    Question q = Questions.date("11 November 1918", "1918-11-11", "1918-11-11");

    assertThat(grader.grade(q, "11/11/1918").verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Test
  void anAmbiguousAllNumberDateSaysHowToWriteIt() {
    Question q = Questions.date("9 November 2001", "2001-11-09", "2001-11-09");

    assertThat(grader.grade(q, "9/11/2001").feedback())
        .isEqualTo(
            "ambiguous date: write the month as a word (9 November 2001) or as year-month-day");
  }

  @ParameterizedTest(name = "{0} for November 2001 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "November 2001 | CORRECT",
        "Nov 2001 | CORRECT",
        "11/2001 | CORRECT",
        "2001-11 | CORRECT",
        "13 November 2001 | CORRECT",
        "2001 | PARTIAL",
        "October 2001 | WRONG",
      })
  void aPartialAnswerIsRightWhenTheFactIsOnlyThatPrecise(String typed, Verdict verdict) {
    Question q = Questions.date("November 2001", "2001-11", "2001-11");

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for 12-13 November 2001 is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12-13 November 2001 | CORRECT",
        "12–13 Nov 2001 | CORRECT",
        "November 12-13, 2001 | CORRECT",
        "12 to 13 November 2001 | CORRECT",
        "12 November 2001 to 13 November 2001 | CORRECT",
        "13 November 2001 | PARTIAL",
        "November 2001 | PARTIAL",
        "13-20 November 2001 | PARTIAL",
        "14-15 November 2001 | WRONG",
      })
  void dateRangesAreCompared(String typed, Verdict verdict) {
    Question q = Questions.date("12–13 November 2001", "2001-11-12", "2001-11-13");

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for --11-09 is {1}")
  @CsvSource({"9 November, CORRECT", "November 9 2001, CORRECT", "10 November, WRONG"})
  void aFactWithoutAYearIsComparedByMonthAndDay(String typed, Verdict verdict) {
    Question q = Questions.date("9 November", "--11-09", "--11-09");

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @Test
  void theDocumentsOwnWordsAreAlwaysRight() {
    Question q = Questions.date("13 November", "2001-11-13", "2001-11-13");

    assertThat(grader.grade(q, "13 november").verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Test
  void aRelativeDateIsGradedByItsWords() {
    Question q =
        Questions.of(
            FactKind.DATE,
            new Prompt.ShortAnswer("When?"),
            "on Sunday",
            AnswerValue.Date.relative("Sunday"));

    assertThat(grader.grade(q, "sunday").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grader.grade(q, "monday").verdict()).isEqualTo(Verdict.WRONG);
  }

  @ParameterizedTest(name = "{0} for Abdul Rashid Dostum is {1}")
  @CsvSource({
    "Abdul Rashid Dostum, CORRECT",
    "abdul rashid dostum, CORRECT",
    "Abdul Rashid Dostam, CORRECT",
    "General Dostum, CORRECT",
    "Dostum, CORRECT",
    "Rashid Dostum, CORRECT",
    "Abdul Dostum, CORRECT",
    "Abdul Rashid, PARTIAL",
    "Abdul, PARTIAL",
    "Massoud, WRONG",
    "Dostum Rashid, WRONG",
  })
  void peopleAreRecognisedBySurnameAndSmallTypos(String typed, Verdict verdict) {
    assertThat(grader.grade(Questions.person("Abdul Rashid Dostum"), typed).verdict())
        .isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} for Ahmad Shāh Massoud is {1}")
  @CsvSource({"ahmad shah massoud, CORRECT", "MASSOUD, CORRECT", "Masoud, CORRECT", "Mas, WRONG"})
  void accentsAndCaseAreIgnored(String typed, Verdict verdict) {
    assertThat(grader.grade(Questions.person("Ahmad Shāh Massoud"), typed).verdict())
        .isEqualTo(verdict);
  }

  @Test
  void aSurnameSharedByAnotherKnownPersonIsOnlyPartlyRight() {
    AnswerGrader g = AnswerGrader.withKnownNames(Arrays.asList("Mohammed Fahim", "Qasim Fahim"));

    Grade grade = g.grade(Questions.person("Mohammed Fahim"), "Fahim");

    assertThat(grade.verdict()).isEqualTo(Verdict.PARTIAL);
    assertThat(grade.feedback()).isEqualTo("more than one person has that name: give it in full");
    assertThat(g.grade(Questions.person("Mohammed Fahim"), "Mohammed Fahim").verdict())
        .isEqualTo(Verdict.CORRECT);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "b, CORRECT",
    "B, CORRECT",
    "(b), CORRECT",
    "b), CORRECT",
    "kabul, CORRECT",
    "Kabull, CORRECT",
    "a, WRONG",
    "Herat, WRONG",
    "e, WRONG",
    "Paris, WRONG"
  })
  void multipleChoiceIsAnsweredByLetterOrText(String typed, Verdict verdict) {
    Question q =
        Questions.of(
            FactKind.PERSON,
            new Prompt.MultipleChoice(
                "Which city?", Arrays.asList("Herat", "Kabul", "Kunduz", "Mazar"), 1),
            "Kabul",
            new AnswerValue.Person("Kabul", "city"));

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @Test
  void multipleChoiceShowsTheLetteredAnswer() {
    Question q =
        Questions.of(
            FactKind.NUMBER,
            new Prompt.MultipleChoice("How many?", Arrays.asList("100", "200"), 1),
            "200",
            new AnswerValue.Number(200, 200, false));

    Grade g = grader.grade(q, "a");

    assertThat(g).isEqualTo(new Grade(Verdict.WRONG, "b) 200", "a) 100", "not the right choice"));
  }

  @ParameterizedTest(name = "{0} for a true statement is {1}")
  @CsvSource({
    "t, CORRECT",
    "TRUE, CORRECT",
    "yes, CORRECT",
    "y, CORRECT",
    "f, WRONG",
    "no, WRONG",
    "maybe, WRONG"
  })
  void trueFalseTakesTheUsualWords(String typed, Verdict verdict) {
    Question q =
        Questions.of(
            FactKind.NUMBER,
            new Prompt.TrueFalse("It was 5.", true),
            "5",
            new AnswerValue.Number(5, 5, false));

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} fills the blank: {1}")
  @CsvSource({"Mohammed Fahim, CORRECT", "Fahim, CORRECT", "1200, WRONG"})
  void aClozeIsGradedByItsMissingWords(String typed, Verdict verdict) {
    Question q =
        Questions.cloze(
            "Kabul was taken by forces under ____.",
            "Mohammed Fahim",
            new AnswerValue.Person("Mohammed Fahim", "commander"));

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(verdict);
  }

  @Test
  void controlCharactersAndHugeAnswersAreGradedNotThrown() {
    Question q = Questions.number("1,500", 1500, 1500, false);
    String huge = "9".repeat(10_000);

    assertThat(grader.grade(q, "15\u0000\u001b[31m00\u0007").verdict()).isEqualTo(Verdict.WRONG);
    assertThat(grader.grade(q, "\t1500\r\n").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grader.grade(q, huge).verdict()).isEqualTo(Verdict.WRONG);
    assertThat(grader.grade(Questions.person("Dostum"), huge).verdict()).isEqualTo(Verdict.WRONG);
    assertThat(grader.grade(Questions.date("2001", "2001", "2001"), huge).verdict())
        .isEqualTo(Verdict.WRONG);
  }

  @Test
  void wrongAnswersSayHowTheyWereRead() {
    Grade g = grader.grade(Questions.number("1,500", 1500, 1500, false), "about 2k");

    assertThat(g).isEqualTo(new Grade(Verdict.WRONG, "1,500", "2,000", "not the number asked for"));
  }

  @ParameterizedTest(name = "{0} in {1} s suggests {2}")
  @CsvSource({
    "WRONG, 2, AGAIN", "WRONG, 60, AGAIN", "PARTIAL, 3, HARD", "CORRECT, 21, HARD",
    "CORRECT, 20, GOOD", "CORRECT, 7, GOOD", "CORRECT, 6, EASY", "CORRECT, 0, EASY"
  })
  void theSuggestedRatingFollowsCorrectnessAndTime(Verdict v, long seconds, Rating rating) {
    Grade g = new Grade(v, "x", "x", "");

    assertThat(AnswerGrader.suggestRating(g, Duration.ofSeconds(seconds))).isEqualTo(rating);
  }
}
