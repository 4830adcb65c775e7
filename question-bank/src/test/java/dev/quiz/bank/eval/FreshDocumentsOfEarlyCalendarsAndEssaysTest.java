package dev.quiz.bank.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions from the fresh documents of the first millennium, of Old Style dates, essays and old
 * newspapers (Yarmuk 636 to Marawi 2017; see the README beside them): years of three digits, Arabic
 * names, a student essay's furniture, relative clauses in a subject, plural titles.
 */
class FreshDocumentsOfEarlyCalendarsAndEssaysTest {
  private static List<Question> questions;

  @BeforeAll
  static void generate() throws IOException {
    questions = FreshQuestions.all();
  }

  private static List<Question> of(String doc) {
    return FreshQuestions.of(doc);
  }

  @Test
  void yearsOfThreeDigitsAreYearsInADocumentOfTheirEra() {
    List<Question> yarmuk = of("yarmouk_636_wiki.txt");
    assertThat(yarmuk)
        .extracting(Question::answer)
        .contains("15–20 August 636", "August 636", "632", "July 634", "637");
    assertThat(yarmuk)
        .filteredOn(q -> q.answer().equals("637"))
        .extracting(q -> q.value().getClass().getSimpleName())
        .containsOnly("Date");
    assertThat(yarmuk)
        .extracting(q -> q.prompt().text())
        .contains(
            "In what year did Jerusalem surrender to the caliph Umar after a siege of several months?");
  }

  @Test
  void arabicNamesKeepTheirLineage() {
    assertThat(of("yarmouk_636_wiki.txt"))
        .extracting(Question::answer)
        .contains("Khalid ibn al-Walid", "Abu Ubayda ibn al-Jarrah", "Amr ibn al-As")
        .doesNotContain("Khalid", "Abu Ubayda");
  }

  @Test
  void anOldStyleDateIsOneDateWithItsYear() {
    assertThat(of("borodino_1812_kidzsearch.txt"))
        .extracting(q -> q.prompt().text())
        .contains("Battle of Borodino — Date: ____")
        .noneMatch(p -> p.contains("[O.S.") && !p.contains("]"));
    assertThat(of("borodino_1812_kidzsearch.txt"))
        .extracting(Question::answer)
        .contains("7 September [O.S. 26 August] 1812");
  }

  @Test
  void anAgeHasNoWrongAnswerOverAHundred() {
    assertThat(of("borodino_1812_kidzsearch.txt"))
        .filteredOn(
            q -> q.answer().equals("67 years") && q.prompt() instanceof Prompt.MultipleChoice)
        .isNotEmpty()
        .allSatisfy(
            q ->
                assertThat(((Prompt.MultipleChoice) q.prompt()).choices())
                    .allMatch(c -> Integer.parseInt(c.replace(" years", "")) <= 100));
  }

  @Test
  void anEssaySitesFurnitureAndWorksCitedAskNothing() {
    assertThat(of("saratoga_1777_studymode.txt"))
        .extracting(q -> q.prompt().text())
        .noneMatch(
            p -> p.contains("Pages:") || p.contains("words (Topics)") || p.contains("Henry Holt"));
  }

  @Test
  void aRelativeClauseInTheSubjectKeepsItsOwnVerb() {
    assertThat(of("saratoga_1777_studymode.txt"))
        .extracting(q -> q.prompt().text())
        .contains(
            "When was a German force that Burgoyne had sent to seize supplies beaten at Bennington"
                + " by New Hampshire militia under John Stark?")
        .noneMatch(p -> p.startsWith("When had a German force"));
  }

