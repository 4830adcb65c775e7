package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "It fell ____ after the siege began.|true",
        "Their losses were put at ____.|true",
        "… they marched ____ miles.|true",
        "It is believed the fort held ____ guns.|false",
        "The fort held ____ guns.|false",
        "(Siege of Exampleton) It fell after ____ days.|false",
        // a word for what the sentence before told: the news (of what?)
        "When the news reached the capital in ____, the king fled.|true",
        "In what month did the news reach the capital?|true",
        "The report was published on ____.|true",
        "The newspaper was founded in ____.|false",
        "The fort's reports were lost in ____.|false",
      })
  void aPromptIsVagueWhenItsFirstWordPointsBack(String prompt, boolean vague) {
    assertThat(Context.vague(prompt)).isEqualTo(vague);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        // the short sentence before names what "their" means
        "Their losses were put at ____.|The northern army retreated in disorder.|Siege of Exampleton|1,200"
            + "|The northern army retreated in disorder. Their losses were put at ____.",
        // the sentence before would show the answer: the title is used instead
        "Their losses were put at ____.|About 1,200 men fell.|Siege of Exampleton|1,200"
            + "|(Siege of Exampleton) Their losses were put at ____.",
        // the sentence before is vague too: the title is used instead
        "It fell on ____.|It was besieged for months.|Siege of Exampleton|May"
            + "|(Siege of Exampleton) It fell on ____.",
        // nothing to resolve with: left as is (the scorer drops it)
        "It fell on ____.|''|''| May|It fell on ____.",
        "The fort fell on ____.|It was besieged.|Siege of Exampleton|May|The fort fell on ____.",
      })
  void aVaguePromptGetsThePreviousSentenceOrTheTopic(
      String prompt, String previous, String topic, String answer, String expected) {
    assertThat(Context.resolve(prompt, previous, true, topic, answer.trim())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} (runs on: {2})")
  @CsvSource(
      delimiter = '|',
      value = {
        // "that morning" is the morning the sentence before tells of, in the same paragraph
        "Some ____ wagons were lost that morning.|At dawn on 3 May the raiders struck the"
            + " camp.|true|Raid on Exampleton|90|At dawn on 3 May the raiders struck the camp."
            + " Some ____ wagons were lost that morning.",
        // after a heading or a blank line the sentence before tells of something else
        "Some ____ wagons were lost that morning.|The town was rebuilt in 1907.|false"
            + "|Raid on Exampleton|90|(Raid on Exampleton) Some ____ wagons were lost that morning.",
        "That evening Colonel ____ signed the surrender.|The town was rebuilt in 1907.|false"
            + "|Raid on Exampleton|Grey|(Raid on Exampleton) That evening Colonel ____ signed the"
            + " surrender.",
        // a date in the prompt anchors the time
        "The fort fell the following day, 4 June, and ____ men marched out.|x y z w.|true"
            + "|Siege of Exampleton|900|The fort fell the following day, 4 June, and ____ men"
            + " marched out.",
        "Grey, promoted the day before, surrendered on ____.|The town was rebuilt.|true"
            + "|Siege of Exampleton|4 June|Grey, promoted the day before, surrendered on ____.",
        "The fort fell on 4 June and Colonel ____ left the next day.|x y z w.|true"
            + "|Siege of Exampleton|Grey|The fort fell on 4 June and Colonel ____ left the next"
            + " day.",
        "____ died later that year.|The fort was lost in the summer.|false|Siege|Grey"
            + "|(Siege) ____ died later that year.",
        // a time in the sentence before is that sentence's own
        "Its walls were rebuilt by ____.|The rebels had hoped to hold it into the next year.|true"
            + "|Siege|Grey|The rebels had hoped to hold it into the next year. Its walls were"
            + " rebuilt by ____.",
        // a pronoun refers back whatever the paragraph
        "It fell after ____ days.|The raiders besieged the fort in May.|false|Siege|76"
            + "|The raiders besieged the fort in May. It fell after ____ days.",
      })
  void aTimeOfTheSentenceBeforeIsResolvedWithinItsParagraph(
      String prompt,
      String previous,
      boolean runsOn,
      String topic,
      String answer,
      String expected) {
    assertThat(Context.resolve(prompt, previous, runsOn, topic, answer.trim())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Their losses were put at ____.|false",
        "The northern army's losses were put at ____.|true",
      })
  void aVaguePromptWithoutContextScoresBelowTheThreshold(String prompt, boolean kept) {
    var f =
        Facts.number("The northern army's losses were put at 1,200.", "1,200", 1200, 1200, false);
    double score =
        QuestionScorer.score(f, dev.quiz.core.model.QuestionType.MULTIPLE_CHOICE, prompt, true);
    assertThat(score >= QuestionScorer.THRESHOLD).isEqualTo(kept);
  }
}
