package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateShiftsTest {

  @ParameterizedTest(name = "{0} at place {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "14 October 1066|1|12 October 1066;17 October 1066;19 October 1066",
        "14 October 1066|3|9 October 1066;11 October 1066;12 October 1066",
        "October 1066|0|November 1066;December 1066;September 1066",
        "March 1066|0|April 1066;May 1066;June 1066",
        "October 1066|2|August 1066;September 1066;November 1066",
        "1066|1|1064;1067;1069",
        "1066|3|1063;1065;1064",
        "the 1820s|0|the 1830s;the 1850s;the 1840s",
        "Tuesday|0|Monday;Sunday;Thursday",
        "at 9 am|2|at 6 am;at 8 am;at 11 am",
        "at 6.30pm on Saturday|2|at 3.30pm on Saturday;at 5.30pm on Saturday;at 8.30pm on Saturday",
        // past noon "a.m." turns "p.m."; a time is not moved out of its day
        "until about 11:30 a.m.|0|until about 1:30 p.m.;until about 3:30 p.m.;until about 2:30 p.m.",
        "at 10 PM|1|at 9 PM;at 7 PM;at 8 PM",
        "217 BC|1|215 BC;218 BC;220 BC",
        "Friday 25 October 1415|1|Wednesday 23 October 1415;Monday 28 October 1415;Monday 21 October 1415",
        "Thursday, the 18th inst.|0|Wednesday, the 17th inst.;Tuesday, the 16th inst.;Saturday, the 20th inst.",
        "Thursday, the 21st|0|Wednesday, the 20th;Tuesday, the 19th;Saturday, the 23rd",
        // a year of two digits stays as it is; the day of "Oct. 31" is no year
        "17 Sep 44|1|15 Sep 44;20 Sep 44;22 Sep 44",
        "Oct. 31|3|Oct. 26;Oct. 28;Oct. 25",
        // a range moves by more than its length, so that no choice overlaps the answer: by spans
        // of days, then by months; a range over months by spans of months; a long span back only
        "6–10 August 1915|1|21–25 August 1915;6–10 July 1915;6–10 September 1915",
        "3–12 October 2016|3|3–12 July 2016;3–12 August 2016;3–12 September 2016",
        "August or September 480 BC|1|June or July 480 BC;October or November 480 BC;April or May 480 BC",
        "1996–2001|1|1978–1983;1990–1995;1984–1989",
        "13 March – 7 May 1954|1|13 June – 7 August 1954;13 September – 7 November 1954;11 March – 5 May 1954",
      })
  void candidatesAreOfferedBestFirstUntilEnoughAreTaken(String answer, int place, String first) {
    List<String> offered = new ArrayList<>();

    DateShifts.offer(answer, place, c -> offered.add(c) && offered.size() == 3);

    assertThat(String.join(";", offered)).isEqualTo(first);
  }

  @ParameterizedTest(name = "place {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void theAnswerSortsAtItsPlaceAmongTheFirstThreeYears(int place) {
    List<Integer> years = new ArrayList<>(List.of(1066));

    DateShifts.offer("1066", place, c -> years.add(Integer.parseInt(c)) && years.size() == 4);

    assertThat(years.stream().sorted().toList().indexOf(1066)).isEqualTo(place);
  }

  @ParameterizedTest(name = "{0} moved {1} hours")
  @CsvSource(
      delimiter = '|',
      value = {
        "11:30 a.m.|2|1:30 p.m.",
        "12.15pm|-1|11.15am",
        "12 AM|1|1 AM",
        "between 10 a.m. and 2 p.m.|3|between 1 p.m. and 5 p.m.",
        "11 pm|2|",
        "1 a.m.|-2|",
        "at 9am this morning|4|",
        "at 2 p.m. in the afternoon|-1|at 1 p.m. in the afternoon",
      })
  void clockTimesMoveAcrossNoonButNotOutOfTheirDay(String answer, int hours, String moved) {
    assertThat(DateShifts.shiftHours(answer, hours)).isEqualTo(moved == null ? "" : moved);
  }
}