  @Test
  void aPluralTitleGivesEachNameItsRole() {
    assertThat(of("wilderness_1864_paper.txt"))
        .extracting(Question::answer)
        .contains("John M. Jones", "Leroy A. Stafford")
        .doesNotContain("Generals John M. Jones");
    assertThat(of("wilderness_1864_paper.txt"))
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.contains("Who was the Brigadier Generals"));
  }

  @Test
  void aPlaceBeforeABodyOfMenIsNoPersonAndABareRoleIsLeftOutOfTheQuestion() {
    assertThat(questions).extracting(Question::answer).noneMatch(a -> a.startsWith("New Hampshir"));
    assertThat(of("marawi_2017_news.txt"))
        .extracting(q -> q.prompt().text())
        .contains(
            "How many bodies did General Eduardo Año say were recovered from the buildings, among"
                + " them two wives of militants?")
        .noneMatch(p -> p.contains("did chief General"));
    // a generation's period belongs to the name
    assertThat(of("marawi_2017_news.txt"))
        .filteredOn(
            q -> q.prompt().text().equals("Who was the chief of the Western Mindanao Command?"))
        .extracting(Question::answer)
        .containsOnly("Carlito Galvez Jr.");
  }

  @Test
  void aShareOfAWholeAndAnEssayAboutItselfAskNothing() {
    assertThat(of("borodino_1812_kidzsearch.txt"))
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.contains("____ quarters of the city"));
    assertThat(of("saratoga_1777_studymode.txt"))
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.startsWith("In this essay"));
  }

  @Test
  void aFlattenedInfoboxNamesTheSideOfEachFigure() {
    assertThat(of("borodino_1812_kidzsearch.txt"))
        .extracting(q -> q.prompt().text())
        .contains(
            "Battle of Borodino — Strength: ____ men (Russian Empire)",
            "Battle of Borodino — Casualties and losses: Total: ____ (French Empire)",
            "Battle of Borodino — Casualties and losses: Total: ____ (Russian Empire)")
        .doesNotContain("Battle of Borodino — Casualties and losses: Total: ____");
  }

  @Test
  void ranksWithoutPeriodsAndBreadcrumbsAreReadAsAnIndianPaperWritesThem() {
    List<Question> kargil = of("kargil_1999_rediff.txt");
    assertThat(kargil).extracting(Question::answer).contains("Chandra Shekhar", "Bikram Singh");
    assertThat(kargil)
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.startsWith("(Home)") || p.contains("does the government say,"));
  }

  @Test
  void aClauseBreakIsNoAbbreviationsPeriod() {
    assertThat(of("bulge_1945_up.txt"))
        .extracting(q -> q.prompt().text())
        .contains(
            "Stimson said that Lt. Gen. George S. Patton's Third Army had relieved the surrounded"
                + " garrison of Bastogne on ____ after a march of more than 100 miles in three days.")
        .noneMatch(p -> p.startsWith("… 26") || p.startsWith("… 16"));
  }

  @Test
  void aContinentIsNoPersonAndAClauseAfterANameIsNoRole() {
    List<Question> tours = of("tours_732_kiddle.txt");
    assertThat(tours)
        .extracting(Question::answer)
        .contains("Abd al-Rahman al-Ghafiqi", "711", "721")
        .doesNotContain("Christian Europe");
    assertThat(tours)
        .extracting(q -> q.prompt().text())
        .noneMatch(
            p ->
                p.contains("Who was the but")
                    || p.contains("(Francia Umayyad Caliphate)")
                    // whose grandson, the question cannot say
                    || p.contains("was his grandson"));
  }

  @Test
  void anAuthorAndYearCitationAndABooksEntryAreNoFacts() {
    List<Question> essay = of("little_bighorn_1876_essay.txt");
    assertThat(essay)
        .extracting(Question::answer)
        .contains("1874", "June 17")
        .doesNotContain("115", "357", "1976", "2010");
    assertThat(essay)
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.contains("(Utley") || p.contains("(Gray"))
        .contains("How many Native Americans were killed? (a range, or any figure within it)");
  }

  @Test
  void aWireReportsTimestampCreditAndOrganisationsAskNothing() {
    List<Question> report = of("el_fasher_2024_ap.txt");
    assertThat(report)
        .extracting(Question::answer)
        .contains("Mohamed Hamdan Dagalo", "Martin Griffiths")
        .doesNotContain("3:14 PM", "Doctors Without Borders", "Samy Magdy");
    assertThat(report).extracting(q -> q.prompt().text()).noneMatch(p -> p.endsWith(" would?"));
  }

  @Test
  void aRoleThatFitsAnotherTitledPersonIsNotAsked() {
    // "The British general Simon Fraser" beside "General John Burgoyne" in a sentence with
    // "British": two answers, the other among the wrong choices
    assertThat(of("saratoga_1777_studymode.txt"))
        .extracting(q -> q.prompt().text())
        .doesNotContain("Who was the British general?");
    assertThat(of("ayacucho_1824_wiki.txt"))
        .extracting(q -> q.prompt().text())
        .doesNotContain("(Battle of Ayacucho) Who was the royalist general?")
        .contains("Who was the Viceroy of Peru?");
    // "the blind King" and "the Anglo-Saxon King" fit no other king of their documents
    assertThat(of("hastings_1066_wiki.txt"))
        .extracting(q -> q.prompt().text())
        .contains("Who was the Anglo-Saxon King?");
  }

  @Test
  void aTranscriptsTimeCodesAndSpeakersAreNoPartOfWhatIsSaid() {
    List<Question> transcript = of("stalingrad_documentary_transcript.txt");
    assertThat(transcript)
        .extracting(q -> q.prompt().text())
        .contains(
            "On ____, the Red Army launched Operation Uranus, attacking the Romanian armies on"
                + " the flanks.")
        .noneMatch(p -> p.contains("NARRATOR") || p.contains("[00:"));
    assertThat(transcript).extracting(Question::answer).doesNotContain("Anna Petrova");
  }

  @Test
  void aSiteSectionIsNoHeadlineAndAWorksheetsNumbersAreNoFacts() {
    assertThat(of("iwo_jima_veteran_obituary.txt"))
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.startsWith("(Obituaries)") || p.startsWith("Obituaries:"));
    List<Question> worksheet = of("bosworth_1485_worksheet.txt");
    assertThat(worksheet)
        .extracting(Question::answer)
        .contains("22 August 1485", "Henry Tudor")
        .doesNotContain("8", "4");
    // "Richard's army was larger": the army was, not Richard
    assertThat(worksheet)
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.startsWith("Who was larger"));
  }

  @Test
  void aReleasesTelephoneNumberIsNoFactAndEnlistedRanksAreTitles() {
    List<Question> release = of("dod_2004_release.txt");
    assertThat(release)
        .extracting(Question::answer)
        .contains("Brian A. Medina", "Romulo J. Jimenez II", "Morgan W. Strader")
        .doesNotContain("703", "614-4309");
    assertThat(release)
        .extracting(q -> q.prompt().text())
        .noneMatch(p -> p.startsWith("Who was the Lance"));
  }

  @Test
  void aLettersDayOfThisInstantIsDatedByTheLetter() {
    assertThat(of("drogheda_1649_letter.txt"))
        .filteredOn(q -> q.answer().equals("Tuesday the 10th of this instant"))
        .isNotEmpty()
        .extracting(q -> ((dev.quiz.core.model.AnswerValue.Date) q.value()).start().orElse(""))
        .containsOnly("1649-09-10");
  }

  @Test
  void aSourceAndYearAfterAFigureSayWhoseFigureItIs() {
    assertThat(of("guernica_1937_wiki.txt"))
        .extracting(q -> q.prompt().text())
        .contains(
            "Bombing of Guernica — Casualties (Spanish Republic, Basque Country): ____ killed"
                + " (Basque government, 1937)");
  }

  @Test
  void oneSidesListedCommanderIsToldFromTheOtherSidesCommanders() {
    List<String> italians =
        List.of("Oreste Baratieri", "Matteo Albertone", "Giuseppe Arimondi", "Vittorio Dabormida");
    assertThat(of("adwa_1896_wiki.txt"))
        .filteredOn(
            q ->
                q.prompt()
                        .text()
                        .equals(
                            "Battle of Adwa — Commander (Ethiopian Empire): which of these is listed?")
                    && q.answer().equals("Menelik II"))
        .singleElement()
        .satisfies(
            q ->
                assertThat(((Prompt.MultipleChoice) q.prompt()).choices())
                    .anyMatch(italians::contains));
  }
}
