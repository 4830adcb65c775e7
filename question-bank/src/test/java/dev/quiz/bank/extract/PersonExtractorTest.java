package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonExtractorTest {
  private final PersonExtractor persons = new PersonExtractor();

  private List<PersonFact> find(String text) {
    return persons.extract(Docs.of(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The statement was tweeted by the Taliban's spokesperson, Zabihullah Mujahid, on Sunday.|Zabihullah Mujahid",
        "The strike was confirmed by Fawad Aman, the deputy spokesman for the defence ministry.|Fawad Aman",
        "After winning, General Robert E. Lee led his army north.|Robert E. Lee",
        "The target was Mohammed Atef, an Egyptian militant.|Mohammed Atef",
        "US Secretary of State Colin Powell spoke first.|Colin Powell",
        "Forces were led by Mullah Dadullah's 8,000 fighters.|Mullah Dadullah",
        "The whereabouts of the prime minister, Gulbuddin Hekmatyar, were unknown.|Gulbuddin Hekmatyar",
        "Osama al-Nujaifi, the speaker of the Iraqi parliament, told reporters so.|Osama al-Nujaifi",
        "He hoped for the support of the Cossack hetman Ivan Mazepa.|Ivan Mazepa",
        "The forces of Siraj ud-Daulah, the Nawab of Bengal, fled.|Siraj ud-Daulah",
      })
  void peopleInRoles(String text, String name) {
    assertThat(find(text)).extracting(f -> f.value().name()).contains(name);
  }

  @Test
  void infoboxCommandersLoseTheirMarkers() {
    List<PersonFact> found =
        find(
            "Infobox\n- Commander2: Mullah Omar, Osama bin Laden, Mohammed AtefKIA, "
                + "Jalaluddin Haqqani (alleged), Gen. Kassim Jangal Bagh (police chief)");
    assertThat(found)
        .extracting(f -> f.value().name())
        .containsExactly(
            "Mullah Omar",
            "Osama bin Laden",
            "Mohammed Atef",
            "Jalaluddin Haqqani",
            "Kassim Jangal Bagh");
    assertThat(found).allMatch(f -> f.value().role().equals("commander"));
  }

  @Test
  void aTablesCommandersColumnAndCommandersRowNamePeople() {
    List<PersonFact> column =
        find(
            "The campaign\n\nAction | Dates | Commanders (Allied / Ottoman) | Result\n"
                + "Naval attack | 18 March 1915 | John de Robeck / Cevat Pasha | Ottoman victory\n"
                + "Landing at Anzac Cove | 25 April 1915 | William Birdwood / Mustafa Kemal | Held\n");
    assertThat(column)
        .extracting(f -> f.value().name())
        .containsExactlyInAnyOrder(
            "John de Robeck", "Cevat Pasha", "William Birdwood", "Mustafa Kemal");
    List<PersonFact> row =
        find(
            "The two armies\n\nEthiopian Empire\tKingdom of Italy\n"
                + "Commander\tEmperor Menelik II\tGeneral Oreste Baratieri\n"
                + "Killed\test. 4,000\tabout 7,000\n");
    assertThat(row)
        .extracting(f -> f.value().name())
        .containsExactlyInAnyOrder("Menelik II", "Oreste Baratieri");
  }

  @Test
  void aDatelinesPlaceAndAPlaceOpeningASentenceAreNoPeople() {
    assertThat(
            find(
                "Testgrad holds on\n\nTESTGRAD, May 21 (Reuters) - Testian troops still hold the"
                    + " ridge, Testgrad said on Sunday.\n\nIn Washington, a Pentagon spokesman,"
                    + " Lieut. Col. Gerald Whitcomb, said two men were missing."))
        .extracting(f -> f.value().name())
        .containsExactly("Gerald Whitcomb");
    assertThat(PersonExtractor.datelinePlace("TEL AVIV (AP) —")).contains("Tel Aviv");
  }

  @Test
  void aSentenceEndingInAColonBeforeItsQuotationNamesPeopleAndACaptionsNextFieldDoesNot() {
    assertThat(
            find(
                "Testville airport\n\nThe ministry's press secretary, Jon Testkirk, has just"
                    + " confirmed the blast on Twitter:\n\nTwo blasts at the gate.\n\nGeneral"
                    + " Ann Testmoor greeting the envoy in the square, oil painting Date:\n\n"
                    + "Commanders:"))
        .extracting(f -> f.value().name() + "|" + f.value().role())
        .containsExactly("Jon Testkirk|the ministry's press secretary");
    assertThat(dev.quiz.bank.text.SentenceSplitter.introducesQuote("Commanders and leaders:"))
        .isFalse();
  }

  @Test
  void aPostAfterAsAndARoleOfTheHomeFrontNamePeopleAndARulersNumeralIsPartOfTheName() {
    List<PersonFact> found =
        find(
            "The cabinet met at once, with Amir Testeretz as defence minister and Dan Testlutz as"
                + " chief of staff. The town served as a depot. Under the conductor Karl Testberg"
                + " the orchestra played on. Philip II of Testania, the king's uncle, sent only"
                + " advice. The Cortes acclaimed Philip as king. Later Philip II pressed his claim."
                + " General Testmann replaced Otto Testleeb as commander of the Fourth Army.");
    assertThat(found)
        .extracting(f -> f.answer() + "|" + f.value().role())
        .contains(
            "Amir Testeretz|defence minister",
            "Dan Testlutz|chief of staff",
            "Karl Testberg|conductor",
            "Philip II|the king's uncle")
        .contains("Otto Testleeb|")
        .noneMatch(a -> a.startsWith("Philip|the king's uncle") || a.contains("depot"));
  }

  @Test
  void anOldAbbreviatedGeneralIsATitleAndAPictureIsNoPerson() {
    assertThat(
            find(
                "They said Genl. Testwood was killed the day before.\n\nPhotograph, the surviving"
                    + " officers of B Company, taken later that year."))
        .extracting(f -> f.value().name())
        .containsExactly("Testwood");
  }

  @Test
  void kinRunnersAndAKingAfterItsArePeopleAndAPeopleOrALandIsNot() {
    assertThat(
            find(
                "Its king, Darius Testes, ruled from Egypt to India. It was commanded by two men: Datis,"
                    + " a noble from Media, and Artaphernes, a nephew of Darius. The Athenians sent a"
                    + " runner named Testippides to Sparta. Many Persians fled, and the Spartans"
                    + " came late. Then Miltiades attacked. William was D of Normandy, Edward's"
                    + " cousin.\n\nLater Artaphernes sailed home."))
        .extracting(f -> f.value().name())
        .contains("Darius Testes", "Datis", "Testippides", "Miltiades")
        .doesNotContain("Persians", "Spartans", "Athenians", "Normandy", "Then Miltiades");
    assertThat(
            find(
                "Testland\n\nThe fleet sailed under Artaphernes, a nephew of Darius.\n\n"
                    + "Later Artaphernes sailed home."))
        .extracting(f -> f.value().role())
        .contains("a nephew of Darius");
  }

  @Test
  void aPrivateIsATitleAndAPluralsPossessiveMarkIsNoPartOfTheName() {
    assertThat(
            find(
                "Killed—Private John Testmire, Co. A, aged 19. Late in the afternoon Gen. Hooker"
                    + " sent forward Gen. Testphreys' division, which charged with the bayonet."))
        .extracting(f -> f.value().name())
        .contains("John Testmire", "Testphreys")
        .doesNotContain("Testphreys'");
  }

  @Test
  void aClassOfShipsNamedForAPersonIsNoPerson() {
    assertThat(
            find("Four battleships of the Queen Elizabeth class joined Admiral Hugh Evan-Thomas."))
        .extracting(f -> f.value().name())
        .containsExactly("Hugh Evan-Thomas");
  }

  @Test
  void namesWithParticlesAndPatronymics() {
    assertThat(
            find("The victory ended the rule of the Viceroy of Peru, José de la Serna, at last."))
        .extracting(f -> f.value().name(), f -> f.value().role())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("José de la Serna", "the Viceroy of Peru"));
    assertThat(find("The Zulu army, commanded by Ntshingwayo kaMahole, hid in a valley."))
        .extracting(f -> f.value().name())
        .containsExactly("Ntshingwayo kaMahole");
  }

  @Test
  void aListWithoutCommasIsSplitAtTheKnownNamesAndTheNamesBetween() {
    List<PersonFact> found =
        find(
            "Infobox\n- Commander1: Antonio José de Sucre José de La Mar José María Córdova\n"
                + "- Commander2: José de la Serna (POW) José de Canterac\n\n"
                + "General Antonio José de Sucre won. General José María Córdova charged. "
                + "That evening General José de Canterac signed.");
    assertThat(found)
        .filteredOn(f -> f.value().role().equals("commander"))
        .extracting(f -> f.value().name())
        .containsExactlyInAnyOrder(
            "Antonio José de Sucre",
            "José de La Mar",
            "José María Córdova",
            "José de la Serna",
            "José de Canterac");
  }

  @Test
  void aListedNameKeepsItsPlaceButATitleAfterACommaIsTheNameBefore() {
    List<PersonFact> found =
        find(
            "Infobox\n- Commander1: Odo of Bayeux, Aldric of Montcerf (POW), Berengar of Lys\n"
                + "- Commander2: William, Duke of Normandy, Hugh\n\nThe armies met at dawn.");
    assertThat(found)
        .filteredOn(f -> f.value().role().equals("commander"))
        .extracting(f -> f.value().name())
        .containsExactlyInAnyOrder(
            "Odo of Bayeux", "Aldric of Montcerf", "Berengar of Lys", "William", "Hugh");
  }

  @Test
  void aLaterSentenceMayNameAPersonByTheSurnameAlone() {
    List<PersonFact> found =
        find(
            "The relief army was led by King John III Sobieski of Poland. On 15 August Sobieski"
                + " left Krakow. The Grand Vizier, Kara Mustafa Pasha; the city held. Isnilon"
                + " Hapilon, the militants' leader, was killed. Gunmen of the Hapilon group fled.");
    assertThat(found)
        .extracting(f -> f.answer() + "=" + f.value().name())
        .contains("Sobieski=John III Sobieski", "Kara Mustafa Pasha=Kara Mustafa Pasha");
    // a surname that names a body ("the Hapilon group") or ends the fuller name is no mention
    assertThat(found).filteredOn(f -> f.evidence().sentence().startsWith("Gunmen")).isEmpty();
  }

  @Test
  void aLongerAppositionEndingInItsRoleAndTheRolesOfCouncilsAndChurches() {
    assertThat(find("Anna Testova, the wartime Northland Serb political leader, was sentenced."))
        .extracting(f -> f.value().name(), f -> f.value().role())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Anna Testova", "the wartime Northland Serb political leader"));
    // a clause after the name is no role, however it ends
    assertThat(find("Paul Grey, the man who later became the town's commander, was shot."))
        .extracting(f -> f.value().role())
        .noneMatch(r -> r.contains("commander"));
    assertThat(
            find("The council, led by co-chair Leila Testa, met. The monk Gennadios Testo spoke."))
        .extracting(f -> f.value().name())
        .containsExactly("Leila Testa", "Gennadios Testo");
  }

  @Test
  void aRoleWrittenWithItsCapitalBeforeWhatItIsOfOrFor() {
    assertThat(
            find(
                "Speaking in Testford, Anna Testa, Spokesperson for the Testland Council, said the"
                    + " talks had failed."))
        .extracting(f -> f.value().name(), f -> f.value().role())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Anna Testa", "Spokesperson for the Testland Council"));
    assertThat(find("The talks were held in Testford, Capital of Testland, in May.")).isEmpty();
  }

  @Test
  void aSecondNameWithATitleOfItsOwnKeepsItsOwnRole() {
    assertThat(
            find(
                "The pact was signed by Testland Prime Minister Anna Testa and Russian President"
                    + " Bert Sample."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly("Anna Testa | Testland Prime Minister", "Bert Sample | Russian President");
    assertThat(find("Generals Anna Testa and Bert Sample led the attack."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly("Anna Testa | General", "Bert Sample | General");
  }

  @Test
  void aNameAfterToThatFollowsAPersonIsNoPlace() {
    // "to Testor" alone would make Testor a place, as "marched to Kabul" does
    assertThat(
            find(
                "The king left his general Testor behind. For ten days, according to Testor, the"
                    + " armies waited. Q: What happened to Testor?"))
        .extracting(f -> f.value().name())
        .contains("Testor");
  }

  @Test
  void oneWhoLedMenAndOneNamedByHisRoleArePeople() {
    assertThat(find("The right wing was led by Testor, a politician of the city."))
        .extracting(f -> f.value().name())
        .containsExactly("Testor");
    assertThat(find("Its fleet was commanded by Juan of Testland, the king's brother."))
        .extracting(f -> f.value().name())
        .containsExactly("Juan of Testland");
    // one of several: the role keeps its article, and no "Who was the …?" is asked by it
    assertThat(find("A Persian commander named Testabazus escaped with his men."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly("Testabazus | a Persian commander");
  }

  @Test
  void titlesBeforeAKnownNameInAListAreNoPersonAndHeadquartersIsNoName() {
    String text =
        "Battle of Testbay\n\nDate\t20 November 1759\nBelligerents\tTestland\tSampland\n"
            + "Commanders and leaders\tAdmiral Sir Edward Testor\tMarshal Hubert de Sample\n\n"
            + "The battle was fought on 20 November 1759 between a fleet under Admiral Sir Edward"
            + " Testor and a fleet under Marshal Hubert de Sample. General Headquarters, Middle"
            + " East, reports that the enemy has gone.";
    assertThat(find(text))
        .extracting(f -> f.value().name())
        .containsOnly("Edward Testor", "Hubert de Sample");
  }

  @Test
  void anOrderOfBattleNamesEachUnitsCommander() {
    assertThat(
            find(
                "War of Testland\n\nThe war was fought in 1880.\n\nOrder of battle\n"
                    + "- 1st Division, under Capt. Anna Testa\n"
                    + "- Morro Testo sector, under Col. Bert Sample\n"))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly(
            "Anna Testa | commander of the 1st Division",
            "Bert Sample | commander of the Morro Testo sector");
  }

  @Test
  void aBodyOfMenUnderItsLeaderAndAGovernmentOfItsHead() {
    assertThat(
            find(
                "A Testish army under Herbert Testor beat the rebels. He sent a detachment under"
                    + " Joseph Sample against the fort, with an army of Byzantine regulars. The"
                    + " government of William Model fell. The town was under Ottoman rule. Lt. Gen."
                    + " Carl Walker's Eighth Army broke out, and the army under Field-Marshal Rommel"
                    + " retreated. The hall was designed by the Czech architect Jan Letzel."))
        .extracting(f -> f.value().name())
        .containsOnly(
            "Herbert Testor",
            "Joseph Sample",
            "William Model",
            "Carl Walker",
            "Rommel",
            "Jan Letzel");
  }

  @Test
  void aUnitInBracketsAfterATitledNameIsTheOneHeCommanded() {
    assertThat(
            find(
                "The corps were commanded by Lieut.-Gen. Sir Anna Testa (30th Corps) and"
                    + " Lieut.-Gen. B. G. Sample (13th Corps)."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly(
            "Anna Testa | commander of the 30th Corps",
            "B. G. Sample | commander of the 13th Corps");
    // an abbreviated rank alone is no name
    assertThat(find("The army was commanded by Lieut.-Gen. Testor."))
        .extracting(f -> f.answer())
        .containsExactly("Testor");
  }

  @Test
  void aCountNamesAsManyPeopleAsItSays() {
    assertThat(
            find(
                "He puts the prisoners at 9,000, among them three marshals, Marzin, Corbel and Le"
                    + " Tallec, and many officers. Three soldiers were killed and two, Anna Testa and"
                    + " Bert Sample, were taken away."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactlyInAnyOrder(
            "Marzin | marshal",
            "Corbel | marshal",
            "Le Tallec | marshal",
            "Anna Testa | ",
            "Bert Sample | ");
    assertThat(find("The army had three divisions, Alpha, Bravo and Charlie, in the line."))
        .isEmpty();
    assertThat(find("Two officers, Anna Testa and Bert Sample and Carl Model, rode ahead."))
        .isEmpty();
  }

  @Test
  void aBattlesPlaceAndWhoReportedItAreNoPeople() {
    assertThat(
            find(
                "The city marked the anniversary of the Battle of Testgrad, a TASS correspondent"
                    + " reported. The parade was commanded by Chief of Staff of the 8th Army Major"
                    + " General Anna Testa."))
        .extracting(f -> f.value().name())
        .containsOnly("Anna Testa");
  }

  @Test
  void aCommissionAndAReportsContributorAreNoPeople() {
    assertThat(
            find(
                "The state-appointed Testish Human Rights Commission said 600 died.\n\n"
                    + "Associated Press writer Anna Testa in Testburg contributed."))
        .isEmpty();
  }

  @Test
  void theMakerOfAWorkNamedWithItIsAPerson() {
    assertThat(
            find(
                "The battle was the subject of Anna Testa's play The Siege, first performed in 1589."
                    + " Bert Sample's painting of the battle dates from 1812."))
        .extracting(f -> f.value().name())
        .containsExactly("Anna Testa", "Bert Sample");
  }

  @Test
  void oneWhoLedMenNamedAfterWhatHeWasIsAPersonInThatRole() {
    assertThat(
            find("These Italians were led by the English adventurer Thomas Testley, who sailed."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly("Thomas Testley | English adventurer");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Testish archaeologist Anna Digwell led the excavations.|Anna Digwell|archaeologist",
        "The sociologist Bert Sample has argued against this image.|Bert Sample|sociologist",
        "The monument is a bronze group by the sculptor Carl Caster.|Carl Caster|sculptor",
        "The army answered to the dictator Dario Testez.|Dario Testez|dictator",
        "He came to the throne by marrying the widowed empress Eva Testina.|Eva Testina|empress",
        "His last words, as his physician Dr. Hugo Mender remembered them, were calm.|Hugo Mender|physician",
      })
  void aPersonNamedAfterHisCallingIsAPersonInThatRole(String text, String name, String role) {
    assertThat(find(text))
        .filteredOn(f -> f.value().name().equals(name))
        .extracting(f -> f.value().role())
        .singleElement()
        .asString()
        .contains(role);
  }

  @Test
  void twoScholarsNamedTogetherAreBothPersons() {
    assertThat(
            find(
                "The site was identified in 1838 by the American scholars Ed Robson and Eli Smyth."))
        .extracting(f -> f.value().name())
        .contains("Ed Robson", "Eli Smyth");
  }

  @Test
  void commandersListedAsItemsUnderTheirSidesKeyAreCommanders() {
    assertThat(
            find(
                "= Battle of Testa =\n\nInfobox\n- Date: 1 October 331 BC\n"
                    + "- Commanders and leaders (Northern):\n  - Anton the Great\n"
                    + "  - Parmenios (left wing)\n- Commanders and leaders (Southern):\n"
                    + "  - Dario Testes\n- Strength (Northern): 47,000\n\n"
                    + "The battle was fought in 331 BC."))
        .extracting(
            f -> f.value().name() + " | " + f.value().role() + " | " + f.evidence().sentence())
        .containsExactly(
            "Anton the Great | commander | - Anton the Great",
            "Parmenios | commander | - Parmenios (left wing)",
            "Dario Testes | commander | - Dario Testes");
  }

  @Test
  void aListLineOfATitledNameAndItsRoleGivesTheRole() {
    assertThat(
            find(
                "KEY PEOPLE\n\nAir Chief Marshal Sir Hugo Testing – head of Test Command\n\n"
                    + "Air Vice-Marshal Karl Parker – commander of No. 11 Group, which\n\n"
                    + "The battle was fought in 1940."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .contains("Hugo Testing | head of Test Command", "Karl Parker | commander of No. 11 Group");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pilot Officer Jack Testerby flew three sorties that day.|Jack Testerby",
        "Gefreiter Otto Testbrandt wrote home from France.|Otto Testbrandt",
        "Squadron Leader Douglas Testor led the wing.|Douglas Testor",
      })
  void airForceAndGermanRanksAreTitlesNotNames(String text, String name) {
    assertThat(find(text)).extracting(f -> f.value().name()).containsExactly(name);
  }

  @Test
  void aSecondNameWithATitleOfItsOwnHasThatTitleForRole() {
    assertThat(
            find(
                "The wing was later joined by Wing Commander Harry Testfield and Flight Lieutenant"
                    + " Ann Testly."))
        .extracting(f -> f.value().name() + " | " + f.value().role())
        .containsExactly("Harry Testfield | Wing Commander", "Ann Testly | Flight Lieutenant");
  }

  @Test
  void anOfficeAddressedOrNamedAsAPersonIsNoName() {
    assertThat(
            find(
                "The Minister (Mr. Testor): With permission, Mr. Speaker, I will make a statement. "
                    + "The fortress fell when Lieutenant-General Anna Testa, the General Officer "
                    + "Commanding, agreed to cease fire."))
        .extracting(f -> f.value().name())
        .containsExactlyInAnyOrder("Testor", "Anna Testa");
  }

  @Test
  void shipsNamedAfterPeopleAndUnitsAreNoPersons() {
    assertThat(
            find(
                "The armoured cruisers Admiral Testov and Vladimir Testomakh were scuttled. "
                    + "He kept the coast-defence ships General-Admiral Testin and Admiral Sample. "
                    + "It was joined by Rear-Admiral Nikolai Testogatov's Third Pacific Squadron."))
        .extracting(f -> f.value().name())
        .doesNotContain(
            "Testov",
            "Vladimir Testomakh",
            "Testin",
            "Sample",
            "Third Pacific Squadron",
            "Third Pacific");
  }

  @Test
  void aMonthCutShortIsNoName() {
    assertThat(
            find(
                "Testland is to return Kalbar district by Nov. 15, Agdam by Nov. 20 and Lachin by"
                    + " Dec. 1, while a corridor will link them."))
        .isEmpty();
  }

  @Test
  void anOldPapersAbbreviatedRankDoesNotEndTheSentence() {
    assertThat(find("Among the prisoners are Lieut. Gen. Pemberton and a number of officers."))
        .extracting(f -> f.answer() + " | " + f.value().role())
        .containsExactly("Pemberton | Lieut. Gen");
  }

  @Test
  void wordsOfTimeAndParticiplesBeforeATitleAreNotTheRole() {
    assertThat(find("That evening General José de Canterac signed the capitulation."))
        .extracting(f -> f.value().role())
        .containsExactly("General");
    assertThat(find("Chelmsford left, leaving Lieutenant Colonel Henry Pulleine in command."))
        .extracting(f -> f.value().name(), f -> f.value().role())
        .contains(org.assertj.core.groups.Tuple.tuple("Henry Pulleine", "Lieutenant Colonel"));
    assertThat(find("The commanding general, George Meade, arrived at night."))
        .extracting(f -> f.value().role())
        .containsExactly("the commanding general");
  }

  @Test
  void titlesOfAirForcesAndOtherArmiesAreNotNamesAndPlacesAreNotPeople() {
    assertThat(
            find(
                "Air Chief Marshal Sir Hugh Dowding, head of RAF Fighter Command, built radar. "
                    + "Air Vice-Marshal Keith Park commanded No. 11 Group. "
                    + "Reichsmarschall Hermann Göring, commander-in-chief of the Luftwaffe, boasted."))
        .extracting(PersonFact::answer)
        .containsExactly("Hugh Dowding", "Keith Park", "Hermann Göring");
    assertThat(
            find(
                "Then the Luftwaffe bombed London, the start of the Blitz, giving the RAF time. "
                    + "Many crossed into the Kurdish-controlled district of Sheikh Maqsoud."))
        .isEmpty();
  }

  @Test
  void initialsAndARulersLandArePartOfTheNameAndACountedPeopleIsNone() {
    assertThat(
            find(
                "Gen. H. Norman Schwarzkopf, the commander of allied forces, spoke. "
                    + "The blind King John of Bohemia was killed. "
                    + "Dick Cheney said 79 Americans had been killed."))
        .extracting(PersonFact::answer)
        .containsExactly("H. Norman Schwarzkopf", "John of Bohemia", "Dick Cheney");
  }

  @Test
  void initialsRunTogetherAndRanksWithoutTheirPeriod() {
    assertThat(
            find(
                "Command passed to Maj C.F.H. Gough. Lt J.H. Grayburn was awarded the Victoria Cross."
                    + " Pte John Smith was killed. The U.S. Army landed. Gen. A. B. C. Example"
                    + " took command."))
        .extracting(f -> f.answer() + " | " + f.value().role())
        .containsExactly(
            "C.F.H. Gough | Maj",
            "J.H. Grayburn | Lt",
            "John Smith | Pte",
            "A. B. C. Example | Gen");
  }

  @Test
  void aLineNamingARoleAndItsHolderButNotTheDocumentsAuthor() {
    assertThat(
            find(
                "WAR DIARY\nCommanding Officer: Lt-Col J.D. Frost\nAuthor: John Smith\n\n"
                    + "The battalion landed at Arnhem."))
        .extracting(f -> f.answer() + " | " + f.value().role())
        .containsExactly("J.D. Frost | Commanding Officer");
  }

  @Test
  void aPlaceInAListOrBeforeAPassiveClauseIsNoPerson() {
    assertThat(
            find(
                "The Boers besieged the garrisons at Ladysmith, Mafeking and Kimberley. "
                    + "Mafeking, defended by Colonel Robert Baden-Powell, was relieved in May."))
        .extracting(PersonFact::answer)
        .containsExactly("Robert Baden-Powell");
  }

  @Test
  void shortAndMisspeltFormsAreLinkedToTheFullName() {
    List<PersonFact> found =
        find(
            "It was a base for Abdul Rashid Dostum's faction. "
                + "Later Dostam's forces advanced on the city.");
    assertThat(found).extracting(f -> f.value().name()).containsOnly("Abdul Rashid Dostum");
    assertThat(found).extracting(PersonFact::answer).contains("Dostam");
  }

  @Test
  void placesAndOrganizationsAreNotPeople() {
    assertThat(
            find(
                "Residents in Kunduz and Sar-e Pol said the city had fallen. "
                    + "Government forces withdrew from Sar-e Pol."))
        .isEmpty();
    assertThat(find("The Northern Alliance forces said they advanced.")).isEmpty();
  }
}
