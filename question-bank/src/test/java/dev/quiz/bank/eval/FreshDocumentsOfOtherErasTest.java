package dev.quiz.bank.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions from the fresh documents of other eras and outlets (Isandlwana to the Gulf War; see the
 * README beside them): names with particles, initials and lands, roles of other offices, rows that
 * name their side, shares and reported speech.
 */
class FreshDocumentsOfOtherErasTest {
  private static List<Question> questions;

  @BeforeAll
  static void generate() throws IOException {
    questions = FreshQuestions.all();
  }

  @Test
  void rolesNamesAndTimesOfOtherErasAreReadWhole() {
    assertThat(questions)
        .extracting(Question::answer)
        .contains(
            "Ntshingwayo kaMahole",
            "Mavumengwana kaNdlela",
            "José de la Serna",
            "José de La Mar",
            "José de Canterac");
    assertThat(questions)
        .extracting(q -> q.prompt().text())
        .contains("Who was the Viceroy of Peru?")
        .noneMatch(
            p ->
                p.contains("Who was the evening General")
                    || p.contains("Who was the leaving Lieutenant")
                    || p.contains("bartle")
                    || p.contains("began at ____ in the morning")
                    || p.startsWith("PETERSBURG")
                    || p.contains("until ____ of 23 January"));
  }

  @Test
  void unitNamesMeasuresAndFamilyAreAskedAsATeacherWould() {
    assertThat(questions)
        .extracting(q -> q.prompt().text())
        .contains(
            "How many days of fighting did the capture of the city on Tuesday follow?",
            "Who was the speaker of the Iraqi parliament?",
            "Who was the Cossack hetman?",
            "Operation Market Garden — Casualties (United Kingdom, United States, Poland, Canada):"
                + " ____ killed, wounded or captured")
        .noneMatch(
            p ->
                p.contains("The ____ Airborne")
                    || p.contains("____ Parachute Infantry Regiment")
                    || p.contains("The castle fell ____, 4 June 1615")
                    || p.contains("his wife John Churchill")
                    || p.contains("his wife Eugene"));
  }

  @Test
  void sidesOfRowsAndClausesWithoutASubjectAreReadRight() {
    assertThat(questions)
        .extracting(q -> q.prompt().text())
        .contains(
            "Six-Day War — Strength: ____ combat aircraft (Israel)",
            "Six-Day War — Casualties and losses: ____ captured (Arab states)",
            "Who was the head of RAF Fighter Command?")
        .noneMatch(
            p ->
                p.contains("did now celebrat")
                    || p.contains("Who was the giving")
                    || p.contains("How many of them")
                    || p.endsWith("Churchill's?")
                    || p.contains("fire ____ sides")
                    || p.contains("in the ____.")
                    || p.contains("eastern ____ of"));
    assertThat(questions)
        .filteredOn(q -> q.prompt().text().equals("Six-Day War — Date: ____"))
        .extracting(Question::answer)
        .containsOnly("5–10 June 1967");
    assertThat(questions).extracting(Question::answer).doesNotContain("Sheikh Maqsoud", "Blitz");
  }

  @Test
  void aShareIsNotAskedByItsWholeAndSpeechNeedsWhatWasSaid() {
    assertThat(questions)
        .filteredOn(q -> q.type() == QuestionType.SHORT_ANSWER)
        .extracting(q -> q.prompt().text() + " => " + q.answer())
        .contains(
            "Who was the commander of allied forces in the Gulf? => H. Norman Schwarzkopf",
            "(Battle of Crécy) Who was the blind King? => John of Bohemia")
        .noneMatch(
            p ->
                p.contains("left homeless? => 140,000")
                    || p.startsWith("Who said in a televised address")
                    || p.contains("did yugoslav officials"));
    assertThat(questions).extracting(Question::answer).doesNotContain("Americans");
  }

  @Test
  void placesInListsAndPassiveAppositionsAreNoPeopleAndNawabsAreRulers() {
    assertThat(questions)
        .extracting(q -> q.prompt().text() + " => " + q.answer())
        .contains("Who was the Nawab of Bengal? => Siraj ud-Daulah")
        .noneMatch(
            p ->
                p.endsWith("=> Mafeking")
                    || p.startsWith("Who was the defended")
                    || p.startsWith("When did Battle fight")
                    || p.startsWith("When was the Battle of Lepanto a naval battle")
                    || p.startsWith("When was Omaha the code name"));
  }

  @Test
  void everySidesRowUnderALabelKeepsTheLabelHoweverLong() {
    assertThat(questions)
        .extracting(q -> q.prompt().text())
        .contains(
            "Battle of Lepanto — Strength: ____ ships (Ottoman Empire)",
            "Battle of Lepanto — Casualties and losses: ____ ships captured (Ottoman Empire)")
        .noneMatch(p -> p.startsWith("Battle of Lepanto: "));
  }

  @Test
  void aTimelineTablesRowIsAskedAsATimelineEntry() {
    assertThat(questions)
        .filteredOn(q -> q.type() == QuestionType.SHORT_ANSWER)
        .extracting(q -> q.prompt().text() + " => " + q.answer())
        .contains(
            "When did a week-long British artillery bombardment begin? => 24 June 1916",
            "When did the infantry attack begin at 7.30 a.m.? => 1 July 1916",
            // the present verb the tagger read as a plural noun after a noun
            "When did General Douglas MacArthur land some 75,000 troops at Inchon? => September"
                + " 15, 1950");
  }
}
