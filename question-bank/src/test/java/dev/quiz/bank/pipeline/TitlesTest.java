package dev.quiz.bank.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {
  private static Sentence unit(int i, String text, Sentence.Kind kind) {
    return new Sentence(i, new TextSpan(0, text.length()), text, kind, Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Siege of Exampleton facts for kids;Siege of Exampleton",
        "Siege of Exampleton - Wikipedia;Siege of Exampleton",
        "Raid on Sampleford | The Daily Example;Raid on Sampleford",
        "From the archive: Sampleford falls to the rebels;Sampleford falls to the rebels",
        "== Battle of Nowhere ==;Battle of Nowhere",
        "Battle of Nowhere (1901);Battle of Nowhere (1901)",
        "The Siege of Exampleton: Questions and Answers;The Siege of Exampleton",
        "Raid on Sampleford: what we know;Raid on Sampleford",
        "Testland war: What you need to know about the ceasefire;Testland war",
        "The war in Testland - a timeline;The war in Testland",
      })
  void aTitleLosesSiteFurniture(String raw, String clean) {
    assertThat(Titles.clean(raw)).isEqualTo(clean);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Testopedia Wiki|Battle of Testford",
        "KidzTest.com > wiki   Explore: web  images|Testford Campaign",
        "Wikipedia The Free Encyclopedia|Battle of Testford",
      })
  void aSitesNameIsNoTitleAndThePagesHeadingShownTwiceIs(String site, String heading) {
    List<Sentence> units = new ArrayList<>();
    units.add(unit(0, site, Sentence.Kind.TITLE));
    units.add(unit(1, "Search", Sentence.Kind.PROSE));
    units.add(unit(2, heading, Sentence.Kind.PROSE));
    units.add(unit(3, "The fight for Testford lasted a week.", Sentence.Kind.PROSE));
    units.add(unit(4, "Search", Sentence.Kind.PROSE));
    units.add(unit(5, heading, Sentence.Kind.PROSE));
    units.add(unit(6, "Date: 1 May 1901", Sentence.Kind.LINE));
    assertThat(Titles.of(units)).isEqualTo(heading);
  }

  @ParameterizedTest(name = "title [{0}], first sentence [{1}]")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "Belligerents Upper Vale Free Towns|The Siege of Exampleton was fought in 1901.|Siege of Exampleton",
        "Siege of Exampleton facts for kids|The Siege of Exampleton was fought in 1901.|Siege of Exampleton",
        "''|The Battle of Nowhere (1901) ended a war.|Battle of Nowhere (1901)",
        "Commanders Anna Example|The town was quiet for years.|''",
      })
  void aTitleOfInfoboxKeysFallsBackToTheEventOfTheFirstSentences(
      String title, String first, String expected) {
    List<Sentence> units = new ArrayList<>();
    if (!title.isEmpty()) {
      units.add(unit(0, title, Sentence.Kind.TITLE));
    }
    units.add(unit(units.size(), first, Sentence.Kind.PROSE));
    assertThat(Titles.of(units)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OKTOWN CONQUERED AFTER 82 DAYS; 9,000 ENEMY DEAD|Oktown conquered after 82 days; 9,000 enemy"
            + " dead",
        "THE CHARGE OF THE LIGHT BRIGADE|The charge of the Light Brigade",
        "NATO STRIKES GO ON|NATO strikes go on",
        "Testburg Falls|Testburg Falls",
      })
  void aTitleInCapitalsIsWrittenAsTheTextWritesItsWords(String title, String expected) {
    List<Sentence> units =
        List.of(
            unit(0, title, Sentence.Kind.TITLE),
            unit(
                1,
                "The army took Oktown after the charge of the Light Brigade, and NATO said so.",
                Sentence.Kind.PROSE),
            unit(2, "The town of Oktown fell; the Light Brigade lost men.", Sentence.Kind.PROSE));
    assertThat(Titles.of(units)).isEqualTo(expected);
  }
}
