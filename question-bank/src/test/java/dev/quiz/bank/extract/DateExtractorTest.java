package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  private final DateExtractor dates = new DateExtractor();

  private List<DateFact> find(String text) {
    return dates.extract(Docs.of(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The city fell on 9 November 2001.|9 November 2001|2001-11-09|2001-11-09",
        "The city fell on November 9, 2001.|November 9, 2001|2001-11-09|2001-11-09",
        "The city fell on Nov. 26, 2001.|Nov. 26, 2001|2001-11-26|2001-11-26",
        "The city fell on 2001-11-09.|2001-11-09|2001-11-09|2001-11-09",
        "It lasted from 9 to 10 November 2001.|from 9 to 10 November 2001|2001-11-09|2001-11-10",
        "Date: 12–13 November 2001 ()|12–13 November 2001|2001-11-12|2001-11-13",
        "It lasted from 25 November to 1 December 2001.|from 25 November to 1 December 2001|2001-11-25|2001-12-01",
        "Siege: November 30December 17, 2001|November 30December 17, 2001|2001-11-30|2001-12-17",
        "It took place between 13 March and 7 May 1954.|between 13 March and 7 May 1954|1954-03-13|1954-05-07",
        "It was fought on June 25 and 26, 1876.|June 25 and 26, 1876|1876-06-25|1876-06-26",
        "The army marched in 1998.|1998|1998|1998",
        "The war lasted 2001–2021.|2001–2021|2001|2021",
        "He dug between 1963 and 1965, helped by many.|between 1963 and 1965|1963|1965",
        "Kabul fell in November 2001.|November 2001|2001-11|2001-11",
        "They fought in April and May 1967.|April and May 1967|1967-04|1967-05",
        "Egypt had ruled the land since the 1820s.|the 1820s|1820|1829",
        "They sortied on the 31st of August and the 1st of September, 1870.|the 31st of August and the 1st of September, 1870|1870-08-31|1870-09-01",
        "It lasted from September 1793 to July 1794.|from September 1793 to July 1794|1793-09|1794-07",
        "It raged during July–August 1943.|July–August 1943|1943-07|1943-08",
        "The decision came in May.|May|--05|--05",
        "By late 2001 they held the north.|late 2001|2001|2001",
        "The Army counted casualties through Oct. 31.|Oct. 31|--10-31|--10-31",
        "It was the battle of the 13th August (N.S.) 1704, long remembered.|13th August (N.S.) 1704|1704-08-13|1704-08-13",
        "Losses in the period from October 23 to November 4 were heavy.|from October 23 to November 4|--10-23|--11-04",
        "The siege ran 13 March – 7 May and failed.|13 March – 7 May|--03-13|--05-07",
        "Talks were held between 3 June and 5 July.|between 3 June and 5 July|--06-03|--07-05",
        "Teams visited between May 20 and July 10, 2006.|between May 20 and July 10, 2006|2006-05-20|2006-07-10",
        "The retreat lasted from 24 December to 2 January 1809.|from 24 December to 2 January 1809|1808-12-24|1809-01-02",
      })
  void calendarDatesInEveryCommonOrder(String text, String answer, String start, String end) {
    List<DateFact> found = find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).answer()).isEqualTo(answer);
    assertThat(found.get(0).value().start()).contains(start);
    assertThat(found.get(0).value().end()).contains(end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The attack was put back from 29 June to 1 July 1916.|29 June|1 July 1916",
        "The vote was postponed from 3 May to 9 June.|3 May|9 June",
        "They attacked on 5 May and 7 June.|5 May|7 June",
        "They attacked on May 2 and May 6, 1943.|May 2|May 6, 1943",
        "The fort fell on 24 December and the town on 2 January.|24 December|2 January",
      })
  void twoDaysCoordinatedAcrossMonthsWithoutBetweenAreTwoDates(
      String text, String first, String second) {
    assertThat(find(text)).extracting(DateFact::answer).containsExactly(first, second);
  }

  @Test
  void aTimelinesEntriesTakeTheYearOfTheHeadingTheyStandUnder() {
    List<DateFact> found =
        find(
            "Timeline of the Test War\n\nThe war was fought from 1853 to 1856.\n\n1854\n"
                + "* 20 September – Battle of the Testa: the allies win.\n"
                + "* May–June – The allies besiege Testburg.\n"
                + "* December – The armies settle into winter.\n\n1855\n"
                + "* 2 March – The Tsar dies.\n* Early May: a new general takes command.\n");
    assertThat(found)
        .extracting(
            f ->
                f.answer() + " " + f.value().start().orElse("") + ".." + f.value().end().orElse(""))
        .containsExactly(
            "from 1853 to 1856 1853..1856",
            "20 September 1854-09-20..1854-09-20",
            "May–June 1854-05..1854-06",
            "December 1854-12..1854-12",
            "2 March 1855-03-02..1855-03-02",
            "Early May 1855-05..1855-05");
  }

  @Test
  void aRecordsColumnNumbersOverProseAreNoYearHeadingsAndItsIssueLineDatesIt() {
    List<DateFact> found =
        find(
            "Record | House | Sittings in the 1940s | 1942 | 17 February 1942\n\n"
                + "THE FALL OF THE TEST FORTRESS\nHC Deb 17 February 1942 vol 377 cc1673-82\n\n"
                + "The Minister: The enemy landed on 8th December last and the fortress fell on "
                + "Sunday.\n\n1674\n\nThe Minister: Its commander was replaced at the end of "
                + "December.\n\n1675\n\nThe Minister: A debate will be held on Tuesday of next "
                + "week, and it should continue on Wednesday.\n\nBack to Sittings of 17 February "
                + "1942\n");
    assertThat(found)
        .extracting(
            f -> f.answer() + " " + f.value().start().orElse(f.value().relative().orElse("")))
        .containsExactly(
            "8th December 1941-12-08",
            "Sunday 1942-02-15",
            "December 1941-12",
            // the week after the record's, which is unambiguous; a bare day to come is not placed
            "Tuesday of next week 1942-02-24",
            "Wednesday Wednesday");
  }

  @Test
  void militaryDateTimeGroupsAndDaysWithTwoFigureYears() {
    List<DateFact> found =
        find(
            "The corps attacked at 241500C FEB 91. E Troop engaged (261618C - 261641C FEB 91) "
                + "and G Troop held (261630C - 270100C FEB 91). Losses were confirmed on 27 FEB 91 "
                + "for the battle of 26-27 FEB 91.");
    assertThat(found)
        .extracting(
            f ->
                f.answer() + " " + f.value().start().orElse("") + ".." + f.value().end().orElse(""))
        .containsExactly(
            "241500C FEB 91 1991-02-24..1991-02-24",
            "261618C - 261641C FEB 91 1991-02-26..1991-02-26",
            "261630C - 270100C FEB 91 1991-02-26..1991-02-27",
            "27 FEB 91 1991-02-27..1991-02-27",
            "26-27 FEB 91 1991-02-26..1991-02-27");
  }

  @Test
  void twoMonthsOrDaysJoinedByOrAreOneUncertainRange() {
    assertThat(find("The battle was fought in August or September 480 BC at the pass."))
        .extracting(
            f -> f.answer() + " " + f.value().start().orElse("") + "/" + f.value().end().orElse(""))
        .containsExactly("August or September 480 BC -0479-08/-0479-09");
    assertThat(find("The town fell on 7 or 8 May 1481 after a siege."))
        .extracting(f -> f.value().start().orElse("") + "/" + f.value().end().orElse(""))
        .containsExactly("1481-05-07/1481-05-08");
  }

  @Test
  void aYearAfterAListsParticipleIsADateButNotACount() {
    assertThat(find("TESTER, battle cruiser, 27,000 tons, launched 1912; complement 1,000."))
        .extracting(DateFact::answer)
        .containsExactly("1912");
    assertThat(find("The battery launched 1200 rockets at the town.")).isEmpty();
  }

  @Test
  void anOrdinalThatCountsMonthsOrUnitsIsNoDay() {
    List<DateFact> found =
        find(
            "Test Battle\n\nLONDON, 21 October 2023\n\nThe battle was fought on 21 October 1600. "
                + "In the calendar of the time it was the 15th day of the 9th month of Keicho 5.");
    assertThat(found)
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .containsExactly("21 October 1600 1600-10-21");
  }

  @Test
  void eachLetterOfSeveralIsToldFromItsOwnDate() {
    List<DateFact> found =
        find(
            "THE TESTA PAPERS\n\nOn the field near Testburg\nJuly 4th 1863\n\nDear Anna\n\n"
                + "We came up on the morning of the 2d inst. and fought. Yesterday the enemy "
                + "attacked.\n\nYour husband\n\nCamp near Testville\nJuly 7th 1863\n\n"
                + "Dear Wife\n\nWe left the field yesterday. The general took command on the "
                + "28th ult.\n");
    assertThat(found)
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .containsExactly(
            "the 2d inst. 1863-07-02",
            "Yesterday 1863-07-03",
            "July 7th 1863 1863-07-07",
            "yesterday 1863-07-06",
            "the 28th ult. 1863-06-28");
  }

  @Test
  void aPlaceAndThePagesDateBetweenBarsDateThePage() {
    List<DateFact> found =
        find(
            "THE TEST LEDGER\nTestville, Nebraska | Wednesday, March 4, 2020\n\nOBITUARIES\n\n"
                + "Anna Testa, who fought in the war, died Sunday at home.\n");
    assertThat(found)
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .containsExactly("Sunday 2020-03-01");
  }

  @Test
  void aDayNamedAsNextIsNotPlacedInThePast() {
    List<DateFact> found =
        find(
            "CAPITAL, 17 February 1942\n\nBells will be rung on Sunday next, and the "
                + "council meets next Friday. The envoy left on Sunday.\n");
    assertThat(found)
        .extracting(
            f -> f.answer() + " " + f.value().start().orElse(f.value().relative().orElse("")))
        .containsExactly("Sunday next Sunday next", "next Friday next Friday", "Sunday 1942-02-15");
  }

  @Test
  void aDiarysDaysTakeTheMonthOfTheHeadingTheyStandUnderAndItsYear() {
    List<DateFact> found =
        find(
            "THE DIARY\n\nThe siege began on the 13th of October, 1899.\n\nOCTOBER.\n\n"
                + "Saturday, 14th. — Heavy firing all the morning.\n\n"
                + "Friday, 16th. — Quiet.\n\nDECEMBER.\n\nMonday, 25th. — Christmas Day.\n\n"
                + "JANUARY.\n\nMonday, 1st. — New Year's Day.\n");
    assertThat(found)
        .extracting(
            f -> f.answer() + " " + f.value().start().orElse(f.value().relative().orElse("")))
        .containsExactly(
            "the 13th of October, 1899 1899-10-13",
            "Saturday, 14th 1899-10-14",
            // 16 October 1899 was a Monday: no day of this heading's month, a weekday alone
            "Friday Friday",
            "Monday, 25th 1899-12-25",
            "Monday, 1st 1900-01-01");
  }

  @Test
  void aDayNamedAloneInAStoryIsOfTheMonthItLastNamedButAUnitsNumberIsNoDay() {
    assertThat(
            find(
                "In late May 1940 the army fell back. The key order came on the 25th of May. "
                    + "The armour stopped on the 24th, and the 13th Rajputs held the canal."))
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .containsExactly("May 1940 1940-05", "the 25th of May 1940-05-25", "the 24th 1940-05-24");
  }

  @Test
  void aPublicationLineWithItsDateInFiguresDatesTheReport() {
    List<DateFact> found =
        find(
            "Troops storm the old city\n\nPublished on 18/06/2017 at 16:42 - Updated on 18/06/2017"
                + " at 21:05\n\nTESTBURG (AFP) - Troops launched on Sunday the assault on the old"
                + " city.");
    assertThat(found)
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .containsExactly("Sunday 2017-06-18");
  }

  @Test
  void aMonthOpensATimelineEntryOnlyBeforeItsDashOrColon() {
    assertThat(find("* March – The siege begins."))
        .extracting(DateFact::answer)
        .containsExactly("March");
    assertThat(find("March on, the general cried.")).isEmpty();
    assertThat(find("May – it rained.")).extracting(DateFact::answer).containsExactly("May");
    assertThat(find("May the war end soon.")).isEmpty();
  }

  @Test
  void aDateWithoutAYearTakesTheYearOfTheTimeTheTextTellsOf() {
    // a speech of 2015 on a battle of 1415: "22 September" is the siege's, in 1415
    List<DateFact> found =
        dates.extract(
            Docs.of(
                "The king landed in Normandy on 13 August 1415. The town fell on 22 September "
                    + "after five weeks.",
                LocalDate.of(2015, 10, 25)));
    assertThat(found)
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("1415-08-13", "1415-09-22");
    // a year near the document's own leaves its year to the dates after it
    assertThat(
            dates.extract(
                Docs.of(
                    "The rebels first took the town in 2001. They returned on 22 September.",
                    LocalDate.of(2015, 10, 25))))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("2001", "2015-09-22");
  }

  @Test
  void coordinatedDaysTakeTheYearOfTheDocument() {
    List<DateFact> found =
        find("The siege ran from 9 to 10 November 2001. On 7 and 8 November, troops moved.");
    assertThat(found)
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("2001-11-09", "2001-11-07");
    assertThat(found.get(1).value().end()).contains("2001-11-08");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Armed men swept into the city on Sunday.|Sunday|Sunday",
        "The fighting was under way on Saturday night.|Saturday night|Saturday night",
        "It fell at around 10am this morning.|at around 10am this morning|10am",
        "They attacked the city last night.|last night|last night",
        "The figure was reported a week ago.|a week ago|a week ago",
        "They held it into the next year.|the next year|next year",
        "Twenty-five years ago this week the rebels took it.|Twenty-five years ago|Twenty-five years ago",
        "It was won just one hundred years ago.|one hundred years ago|one hundred years ago",
        "The accords were signed last August.|last August|last August",
      })
  void relativeDatesStayRelativeWithoutADocumentDate(String text, String answer, String relative) {
    List<DateFact> found = find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).answer()).isEqualTo(answer);
    assertThat(found.get(0).value().start()).isEmpty();
    assertThat(found.get(0).value().relative()).contains(relative);
  }

  @Test
  void aLettersPlaceAndDateUnderANoteDateItsInstantDays() {
    // the letter's heading names its place in two parts and its day as "10th"
    List<DateFact> found =
        dates.extract(
            Docs.of(
                "Editor's note: a private wrote this letter home after a battle.\n\n"
                    + "Camp near Testville, Tenn., April 10th, 1862\n\nDear Father,\n\n"
                    + "We fought here on the 6th and 7th inst. and held the line."));
    assertThat(found)
        .extracting(f -> f.value().start().orElse("") + "/" + f.value().end().orElse(""))
        .containsExactly("1862-04-06/1862-04-07");
  }

  @Test
  void aMonthOfAYearBeforeChristAndAGroupedCountOfYearsAgo() {
    assertThat(find("It was fought in August 479 BC, about 2,500 years ago."))
        .extracting(f -> f.answer() + "=" + f.value().start().orElse("?"))
        .containsExactly("August 479 BC=-0478-08");
  }

  @Test
  void aReprintIsToldFromTheDayItFirstAppearedNotFromTheArchivePage() {
    List<DateFact> found =
        dates.extract(
            Docs.of(
                "Rebels take the capital - archive, 1994\n\nFri 5 Jul 2019 05.30 BST\n\n"
                    + "The rebels took the city yesterday after fighting since April.\n\n"
                    + "· This article was first published in the Guardian on 5 July 1994.\n"));
    assertThat(found)
        .extracting(f -> f.answer() + "=" + f.value().start().orElse(""))
        .containsExactly("yesterday=1994-07-04", "April=1994-04");
  }

  @Test
  void aChronologyUnderAYearInItsTitleIsOfThatYearNotOfThePagesEditStamp() {
    List<DateFact> found =
        dates.extract(
            Docs.of(
                "Chronology: The Siege of Testburg (1683)\nLast edited 3 March 2022 · Print\n\n"
                    + "Background\n\n1682 – The sultan decides on a campaign.\n\nMarch\n\n"
                    + "31 March – The allies sign a treaty.\n\nApril\n\n"
                    + "1 April – The army leaves for the west.\n"));
    assertThat(found)
        .extracting(f -> f.answer() + "=" + f.value().start().orElse(""))
        .containsExactly("1682=1682", "31 March=1683-03-31", "1 April=1683-04-01");
  }

  @Test
  void aDocumentDatePlacesWeekdaysInThePastWeek() {
    List<DateFact> found =
        dates.extract(
            Docs.of("Armed men swept into the city on Sunday.", LocalDate.of(2021, 8, 9)));
    assertThat(found.get(0).value().start()).contains("2021-08-08");
    assertThat(found.get(0).value().relative()).contains("Sunday");
  }

  @Test
  void anAnniversaryIsPlacedThatManyYearsBeforeTheDocumentsDate() {
    List<DateFact> found =
        dates.extract(
            Docs.of(
                "Six hundred years ago today, the armies met. 75 years ago today, it ended.",
                LocalDate.of(2015, 10, 25)));
    assertThat(found)
        .extracting(f -> f.answer() + "=" + f.value().start().orElse(""))
        .containsExactly("Six hundred years ago today=1415-10-25", "75 years ago today=1940-10-25");
    // without the document's date it stays relative, and no count of years is left behind
    assertThat(find("Six hundred years ago today, the armies met."))
        .extracting(f -> f.value().relative().orElse(""))
        .containsExactly("Six hundred years ago today");
    assertThat(new NumberExtractor().extract(Docs.of("Six hundred years ago today, they met.")))
        .isEmpty();
  }

  @Test
  void namesOfEventsAndTitleDisambiguatorsAreNotDates() {
    assertThat(find("It came two days before the September 11 attacks.")).isEmpty();
    assertThat(find("- Conflict: Battle of Kunduz (2016)")).isEmpty();
  }

  @Test
  void theYearOfAFiguresSourceIsNoDate() {
    assertThat(find("- Casualties: 1,654 killed (regional government, 1937)")).isEmpty();
    assertThat(find("The town lost 300 men (Keegan, 1976), most of them on the bridge.")).isEmpty();
    // a year with a figure or a month before it is the story's
    assertThat(find("The treaty was signed (at Paris, June 1919) by both sides."))
        .extracting(DateFact::answer)
        .containsExactly("June 1919");
  }

  @Test
  void aPartOfADatedDayIsNotADateOfItsOwn() {
    assertThat(find("The garrison held out until the morning of 23 January 1879."))
        .extracting(DateFact::answer)
        .containsExactly("23 January 1879");
    assertThat(find("The garrison held out until the morning.")).hasSize(1);
    assertThat(find("The assaults began before dawn Tuesday, Jan. 30, 1968."))
        .extracting(DateFact::answer)
        .doesNotContain("dawn");
  }

  @Test
  void anOldStyleEquivalentAndARelativeDayNamedByItsDateAreNoFactsOfTheirOwn() {
    assertThat(find("- Date: 8 July [O.S. 27 June] 1709"))
        .extracting(DateFact::answer)
        .containsExactly("8 July [O.S. 27 June] 1709");
    assertThat(find("- Date: 8 July [O.S. 27 June] 1709"))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("1709-07-08");
    assertThat(find("The castle fell the following day, 4 June 1615, and the war ended."))
        .extracting(DateFact::answer)
        .containsExactly("4 June 1615");
  }

  @Test
  void twoDigitYearsAreReadInTheCenturyOfTheDocumentsYear() {
    String diary =
        "War diary, September 1944.\n\n17 Sep 44 1130 The battalion emplaned.\n\n"
            + "Casualties 17-21 Sep 44: officers killed 4.\n\nThe bridge was lost in June '44.";
    assertThat(find(diary))
        .extracting(
            f -> f.answer() + "=" + f.value().start().orElse("") + "/" + f.value().end().orElse(""))
        .containsExactly(
            "September 1944=1944-09/1944-09",
            "17 Sep 44=1944-09-17/1944-09-17",
            "17-21 Sep 44=1944-09-17/1944-09-21",
            "June '44=1944-06/1944-06");
  }

  @Test
  void twoDigitsAfterADateAreNoYearWithoutADocumentYearOrBeforeAWord() {
    // no year to take the century from: the day and month alone
    assertThat(find("The battalion emplaned on 17 Sep 44."))
        .extracting(DateFact::answer)
        .containsExactly("17 Sep");
    // a count after the date, in a document of 1944
    assertThat(find("The war diary of 1944 is kept.\n\nOn 12 November 44 men died."))
        .extracting(DateFact::answer)
        .containsExactly("1944", "12 November");
    // too far from the document's year
    assertThat(find("The war diary of 1944 is kept.\n\nOn 12 November 80 the road opened."))
        .extracting(DateFact::answer)
        .containsExactly("1944", "12 November");
  }

  @Test
  void aYearFillingATablesDateCellIsADate() {
    String table =
        "List of sieges\n\nNo.\tSiege\tDate\tAttacker\tResult\n"
            + "1\tFirst Siege\t1309\tKingdom of Castile\tCastilian capture of the town from the Nasrids\n"
            + "2\tSecond Siege\t1316\tMarinid Sultanate\tCastilian victory\n";
    assertThat(find(table))
        .extracting(f -> f.answer() + "=" + f.value().start().orElse(""))
        .containsExactly("1309=1309", "1316=1316");
  }

  @Test
  void aMonthWithoutAYearTakesTheYearOfTheStoryToldJustBefore() {
    String text =
        "The battle was fought on 24 February 1525 near Testford. The siege of the town began at"
            + " the end of October 1524. An assault in November failed. In December the army"
            + " rested. It marched again on 2 February, and the relief army came in March.";
    assertThat(find(text))
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .containsExactly(
            "24 February 1525 1525-02-24",
            "October 1524 1524-10",
            "November 1524-11",
            "December 1524-12",
            // a month before the story's: the story has moved on, to the document's year
            "2 February 1525-02-02",
            "March 1525-03");
    // a day the story placed carries it on; a month with its year earlier in the same sentence
    // gives its year to the days after it
    String siege =
        "The siege of Testburg began on 13 March 1884. A column beat the rebels on 17 January"
            + " 1885. Its leader died two days later. The river was falling. Rain fell. The town"
            + " was stormed on 26 January. The guns were silent. Smoke rose. Boats waited. Men"
            + " slept. Testor set out on 24 January. He arrived on 28 January, too late.";
    assertThat(find(siege))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("1884-03-13", "1885-01-17", "1885-01-26", "1885-01-24", "1885-01-28");
    assertThat(
            find(
                "The siege was fought in 2014. On 19 January 2015 the fighters took the hill, and on"
                    + " 26 January they freed the town."))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("2014", "2015-01-19", "2015-01-26");
    // past the new year: January after December is of the next year, and the story goes on there
    String retreat =
        "The campaign began in the autumn of 1808. The army turned back on 24 December 1808. On 1"
            + " January the emperor reached the town. The rain fell. The roads were bad. Men"
            + " straggled. Horses died. The transports arrived on 14 January.";
    assertThat(find(retreat))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("1808", "1808-12-24", "1809-01-01", "1809-01-14");
    // a dated report tells of its own days: what it recalls of another year is background
    assertThat(
            dates.extract(
                Docs.of(
                    "Government forces, backed by air power since September 2015, closed the ring."
                        + " The lull in air strikes ended on 15 November.",
                    LocalDate.of(2016, 12, 1))))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("2015-09", "2016-11-15");
  }

  @Test
  void aDispatchOfAPageOfSeveralIsToldFromItsOwnDateLine() {
    List<DateFact> found =
        dates.extract(
            Docs.of(
                "THE DAILY TESTER.\nTUESDAY, NOVEMBER 1, 1870.\n\nFOREIGN NEWS.\n\n"
                    + "LONDON, Oct. 29.—The capitulation was signed on the 27th inst. at the"
                    + " castle.\n\nBERLIN, Oct. 30.—The army took possession of the town"
                    + " yesterday.\n"));
    assertThat(found)
        .extracting(f -> f.answer() + " " + f.value().start().orElse(""))
        .contains("the 27th inst. 1870-10-27", "yesterday 1870-10-29");
  }

  @Test
  void aMonthOfAnotherTimeInPassingMovesNoLaterDay() {
    assertThat(
            dates.extract(
                Docs.of(
                    "The colonel, who seized power in a coup in September 1969, was 69. On 17 March"
                        + " the Council passed the resolution.",
                    LocalDate.of(2011, 10, 20))))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("1969-09", "2011-03-17");
  }

  @Test
  void anOrdinalNamingAUnitIsNoDayAndWhatCameBeforeSinceStartsNoOtherTime() {
    assertThat(find("By 1971 he served in A Company of the 23rd Battalion.")).hasSize(1);
    assertThat(
            dates.extract(
                Docs.of(
                    "The UN force has been there since 1978. On 12 July the raid began.",
                    LocalDate.of(2006, 8, 15))))
        .extracting(f -> f.value().start().orElse(""))
        .containsExactly("1978", "2006-07-12");
  }

  @Test
  void theNumberOfAStopBeforeADateAndAClockTimeAreNoDays() {
    assertThat(find("Stop 2 — 6 August 1945, 8:15 a.m."))
        .extracting(DateFact::answer)
        .containsExactly("6 August 1945", "8:15 a.m.");
    assertThat(find("The truce began at 0000 local time (2100 GMT on Monday)."))
        .extracting(DateFact::answer)
        .containsExactly("Monday");
  }

  @Test
  void monthsOutOfOrderWithOneYearAreNoRange() {
    // which year December is of is unsaid: only "February 1942" is certain
    assertThat(find("The siege lasted from December to February 1942."))
        .extracting(DateFact::answer)
        .containsExactly("February 1942");
  }

  @Test
  void countsAreNotYears() {
    assertThat(find("They fielded between 2000 and 3000 Arab fighters.")).isEmpty();
    assertThat(find("Some 1500 soldiers crossed the river.")).isEmpty();
  }

  @Test
  void theEvidenceSpanCoversTheAnswer() {
    String text = "Intro line here.\nKabul fell on 13 November 2001.";
    DateFact f = dates.extract(Docs.of(text)).get(0);
    assertThat(f.evidence().answerSpan().coveredText(text)).isEqualTo("13 November 2001");
    assertThat(f.evidence().sentenceSpan().coveredText(text)).isEqualTo(f.evidence().sentence());
  }
}
