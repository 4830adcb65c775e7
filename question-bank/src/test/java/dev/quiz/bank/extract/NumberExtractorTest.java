package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberExtractorTest {
  private final NumberExtractor numbers = new NumberExtractor();

  private List<NumberFact> find(String text) {
    return numbers.extract(Docs.of(text));
  }

  @org.junit.jupiter.api.Test
  void theHoursAndMinutesOfA24HourClockAreNoCounts() {
    assertThat(find("The attack began at 16:52 GMT, and 40 people died in the town."))
        .extracting(NumberFact::answer)
        .containsExactly("40");
    assertThat(find("19:42 GMT")).isEmpty();
    assertThat(find("It went on until 21:15:30 and 12 soldiers were wounded."))
        .extracting(NumberFact::answer)
        .containsExactly("12");
    // a ratio and a score are not clock times
    assertThat(find("The odds were 3:1 against the 40 defenders."))
        .extracting(NumberFact::answer)
        .contains("40");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Taliban moved 4,000 fighters.|4,000|4000|4000|false",
        "Two hundred thousand men marched west.|Two hundred thousand|200000|200000|false",
        "The rebels hold all of Testland's 44 provincial capitals.|44|44|44|false",
        "Three hundred and thirty-eight thousand men were saved.|Three hundred and thirty-eight thousand|338000|338000|false",
        "A force of 5,000-12,000 Taliban fighters was beaten.|5,000-12,000|5000|12000|false",
        "Between 400 and 600 of them died.|Between 400 and 600|400|600|false",
        "Losses ran to 2,000—5,000 men.|2,000—5,000|2000|5000|false",
        "As many as 900 Pakistani volunteers arrived.|As many as 900|900|900|true",
        "Around 800 of them were killed.|Around 800|800|800|true",
        "Some 200 meters away stood the fort.|Some 200 meters|200|200|true",
        "They held approximately 90% of the country.|approximately 90%|90|90|true",
        "They captured five provincial capitals.|five|5|5|false",
        "The Taliban besieged more than a dozen towns.|more than a dozen|12|12|true",
        "The war dragged on two decades later.|two decades|2|2|false",
        "Mazar was the fourth-largest city.|fourth-largest|4|4|false",
        "Losses were 40+ killed.|40+|40|40|true",
        "The men were 5/6 archers.|5/6|0.8333333333333334|0.8333333333333334|false",
        "Half of the city fled.|Half|0.5|0.5|false",
        "They fought for three hours.|three hours|3|3|false",
        "A raid by four to five thousand men failed.|four to five thousand|4000|5000|false",
        "They overran it in a two-day offensive.|two-day|2|2|false",
        "The rebels seized nearly a third of the territory.|nearly a third|0.3333333333333333|0.3333333333333333|true",
        "The fund grew to 5-6 million pounds.|5-6 million pounds|5000000|6000000|false",
        "They lost about three thousand five hundred men.|about three thousand five hundred|3500|3500|true",
        "A plane dropped bombs of 1,000-lb weight.|1,000-lb|1000|1000|false",
        "The extension covered the ages of 35 and 45 years between them.|35|35|35|false",
      })
  void numberShapes(String text, String answer, double low, double high, boolean approx) {
    NumberFact f = find(text).get(0);
    assertThat(f.answer()).isEqualTo(answer);
    assertThat(f.value().low()).isEqualTo(low);
    assertThat(f.value().high()).isEqualTo(high);
    assertThat(f.value().approx()).isEqualTo(approx);
  }

  @Test
  void whatIsCountedFollowsTheNumber() {
    assertThat(find("The Taliban moved 4,000 fighters across the plain.").get(0).about())
        .isEqualTo("fighters");
    assertThat(find("Then 1,000 US Army Rangers were airlifted in.").get(0).about())
        .isEqualTo("US Army Rangers");
    // a participle that names a kind of people belongs to the phrase; one after it is a verb
    assertThat(find("In all, 453 UK armed forces personnel died there.").get(0).about())
        .isEqualTo("UK armed forces personnel");
    assertThat(find("They counted 5,000 men killed.").get(0).about()).isEqualTo("men");
  }

  @Test
  void aSuspendedHyphenIsNotPartOfTheAnswerAndAShareOfAWholeIsNoCount() {
    assertThat(find("Herat and Kandahar, the second- and third-largest cities, fell."))
        .extracting(NumberFact::answer)
        .containsExactly("second", "third-largest");
    assertThat(find("Fires burned about three quarters of the city.")).isEmpty();
  }

  @Test
  void aUnitGluedToItsFigureIsPartOfTheMeasure() {
    assertThat(
            find(
                "The town lies 60km (37 miles) north of the river, and the troops advanced about"
                    + " 7km in a day."))
        .extracting(NumberFact::answer)
        .containsExactly("60km", "about 7km", "a day");
    // a letter glued on that is no unit still makes no figure
    assertThat(find("The F16s flew from base 7b on the 5th."))
        .extracting(NumberFact::answer)
        .doesNotContain("7");
  }

  @Test
  void fromOrBetweenWithoutARangeIsNotPartOfTheAnswer() {
    assertThat(find("They rode under fire from three sides.").get(0).answer()).isEqualTo("three");
    assertThat(find("Prices rose from 5 to 12 dollars.").get(0).answer()).isEqualTo("from 5 to 12");
  }

  @Test
  void aRangeWithAHedgedHighEndIsOneApproximateRange() {
    var f = find("Estimates of the dead run from around 8,000 to over 30,000.").get(0);
    assertThat(f.answer()).isEqualTo("around 8,000 to over 30,000");
    assertThat(f.value().low()).isEqualTo(8000);
    assertThat(f.value().high()).isEqualTo(30000);
    assertThat(f.value().approx()).isTrue();
    var c = find("The army numbered c. 250,000 to over 1,000,000 men.").get(0);
    assertThat(c.answer()).isEqualTo("c. 250,000 to over 1,000,000");
    assertThat(c.value().approx()).isTrue();
  }

  @Test
  void abbreviatedEstimatesAreApproximationPrefixes() {
    var est = find("Infobox\n- Strength1: est. 70,000 to 100,000").get(0);
    assertThat(est.answer()).isEqualTo("est. 70,000 to 100,000");
    assertThat(est.value().approx()).isTrue();
    assertThat(find("Armies: approx. 7,000 each.").get(0).answer()).isEqualTo("approx. 7,000");
  }

  @Test
  void theNonFactsAreTriedOnlyWhereOneCanStart() {
    // an alternative whose starts cannot be read (a character class first, an optional mark)
    // would make the big alternation run at every character of every unit
    assertThat(Prefixes.of(NumberExtractor.NOT_FACTS).anywhere()).isFalse();
  }

  @Test
  void aCapitalisedWordBeforeANumberNamesItUnlessTheWholeLineIsInCapitals() {
    assertThat(find("The crew of Apollo 11 came home.")).isEmpty();
    assertThat(find("FORT TESTON TAKEN AFTER 82 DAYS OF SIEGE\n\nThe fort fell."))
        .extracting(NumberFact::answer)
        .containsExactly("82 DAYS");
  }

  @Test
  void formationsSectionsPostsAndMannersAreNoCounts() {
    assertThat(find("2 Para attacked at dawn; 3 Commando Brigade waited; 5 Marines were killed."))
        .extracting(NumberFact::answer)
        .containsExactly("5");
    assertThat(find("Worksheet 4.3 covers the battle; it lasted 4.5 hours."))
        .extracting(NumberFact::answer)
        .containsExactly("4.5 hours");
    assertThat(find("His second-in-command took over, and they were carried one at a time."))
        .isEmpty();
    assertThat(find("We fell back from one line to another.")).isEmpty();
    assertThat(find("The valley was a mile and a quarter long.")).isEmpty();
    assertThat(find("Stop 4: the bridge, where 300 men crossed."))
        .extracting(NumberFact::answer)
        .containsExactly("300");
    assertThat(find("They buried the dead one grave at a time; one ship was lost."))
        .extracting(NumberFact::answer)
        .containsExactly("one");
  }

  @Test
  void aConversionInBracketsAndNamesAndTimesOfDayAreNoCounts() {
    assertThat(find("The column stretched for 40 km (25 miles) along the road."))
        .extracting(NumberFact::answer)
        .containsExactly("40 km");
    assertThat(find("The ship ran onto the Four shoal at half past two; 300 men drowned."))
        .extracting(NumberFact::answer)
        .containsExactly("300");
    assertThat(find("They crossed the 38th parallel, as writers of the 19th century had feared."))
        .isEmpty();
  }

  @Test
  void nonFactsAreSkipped() {
    assertThat(find("He was one of the leaders.")).isEmpty();
    assertThat(find("Let me take one more question.")).isEmpty();
    assertThat(find("One is that the captain saw it.")).isEmpty();
    assertThat(find("One, Jamal, said so.")).isEmpty();
    assertThat(find("The 055 Brigade fought; B-52 bombers flew.")).isEmpty();
    assertThat(find("See p. 416 for details.[1]")).isEmpty();
    assertThat(find("They attacked on 9 November 2001 at 5am.")).isEmpty();
    assertThat(find("The very first thing they did was loot.")).isEmpty();
    // hours of the clock are times, not counts
    assertThat(find("The battle began at about 10 in the morning.")).isEmpty();
    assertThat(find("By one in the afternoon it was over; at nine o'clock they left.")).isEmpty();
    assertThat(find("Ten in the company died.")).hasSize(1);
    // an ordinal in a unit's name is part of the name
    assertThat(find("The 82nd Airborne took the bridge; the 2nd Parachute Battalion held it."))
        .isEmpty();
    assertThat(find("It was the fourth attack of the day.")).hasSize(1);
    // a stretch of time, a part of a place and a date's own length are no amounts
    assertThat(find("Nolan was killed in the first minutes.")).isEmpty();
    assertThat(find("The rebels held the eastern half of the city.")).isEmpty();
    assertThat(find("Half the garrison surrendered.")).hasSize(1);
    // a statistic's confidence interval, and the interval given after a figure
    assertThat(find("The rate was 5.5 per 1,000 (95% CI 4.3-7.1) before the war."))
        .extracting(NumberFact::answer)
        .containsExactly("5.5");
    // telephone numbers, British and international
    assertThat(find("Contact: Defence Statistics (Health), telephone 030 6798 4423.")).isEmpty();
    assertThat(find("The press office is on +44 20 7946 0018.")).isEmpty();
    // the whole of a share is no count of its own; a number before "in" is no share's part
    assertThat(find("Five in every six of them were archers; three out of 10 died."))
        .extracting(NumberFact::answer)
        .containsExactly("Five", "three");
    assertThat(find("They could take Kabul in 90 days."))
        .extracting(NumberFact::answer)
        .containsExactly("90 days");
    assertThat(find("About 654,965 (392,979-942,636) more people died."))
        .extracting(NumberFact::answer)
        .containsExactly("About 654,965");
  }
}
