package dev.quiz.bank.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions from the fresh documents of records and statistics (a 1944 war diary, a mortality
 * survey's abstract, a statistics release, a commemoration speech, a forum thread; see the README
 * beside them): years of two digits, initials run together, a role and its holder on a line,
 * confidence intervals, telephone numbers, shares, anniversaries.
 */
class FreshDocumentsOfRecordsAndStatisticsTest {
  private static List<String> choices(Question q) {
    return q.prompt() instanceof Prompt.MultipleChoice mc ? mc.choices() : List.of();
  }

  /** The first days of the dates of the questions whose answer is {@code answer}. */
  private static List<String> startsOf(List<Question> qs, String answer) {
    return qs.stream()
        .filter(q -> q.answer().equals(answer))
        .map(q -> ((AnswerValue.Date) q.value()).start().orElse(""))
        .toList();
  }

  @Test
  void aWarDiarysDatesOfTwoDigitYearsAreDatesOf1944() {
    List<Question> diary = FreshQuestions.of("arnhem_1944_war_diary.txt");
    assertThat(startsOf(diary, "17 Sep 44")).isNotEmpty().containsOnly("1944-09-17");
    // the year stays on the distractors and out of the prompt
    assertThat(diary)
        .filteredOn(
            q -> q.answer().equals("17 Sep 44") && q.prompt() instanceof Prompt.MultipleChoice)
        .allSatisfy(q -> assertThat(choices(q)).allMatch(c -> c.endsWith(" 44")))
        .allSatisfy(q -> assertThat(q.prompt().text()).doesNotContain("____ 44"));
  }

  @Test
  void officersWithInitialsRunTogetherAndTheCommandingOfficersLine() {
    List<Question> diary = FreshQuestions.of("arnhem_1944_war_diary.txt");
    assertThat(diary)
        .extracting(Question::answer)
        .contains("J.H. Grayburn", "C.F.H. Gough", "J.D. Frost");
    assertThat(diary)
        .filteredOn(q -> q.answer().equals("J.D. Frost"))
        .extracting(q -> q.prompt().text())
        .anyMatch(p -> p.endsWith("Who was the commanding officer?"));
    assertThat(diary).extracting(q -> q.prompt().text()).noneMatch(p -> p.startsWith("Grayburn"));
  }

  @Test
  void confidenceIntervalsAndRateDenominatorsAreNotAsked() {
    List<Question> survey = FreshQuestions.of("iraq_mortality_2006_abstract.txt");
    assertThat(survey)
        .extracting(Question::answer)
        .contains("5.5", "13.3", "about 654,965")
        .doesNotContain("95%", "4.3-7.1", "10.9-16.1", "392,979-942,636", "1,000");
    // a rate borrows no whole counts ("47.0" from 47 clusters)
    assertThat(survey)
        .filteredOn(q -> q.answer().equals("13.3") && q.prompt() instanceof Prompt.MultipleChoice)
        .allSatisfy(q -> assertThat(choices(q)).doesNotContain("47.0", "40.0"));
  }

  @Test
  void aStatisticsReleaseAsksItsCountsNotItsTelephoneNumber() {
    List<Question> release = FreshQuestions.of("herrick_2014_statistics.txt");
    assertThat(release)
        .extracting(q -> q.prompt().text())
        .contains(
            "How many UK armed forces personnel died while serving in Afghanistan between 7 October"
                + " 2001 and 30 September 2014?")
        .noneMatch(p -> p.contains("telephone"));
  }

  @Test
  void aListsTableAsksEachRowsDateByTheRowsNameNotItsNumber() {
    assertThat(FreshQuestions.of("gibraltar_sieges_list.txt"))
        .filteredOn(q -> q.type() == dev.quiz.core.model.QuestionType.CLOZE)
        .extracting(q -> q.prompt().text() + " => " + q.answer())
        .contains(
            "List of sieges of Gibraltar — Date (First Siege): ____ => 1309",
            "List of sieges of Gibraltar — Date (Great Siege): ____ => 1779–1783")
        .noneMatch(p -> p.contains("(14)"));
  }

  @Test
  void anAnniversaryIsDatedAndAShareKeepsBelowItsWhole() {
    List<Question> speech = FreshQuestions.of("agincourt_2015_speech.txt");
    assertThat(startsOf(speech, "Six hundred years ago today"))
        .isNotEmpty()
        .containsOnly("1415-10-25");
    assertThat(speech).extracting(Question::answer).doesNotContain("six", "Six hundred years");
    assertThat(speech)
        .filteredOn(q -> q.answer().equals("five") && q.prompt() instanceof Prompt.MultipleChoice)
        .allSatisfy(q -> assertThat(choices(q)).doesNotContain("six", "seven", "eight", "nine"));
  }
}
