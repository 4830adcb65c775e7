package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(LanguageModels.english());

  private List<Sentence> split(String text) {
    return splitter.split(Document.of("t.txt", text));
  }

  @Test
  void wikipediaTitleInfoboxAndHeadingsAreRecognized() {
    List<Sentence> units =
        split(
            "= Fall of X (2001) =\n\nInfobox\n- Date: 12–13 November 2001\n"
                + "- Commander1: A B\n\n==Background==\nThe city fell. It was taken.");
    assertThat(units)
        .extracting(Sentence::kind)
        .containsExactly(
            Sentence.Kind.TITLE,
            Sentence.Kind.INFOBOX,
            Sentence.Kind.INFOBOX,
            Sentence.Kind.PROSE,
            Sentence.Kind.PROSE);
    assertThat(units.get(1).label()).contains("Date");
  }

  @Test
  void aLabelAndItsFigureAcrossADotLeaderAreOneLine() {
    List<Sentence> units =
        split(
            "Our losses in the fighting are estimated as follows:\n\nKilled ..... 2,350\n"
                + "Wounded … 8,950\nMissing......2,260\n\nThe fighting went on.\nThey fled ... "
                + "12 of them died.");
    assertThat(units)
        .extracting(Sentence::text)
        .contains("Killed ..... 2,350", "Wounded … 8,950", "Missing......2,260");
    assertThat(units)
        .filteredOn(u -> u.text().startsWith("Killed"))
        .extracting(Sentence::kind)
        .containsExactly(Sentence.Kind.LINE);
    // a sentence that ends in dots is no label: the figure after it opens the next one
    String prose = "They fled ... 12 of them died.";
    assertThat(SentenceSplitter.afterDotLeader(prose, new int[] {0, 13}, 14)).isFalse();
    String row = "Killed ..... 2,350 men";
    assertThat(SentenceSplitter.afterDotLeader(row, new int[] {0, 12}, 13)).isTrue();
    String longLabel = "The enemy then fled in great disorder ... 2,350";
    assertThat(SentenceSplitter.afterDotLeader(longLabel, new int[] {0, 41}, 42)).isFalse();
  }

  @Test
  void anInfoboxKeyWithWhoseFiguresTheyAreAndItsItemsAreInfoboxLines() {
    List<Sentence> units =
        split(
            "= Battle of X =\n\nInfobox\n- Commanders and leaders (Northern):\n  - Anna Example\n"
                + "  - Bert Sample (wounded)\n- Strength (Southern, modern estimates): 5,000\n\n"
                + "The battle was fought in May 1900 by two armies.");
    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.INFOBOX)
        .extracting(u -> u.label().orElse("") + " | " + u.text())
        .containsExactly(
            "Commanders and leaders (Northern) | - Commanders and leaders (Northern):",
            "Commanders and leaders (Northern) | - Anna Example",
            "Commanders and leaders (Northern) | - Bert Sample (wounded)",
            "Strength (Southern, modern estimates) | - Strength (Southern, modern estimates): 5,000");
  }

  @Test
  void aTranscriptsSpeakerInCapitalsIsNoPartOfWhatIsSaid() {
    List<Sentence> units =
        split(
            "Press briefing\n\nBRIG. GEN. TESTER: Good afternoon. Our troops took the airport.\n\n"
                + "Q: How many were killed?\n\nBRIG. GEN. TESTER: About forty.\n\n"
                + "PHOTO: Troops advance on the airport.\n\nLOSSES: 40 killed and 12 wounded\n");
    assertThat(units)
        .extracting(u -> u.kind() + " " + u.text())
        .contains(
            "BOILERPLATE BRIG. GEN. TESTER:",
            "PROSE Good afternoon.",
            "PROSE Our troops took the airport.",
            "PROSE Q: How many were killed?",
            "PROSE About forty.",
            "PROSE PHOTO: Troops advance on the airport.")
        // a label on one line only is a factbox's key, kept with its value
        .anyMatch(t -> t.endsWith("LOSSES: 40 killed and 12 wounded"));
  }

  @Test
  void aBoxDrawnWithBarsGivesItsLinesWithoutTheBorder() {
    List<Sentence> units =
        split(
            "Chapter 4\n\n+--------------------------------+\n| KEY PEOPLE                     |\n"
                + "| Anna Example – head of the air |\n| Bert Sample – commander        |\n"
                + "+--------------------------------+\n\nThe battle began in July 1940.");
    assertThat(units)
        .extracting(Sentence::text)
        .containsSubsequence(
            "KEY PEOPLE",
            "Anna Example – head of the air",
            "Bert Sample – commander",
            "The battle began in July 1940.");
    assertThat(units).noneMatch(u -> u.text().contains("|") || u.text().contains("+--"));
  }

  @Test
  void anEncyclopediasAbbreviationsEndNoSentence() {
    assertThat(
            split(
                "TESTBURG (Ger. Testheim), a village about 10 m. W. of Testau. The centre, viz. the"
                    + " plain, was weak."))
        .extracting(Sentence::text)
        .containsExactly(
            "TESTBURG (Ger. Testheim), a village about 10 m. W. of Testau.",
            "The centre, viz. the plain, was weak.");
  }

  @Test
  void aReportsParagraphLettersAndNumbersAreNoSentences() {
    List<Sentence> units =
        split(
            "3. SITUATION.\n   a. Enemy. Two brigades held the ridge.\n"
                + "      (1) At dawn the troop attacked. It lost one tank.\n"
                + "   b. Friendly. The squadron led.\n");
    assertThat(units)
        .extracting(Sentence::text)
        .containsExactly(
            "3. SITUATION.",
            "Enemy.",
            "Two brigades held the ridge.",
            "At dawn the troop attacked.",
            "It lost one tank.",
            "Friendly.",
            "The squadron led.");
  }

  @Test
  void aDiaryEntrysHeadAndItsFirstSentenceAreOneUnit() {
    List<Sentence> units =
        split(
            "OCTOBER.\n\nSaturday, 14th. — Heavy firing all the morning. We lost two men.\n\n"
                + "Oct. 24th. — The big gun spoke to-day.\n\nHe left. — Nobody knew why.");
    assertThat(units)
        .extracting(Sentence::text)
        .contains(
            "Saturday, 14th. — Heavy firing all the morning.",
            "We lost two men.",
            "Oct. 24th. — The big gun spoke to-day.");
  }

  @Test
  void aTabSeparatedInfoboxGivesACellPerLineLabelledWithItsKeyAndSide() {
    List<Sentence> units =
        split(
            "Battle of X\nDate\t3 May 1900\nBelligerents\tNorthland\tSouthland\n"
                + "Commanders and leaders\tAnna Example\nBert Sample\tCarl Test\n"
                + "Strength\t1,000\t2,000\n\nThe battle was fought in May 1900 by two armies.");
    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.INFOBOX)
        .extracting(u -> u.label().orElseThrow() + "=" + u.text())
        .containsExactly(
            "Date=3 May 1900",
            "Belligerents1=Northland",
            "Belligerents2=Southland",
            "Commanders and leaders1=Anna Example",
            "Commanders and leaders1=Bert Sample",
            "Commanders and leaders2=Carl Test",
            "Strength1=1,000",
            "Strength2=2,000");
    assertThat(units.get(units.size() - 1).kind()).isEqualTo(Sentence.Kind.PROSE);
  }

  @Test
  void aTabSeparatedRowWhoseLinesOpenWithATabKeepsItsColumns() {
    List<Sentence> units =
        split(
            "Battle of X\nBelligerents\tNorthland\tSouthland\n"
                + "Commanders and leaders\tAnna Example\tCarl Test (POW)\n"
                + "\tBert Sample\tDora Test †\n\tEmil Sample\tFrida Test\n"
                + "Strength\t1,000\t2,000\n\nThe battle was fought in May 1900 by two armies.");
    assertThat(units)
        .filteredOn(u -> u.label().orElse("").startsWith("Commanders and leaders"))
        .filteredOn(u -> u.kind() == Sentence.Kind.INFOBOX)
        .extracting(u -> u.label().orElseThrow() + "=" + u.text())
        .containsExactly(
            "Commanders and leaders1=Anna Example",
            "Commanders and leaders2=Carl Test (POW)",
            "Commanders and leaders1=Bert Sample",
            "Commanders and leaders2=Dora Test †",
            "Commanders and leaders1=Emil Sample",
            "Commanders and leaders2=Frida Test");
  }

  @Test
  void aTabSeparatedRowEndsAtTheNextLabelLine() {
    List<Sentence> units = split("Result\tA victory\nCommanders\nAnna Example\nBert Sample\n");
    assertThat(units)
        .extracting(u -> u.kind() + ":" + u.text())
        .startsWith("LINE:Result", "INFOBOX:A victory", "LINE:Commanders");
  }

  @Test
  void sidesRowsUnderALabelKeepItHoweverLong() {
    List<Sentence> units =
        split(
            "Battle of X\n\nStrength\nHoly League: 212 ships (206 galleys, 6 galleasses), about"
                + " 40,000 sailors and oarsmen, 28,000 soldiers\nOttoman Empire: 251 ships, about"
                + " 50,000 sailors and oarsmen, 31,000 soldiers\n\nThe battle was fought at sea by"
                + " the two fleets for about five hours in the gulf.");
    assertThat(units)
        .filteredOn(u -> u.text().contains("ships"))
        .extracting(u -> u.kind() + " " + u.label().orElse(""))
        .containsExactly("LINE Strength", "LINE Strength");
    assertThat(units.get(units.size() - 1).label()).isEmpty();
  }

  @Test
  void aMastheadInCapitalsWithADateIsADateline() {
    List<Sentence> units =
        split("THE EVENING HERALD, TUESDAY, AUGUST 10, 1915.\n\nThe troops landed on the 6th.");
    assertThat(units)
        .extracting(Sentence::kind)
        .containsExactly(Sentence.Kind.DATELINE, Sentence.Kind.PROSE);
  }

  @Test
  void aSiteSectionAboveAHeadlineLeavesItTheTitleAndThePublicationDateStandsAlone() {
    List<Sentence> units =
        split(
            "Official Records\nLosses of the Testland garrison: a summary\n"
                + "Published 13 November 2014\n\nThe garrison lost 453 men in 12 years.");
    assertThat(units)
        .extracting(u -> u.kind() + ":" + u.text())
        .containsExactly(
            "BOILERPLATE:Official Records",
            "TITLE:Losses of the Testland garrison: a summary",
            "DATELINE:Published 13 November 2014",
            "PROSE:The garrison lost 453 men in 12 years.");
  }

  @Test
  void aSitesMenuAboveTheHeadlineLeavesItTheTitle() {
    assertThat(split("Home | News | Report\n\nFort Testing falls to the rebels\n\nThe fort fell."))
        .extracting(u -> u.kind() + ":" + u.text())
        .containsExactly(
            "BOILERPLATE:Home | News | Report",
            "TITLE:Fort Testing falls to the rebels",
            "PROSE:The fort fell.");
  }

  @Test
  void aBylineWithTheDateAndAnUpdateWithTwoClockTimesAreDatelines() {
    List<Sentence> units =
        split(
            "Fort Testing falls\nBy Anna Example | Published 26 May 2020\n"
                + "Last Updated: Wednesday, 9 April, 2003, 16:52 GMT 17:52 UK\n\n"
                + "The fort fell after a siege of nine days, and 300 of its defenders were taken.");
    assertThat(units)
        .extracting(u -> u.kind() + ":" + u.text())
        .containsExactly(
            "TITLE:Fort Testing falls",
            "DATELINE:By Anna Example | Published 26 May 2020",
            "DATELINE:Last Updated: Wednesday, 9 April, 2003, 16:52 GMT 17:52 UK",
            "PROSE:The fort fell after a siege of nine days, and 300 of its defenders were taken.");
  }

  @Test
  void aRunOfTermDashGlossLinesIsAListOfUnitsWhileWrappedProseJoins() {
    List<Sentence> units =
        split(
            "Key people\n\nKim Il-sung – leader of North Korea\n"
                + "Harry S. Truman – president of the United States\n"
                + "Douglas MacArthur – commander of UN forces until April 1951\n\n"
                + "The troops got ashore with slight loss, and by the\nmorning of the 7th had"
                + " advanced some\ntwo miles inland.");
    assertThat(units)
        .extracting(Sentence::text)
        .containsExactly(
            "Key people",
            "Kim Il-sung – leader of North Korea",
            "Harry S. Truman – president of the United States",
            "Douglas MacArthur – commander of UN forces until April 1951",
            "The troops got ashore with slight loss, and by the\nmorning of the 7th had"
                + " advanced some\ntwo miles inland.");
  }

  @Test
  void aFactBoxsFiguresOnePerLineStayApartWhileAWrappedFigureJoins() {
    assertThat(
            split(
                "Strength\nabout 24,000 Testians, 4 guns\nabout 6,000 horse\nc. 550\n\n"
                    + "The garrison held out for weeks with no more than\n2,000 men and few guns."))
        .extracting(Sentence::text)
        .containsExactly(
            "Strength",
            "about 24,000 Testians, 4 guns",
            "about 6,000 horse",
            "c. 550",
            "The garrison held out for weeks with no more than\n2,000 men and few guns.");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    List<Sentence> units = split("The Examiner says Gen. Ewell is doing well. Pope is wounded.");
    assertThat(units)
        .extracting(Sentence::text)
        .containsExactly("The Examiner says Gen. Ewell is doing well.", "Pope is wounded.");
    // in capitals, as datelines write them: the dateline is its own unit, whole
    assertThat(split("The fleet sailed.\n\nST. PETERSBURG, May 30.—The Admiralty admitted it."))
        .extracting(Sentence::text)
        .endsWith("ST. PETERSBURG, May 30.—", "The Admiralty admitted it.");
  }

  @Test
  void initialsRunTogetherStayWithTheSurname() {
    assertThat(split("Command passed to Maj. C.F.H. Gough. Lt J.H. Grayburn, of A Coy, fell."))
        .extracting(Sentence::text)
        .containsExactly(
            "Command passed to Maj. C.F.H. Gough.", "Lt J.H. Grayburn, of A Coy, fell.");
  }

  @Test
  void aClockTimeBeforeASmallLetterDoesNotEndTheSentence() {
    List<Sentence> units =
        split(
            "The truce was signed at 9 p.m. local time by both sides. The fleets met at 3.48 p.m. on 31 May.");
    assertThat(units)
        .extracting(Sentence::text)
        .containsExactly(
            "The truce was signed at 9 p.m. local time by both sides.",
            "The fleets met at 3.48 p.m. on 31 May.");
    assertThat(split("It took effect at midnight, 8 a.m. Thursday in the Gulf. Bush spoke."))
        .extracting(Sentence::text)
        .containsExactly("It took effect at midnight, 8 a.m. Thursday in the Gulf.", "Bush spoke.");
  }

  @Test
  void sentencesGluedWithoutASpaceAreSplit() {
    List<Sentence> units =
        split("Readers make all the difference.THE ARMY took the city last night.");
    assertThat(units).extracting(Sentence::text).contains("THE ARMY took the city last night.");
  }

  @Test
  void commentLinksAndDonationAppealsAreBoilerplate() {
    List<Sentence> units =
        split(
            "The city fell on Sunday after a long siege by the army.\n"
                + "Join our commenting forum\nComments");
    assertThat(units)
        .extracting(Sentence::kind)
        .containsExactly(Sentence.Kind.PROSE, Sentence.Kind.BOILERPLATE, Sentence.Kind.BOILERPLATE);
  }

  @Test
  void aMonthOfIssueIsADatelineAndAPressReleasesEndMarkIsFurniture() {
    List<Sentence> units =
        split("TESTLAND RELIEF NETWORK\nIssued July 2025\n\nThe camp held 900 people.\n\n-30-");
    assertThat(units)
        .extracting(u -> u.kind() + " " + u.text())
        .containsExactly(
            "BOILERPLATE TESTLAND RELIEF NETWORK",
            "DATELINE Issued July 2025",
            "PROSE The camp held 900 people.",
            "BOILERPLATE -30-");
  }

  @Test
  void aParagraphOfReferencesUnderItsOwnLabelStatesNoFacts() {
    List<Sentence> units =
        split(
            "The fort fell in 1453 after 53 days.\n\nSee also: Sieges of Testburg (1422).\n\n"
                + "Bibliography: Example, Anna. The Fall of Testburg 1453. Testford, 1965.");
    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.PROSE)
        .extracting(Sentence::text)
        .containsExactly("The fort fell in 1453 after 53 days.");
  }

  @Test
  void aPublishersNameItsMottoAndItsTrailOfSectionsLeaveTheHeadlineTheTitle() {
    assertThat(
            split(
                    "TESTLAND VETERANS ASSOCIATION\nRemembering those who served, 1951\n"
                        + "Nine Days at Testburg\n\nThe regiment held the pass for nine days.")
                .get(2))
        .extracting(Sentence::kind, Sentence::text)
        .containsExactly(Sentence.Kind.TITLE, "Nine Days at Testburg");
    assertThat(
            split(
                    "Testford Academy History Department\nYear 8 | Unit 4: The Wars\n"
                        + "Worksheet 2 — The Siege of Testburg\n\nThe siege lasted 40 days.")
                .get(2))
        .extracting(Sentence::kind, Sentence::text)
        .containsExactly(Sentence.Kind.TITLE, "Worksheet 2 — The Siege of Testburg");
    assertThat(
            split(
                    "United Nations Office for the Coordination of Testland Affairs (OCTA)\n"
                        + "Hostilities in Testland — Situation Update #210\n\nThe camp held 900.")
                .get(1))
        .extracting(Sentence::kind)
        .isEqualTo(Sentence.Kind.TITLE);
    // a headline that names a society is still the headline
    assertThat(split("Testburg rescued by the Red Cross Society\n\nThe town was saved.").get(0))
        .extracting(Sentence::kind)
        .isEqualTo(Sentence.Kind.TITLE);
  }

  @Test
  void aListItemThatIsASentenceWithoutItsStopIsProseWithoutItsMark() {
    List<Sentence> units =
        split(
            "Testburg news\n\nSummary\n- Testburg's mayor, Anna Frost, says at least 900 people have been killed"
                + " in the town\n- 1st Infantry Division, under Major General Paul Grey of Testford"
                + "\n- 27 May 1982: the battalion is said to be about to attack the town");
    assertThat(units)
        .extracting(u -> u.kind() + " " + u.text())
        .containsExactly(
            "TITLE Testburg news",
            "LINE Summary",
            "PROSE Testburg's mayor, Anna Frost, says at least 900 people have been killed in the"
                + " town",
            "LINE - 1st Infantry Division, under Major General Paul Grey of Testford",
            // a timeline's entry: its date, then what happened
            "PROSE 27 May 1982: the battalion is said to be about to attack the town");
  }

  @Test
  void aRankJoinedByAHyphenEndsNoSentenceAndATableDrawnWithBarsIsAnInfobox() {
    assertThat(
            split(
                "Testburg news\n\nThe corps were commanded by Lieut.-Gen. B. L. Testor and"
                    + " Maj.-Gen. Sir Anna Sample."))
        .extracting(u -> u.kind() + " " + u.text())
        .containsExactly(
            "TITLE Testburg news",
            "PROSE The corps were commanded by Lieut.-Gen. B. L. Testor and Maj.-Gen. Sir Anna"
                + " Sample.");
    assertThat(
            split(
                "Siege of Testburg\n\n| Date | 13 September 2014 – 15 March 2015 |\n"
                    + "| Commanders and leaders | Anna Testa; Bert Sample | Carl Model |\n\n"
                    + "The siege lasted six months."))
        .extracting(u -> u.kind() + " " + u.label().orElse("") + " " + u.text())
        .containsExactly(
            "TITLE  Siege of Testburg",
            "LINE Date Date",
            "INFOBOX Date 13 September 2014 – 15 March 2015",
            "LINE Commanders and leaders Commanders and leaders",
            "INFOBOX Commanders and leaders1 Anna Testa; Bert Sample",
            "INFOBOX Commanders and leaders2 Carl Model",
            "PROSE  The siege lasted six months.");
  }

  @Test
  void aNewsSectionInCapitalsIsNoTitleAndAnUpdatedLineWithItsWeekdayIsTheDateline() {
    assertThat(
            split(
                "WORLD NEWS\n\nTestland's leader says army holds the capital\n\n"
                    + "By ANNA TESTA Associated Press\nUpdated 4:18 PM EST, Sat November 28, 2020\n\n"
                    + "The army entered the city on Saturday."))
        .extracting(u -> u.kind() + " " + u.text())
        .containsExactly(
            "BOILERPLATE WORLD NEWS",
            "TITLE Testland's leader says army holds the capital",
            "BOILERPLATE By ANNA TESTA Associated Press",
            "DATELINE Updated 4:18 PM EST, Sat November 28, 2020",
            "PROSE The army entered the city on Saturday.");
  }

  @Test
  void aTableDrawnWithBarsInPlainTextGivesARowPerLine() {
    assertThat(
            split(
                "Siege of Testburg\n\nPhases\n\nPhase | Dates | Outcome\n"
                    + "Landing | 18–20 May 1565 | The army lands unopposed\n"
                    + "Relief | 7 September 1565 | A relief army of about 8,000 lands at Testa\n"))
        .extracting(u -> u.kind() + " " + u.label().orElse("") + " | " + u.text())
        .containsExactly(
            "TITLE  | Siege of Testburg",
            "LINE  | Phases",
            "LINE  | Phase | Dates | Outcome",
            "LINE Columns: Phase | Dates | Outcome | Landing | 18–20 May 1565 | The army lands"
                + " unopposed",
            "LINE Columns: Phase | Dates | Outcome | Relief | 7 September 1565 | A relief army of"
                + " about 8,000 lands at Testa");
  }

  @Test
  void aTimelinesEntriesAreSentencesButARangeOfDatesIsNone() {
    assertThat(
            split(
                "Testland war\n\nTimeline\n- 12 July: Testish jets strike the airport\n"
                    + "March 1755 – Braddock sails for Testland\n21 January – 9 July 1968\n"
                    + "- 14 August: Ceasefire"))
        .extracting(u -> u.kind() + " " + u.text())
        .containsExactly(
            "TITLE Testland war",
            "LINE Timeline",
            "PROSE 12 July: Testish jets strike the airport",
            "PROSE March 1755 – Braddock sails for Testland",
            "LINE 21 January – 9 July 1968",
            "LINE - 14 August: Ceasefire");
  }

  @Test
  void aSitesMenusAndTrailAboveTheHeadlineLeaveItTheTitle() {
    List<Sentence> units =
        split(
            "Kids Encyclopedia | Ancient Testland | Battles\nHome > History > Battle of Testburg\n"
                + "Print this page | Share | Cite\nThe Battle of Testburg: Questions and Answers\n\n"
                + "Q: When was it fought?\nA: In August 479 BC.");
    assertThat(units)
        .extracting(u -> u.kind() + " " + u.text())
        .startsWith(
            "BOILERPLATE Kids Encyclopedia | Ancient Testland | Battles",
            "BOILERPLATE Home > History > Battle of Testburg",
            "BOILERPLATE Print this page | Share | Cite",
            "TITLE The Battle of Testburg: Questions and Answers");
  }

  @Test
  void anAppealEndsAtItsThanksOrAtTheCommentLinksAfterIt() {
    String appeal =
        "Your support keeps our reporters out there\nGood reporting costs money.\n"
            + "Every gift, however small, makes a difference.\n";
    String article = "TESTIAN troops took the fort yesterday. About 300 men surrendered.";
    assertThat(split(appeal + article)).filteredOn(u -> u.kind() == Sentence.Kind.PROSE).hasSize(2);
    assertThat(
            split(
                "Your support keeps our reporters out there\nGood reporting costs money.\n"
                    + "Join our commenting forum\nComments\n"
                    + article))
        .filteredOn(u -> u.kind() == Sentence.Kind.PROSE)
        .extracting(Sentence::text)
        .containsExactly("TESTIAN troops took the fort yesterday.", "About 300 men surrendered.");
  }

  @Test
  void aPrintedPagesNumberAndHeadDateThePageAndANumberedHeadingStaysAHeading() {
    assertThat(
            split(
                "2 THE EVENING TESTER, Wednesday, October 17, 1973\n\nTroops Hold Ridge\n\n"
                    + "The troops held the ridge on Tuesday."))
        .extracting(u -> u.kind() + " " + u.text())
        .startsWith("DATELINE 2 THE EVENING TESTER, Wednesday, October 17, 1973");
    assertThat(split("Fall of Testburg\n\n2 Background\n\nThe town fell in May 1901."))
        .extracting(Sentence::text)
        .doesNotContain("2 Background");
  }

  @Test
  void aTimestampUnderALongMenuDatesThePage() {
    String menu =
        "Skip to main content\nNews and analysis for professionals of every market on earth\n"
            + "World\nBusiness\nMarkets\nLegal\nTechnology\nInvestigations\nMore\nMy View\n"
            + "Sign In\nRegister\nEurope\n";
    assertThat(
            split(
                menu
                    + "Testian troops hold the ridge\nMay 21, 2023 8:47 PM GMT+1\n\n"
                    + "Testian troops held the ridge on Sunday, officials said."))
        .filteredOn(u -> u.kind() == Sentence.Kind.DATELINE)
        .extracting(Sentence::text)
        .containsExactly("May 21, 2023 8:47 PM GMT+1");
    assertThat(split("Testburg\nLast Updated: Mar 4, 2025 • Article History\n\nThe town fell."))
        .filteredOn(u -> u.kind() == Sentence.Kind.DATELINE)
        .hasSize(1);
  }

  @Test
  void aMenuThatLinksToDonationsOpensNoAppeal() {
    List<Sentence> units =
        split(
            "Home | About | Reunions | Donate\n\nOur History\n\nThe regiment held the pass for"
                + " nine days in 1951. About 400 men came back.\n\nDonate to our memorial fund."
                + " Every gift helps.");
    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.PROSE)
        .extracting(Sentence::text)
        .containsExactly(
            "The regiment held the pass for nine days in 1951.", "About 400 men came back.");
    assertThat(units.get(units.size() - 1).kind()).isEqualTo(Sentence.Kind.BOILERPLATE);
  }

  @Test
  void hardWrappedLinesOfAParagraphAreJoined() {
    List<Sentence> units =
        split(
            "Richmond,\nSept 5.—The President has issued a proclamation setting apart\n"
                + "Thursday, the 18th inst., as a day of prayer.");
    assertThat(units).hasSize(1);
    assertThat(units.get(0).text()).startsWith("Richmond,\nSept 5.");
  }

  @Test
  void everyUnitsTextIsTheDocumentTextAtItsSpan() {
    String text = "Headline here\n\nBody one is here. Body two follows.\n- Strength1: 100 soldiers";
    for (Sentence s : split(text)) {
      assertThat(s.span().coveredText(text)).isEqualTo(s.text());
    }
  }

  @Test
  void aSentenceEndsAfterItsCitationMarks() {
    List<Sentence> units =
        split(
            "Testburg\nSiege[edit]\nThe siege began in the spring of 1902.[7][8] The army "
                + "reached the town in May.[9]\nAftermath[edit]\nAbout 900 prisoners were taken.[10]");
    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.PROSE)
        .extracting(Sentence::text)
        .containsExactly(
            "The siege began in the spring of 1902.[7][8]",
            "The army reached the town in May.[9]",
            "About 900 prisoners were taken.[10]");
    assertThat(units).extracting(Sentence::text).doesNotContain("Siege[edit]", "Aftermath[edit]");
  }

  @Test
  void aNavigationBoxRunIntoTheFirstSentenceIsNotPartOfIt() {
    List<Sentence> units =
        split(
            "Testburg – Oldtown – Newtown – Upper Mill – Lowtown The Battle of Testburg was fought "
                + "on 3 May 1902 near the river.");
    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.PROSE)
        .extracting(Sentence::text)
        .containsExactly("The Battle of Testburg was fought on 3 May 1902 near the river.");
  }
}
