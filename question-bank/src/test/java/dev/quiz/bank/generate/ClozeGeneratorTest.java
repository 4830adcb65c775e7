package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Evidence;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClozeGeneratorTest {
  private static final String TITLE = "Siege of Exampleton";
  private final ClozeGenerator cloze = new ClozeGenerator();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        // a sentence split inside a quotation gets the mark it lacks
        "Our aims are met,\" ____ said on Monday.|\"Our aims are met,\" ____ said on Monday.",
        "He said: \"The city is lost.|He said: \"The city is lost.\"",
        "“The town held for ____.|“The town held for ____.”",
        "Casualties were heavy,” said ____.|“Casualties were heavy,” said ____.",
        "(Siege) They were hit,” he said on ____.|(Siege) “They were hit,” he said on ____.",
        // balanced, or cut where the mark would go: left alone
        "\"We held,\" said ____.|\"We held,\" said ____.",
        "… the town held,” said ____.|… the town held,” said ____.",
        "He said: “The town held for ____ …|He said: “The town held for ____ …",
      })
  void aQuotationSplitBetweenSentencesKeepsBothMarks(String text, String shown) {
    assertThat(ClozeGenerator.withQuotesBalanced(text)).isEqualTo(shown);
  }

  private static Sentence line(String text, Sentence.Kind kind, String label) {
    return new Sentence(
        0,
        new TextSpan(0, text.length()),
        text,
        kind,
        label.isEmpty() ? Optional.empty() : Optional.of(label));
  }

  private static Evidence evidence(String text, String answer) {
    int at = text.indexOf(answer);
    return new Evidence(
        "a.txt", text, new TextSpan(0, text.length()), new TextSpan(at, at + answer.length()), 0);
  }

  @ParameterizedTest(name = "{0} with sides [{4}]")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      nullValues = "NONE",
      value = {
        "• 310 horses lost|310|LINE|Losses|''|Siege of Exampleton — Losses: ____ horses lost",
        "- Strength2: 4,000 pikemen, 900 archers|900|INFOBOX|''|- Combatant1: Upper Vale;- Combatant2: Free Towns|Siege of Exampleton — Strength (Free Towns): ____ archers",
        "- Strength2: 4,000 pikemen, 900 archers|900|INFOBOX|''|''|Siege of Exampleton — Strength: ____ archers",
        "Drowned 4,100 650|650|LINE|Foot Horse|''|Siege of Exampleton: Drowned (Horse): ____",
        "Killed ..... 2,350|2,350|LINE|''|''|Siege of Exampleton: Killed: ____",
        "- Strength (Southern, modern estimates): 50,000 men|50,000|INFOBOX|''|''|Siege of Exampleton — Strength (Southern, modern estimates): ____ men",
        "Guns taken ... 410|410|LINE|''|''|Siege of Exampleton: Guns taken: ____",
        "300 (90 killed, 210 wounded) 280 (60 killed, 220 wounded)|60|PROSE|''|Belligerents;Northland (Reds) Southland (Blues)|Siege of Exampleton: ____ killed (Blues)",
        "300 (90 killed, 210 wounded) 280 (60 killed, 220 wounded)|60|PROSE|''|- Combatant1: Upper Vale;- Combatant2: Free Towns|Siege of Exampleton: ____ killed (Free Towns)",
        "300 (90 killed, 210 wounded) 280 (60 killed, 220 wounded)|60|PROSE|''|Belligerents;Northland Southland|NONE",
        "300 (90 killed, 210 wounded) 280 (60 killed, 220 wounded)|60|PROSE|''|''|NONE",
        "300 (90 killed, 210 wounded) 280 (60 killed, 220 wounded)|280|PROSE|''|''|NONE",
      })
  void aRowShowsOnlyTheAskedCellUnderItsLabelAndNamedSide(
      String text, String answer, Sentence.Kind kind, String label, String sides, String expected) {
    double v = Double.parseDouble(answer.replace(",", ""));
    Fact f =
        new NumberFact(
            "men",
            answer,
            new AnswerValue.Number(v, v, false),
            evidence(text, answer),
            new NumberStyle(NumberStyle.Form.DIGITS, "", "", false));
    Sentence unit = line(text, kind, label);
    List<Sentence> units = new java.util.ArrayList<>();
    for (String s : sides.isEmpty() ? new String[0] : sides.split(";")) {
      units.add(line(s, Sentence.Kind.INFOBOX, ""));
    }
    units.add(unit);
    assertThat(cloze.text(f, unit, Page.of(TITLE, units))).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "- Commander1: Anna Example†, Bert Sample|Anna Example|Siege of Exampleton — Commander: which of these was killed in action?",
        "- Commander2: Cara Listed (POW)|Cara Listed|Siege of Exampleton — Commander: which of these was taken prisoner?",
        "- Commander2: Dan Other, Eve Other|Eve Other|Siege of Exampleton — Commander: which of these is listed?",
      })
  void aListedPersonIsAskedByLabelAndMark(String text, String name, String expected) {
    PersonFact f =
        new PersonFact(
            "commander", name, new AnswerValue.Person(name, "commander"), evidence(text, name));
    assertThat(
            cloze.listedPerson(f, line(text, Sentence.Kind.INFOBOX, ""), Page.of(TITLE, List.of())))
        .contains(expected);
  }

  @ParameterizedTest(name = "{0} in list [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bert Sample|Anna Example;Bert Sample;Cara Listed|Siege of Exampleton — Leaders (listed after Anna Example): ____",
        "Anna Example|Anna Example;Bert Sample;Cara Listed|Siege of Exampleton — Leaders (first listed): ____",
        "Anna Example|Anna Example|Siege of Exampleton — Leaders: ____",
      })
  void aNameAloneOnItsListLineIsPlacedByTheNameBefore(String name, String list, String expected) {
    List<Sentence> units = new java.util.ArrayList<>();
    for (String n : list.split(";")) {
      units.add(
          new Sentence(
              units.size(),
              new TextSpan(0, n.length()),
              n,
              Sentence.Kind.LINE,
              Optional.of("Leaders")));
    }
    Sentence unit = units.stream().filter(u -> u.text().equals(name)).findFirst().orElseThrow();
    PersonFact f =
        new PersonFact(
            "commander",
            name,
            new AnswerValue.Person(name, "commander"),
            new Evidence(
                "a.txt",
                name,
                new TextSpan(0, name.length()),
                new TextSpan(0, name.length()),
                unit.index()));
    assertThat(cloze.listedAlone(f, unit, Page.of(TITLE, units))).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "- Leader: Anna Example, Lady of Brook|Anna Example|Siege of Exampleton — Leader: ____, Lady of Brook",
        "- Leader: Anna Example|Anna Example|NONE",
      })
  void aNameOnAnInfoboxKeyThatRepeatsIsToldApartByTheRestOfItsLine(
      String line, String name, String expected) {
    List<Sentence> units = new java.util.ArrayList<>();
    for (String text : List.of(line, "- Leader: Bert Sample")) {
      units.add(
          new Sentence(
              units.size(),
              new TextSpan(0, text.length()),
              text,
              Sentence.Kind.INFOBOX,
              Optional.empty()));
    }
    int at = line.indexOf(name);
    PersonFact f =
        new PersonFact(
            "leader",
            name,
            new AnswerValue.Person(name, "leader"),
            new Evidence(
                "a.txt",
                line,
                new TextSpan(0, line.length()),
                new TextSpan(at, at + name.length()),
                0));

    assertThat(cloze.listedAlone(f, units.get(0), Page.of(TITLE, units)))
        .isEqualTo(Optional.ofNullable(expected));
  }
}
