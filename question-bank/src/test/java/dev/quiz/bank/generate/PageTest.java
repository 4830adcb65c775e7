package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void sidesAreReadFromNumberedCombatantLines() {
    Page page = Page.of("Siege", units("- Combatant1: Northland,", "- Combatant2: Southland", "x"));

    assertThat(page.sides()).containsExactly("Northland", "Southland");
    assertThat(page.title()).isEqualTo("Siege");
  }

  @Test
  void aSideThatListsSeveralPartiesIsNamedByTheFirst() {
    Page page =
        Page.of(
            "Siege",
            units(
                "- Belligerents1: Kingdom of Northland, Order of the Tower, Order of the Gate,"
                    + " County of Westmarch",
                "- Belligerents2: Southland Sultanate",
                "x"));

    assertThat(page.sides()).containsExactly("Kingdom of Northland", "Southland Sultanate");
  }

  @Test
  void aSideOfALongNameAndAThirdSideAreRead() {
    Page page =
        Page.of(
            "Battle",
            units(
                "- Combatant1: Kingdom of Northland",
                "- Combatant2: Southish followers of the deposed sultan Abu Testa Mohammed II",
                "- Combatant3: Eastland Sultanate",
                "x"));

    assertThat(page.sides())
        .containsExactly(
            "Kingdom of Northland",
            "Southish followers of the deposed sultan Abu Testa Mohammed II",
            "Eastland Sultanate");
  }

  @Test
  void sidesAreReadFromTheLineAfterABelligerentsHeading() {
    Page page =
        Page.of("", units("Belligerents", "Anna Example (Northland) Bert Sample (Southland)"));

    assertThat(page.sides()).containsExactly("Northland", "Southland");
  }

  @Test
  void sidesAreReadFromABelligerentsLineWithBars() {
    List<Sentence> units =
        List.of(
            new Sentence(
                0,
                new TextSpan(0, 43),
                "Belligerents: Northland (North) | Southland",
                Sentence.Kind.INFOBOX,
                Optional.of("Belligerents")));
    assertThat(Page.of("", units).sides()).containsExactly("Northland (North)", "Southland");
  }

  @Test
  void sidesAreReadFromTheCellsOfATabSeparatedBelligerentsRow() {
    List<Sentence> units = new ArrayList<>();
    units.add(unit(0, "Northland", "Belligerents1"));
    units.add(unit(1, "Southland", "Belligerents2"));

    assertThat(Page.of("", units).sides()).containsExactly("Northland", "Southland");
  }

  private static Sentence unit(int index, String text, String label) {
    return new Sentence(
        index,
        new TextSpan(index * 20, index * 20 + text.length()),
        text,
        Sentence.Kind.INFOBOX,
        Optional.of(label));
  }

  @Test
  void sidesAreReadFromTheLinesUnderAFlattenedBelligerentsLabel() {
    assertThat(Page.of("", lines("Belligerents", "Northland", "Southland", "Commanders")).sides())
        .containsExactly("Northland", "Southland");
    // the second side's name lost with its flag: the other side
    assertThat(Page.of("", lines("Belligerents", "Northland", "Commanders")).sides())
        .containsExactly("Northland", "the other side");
    // a longer line may hold both names run together: no sides
    assertThat(
            Page.of("", lines("Belligerents", "Kingdom of Northland Kingdom of Southland", "x"))
                .sides())
        .isEmpty();
  }

  /** Lines of a flattened infobox, each under the label of the last short line ending a block. */
  private static List<Sentence> lines(String... lines) {
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < lines.length; i++) {
      String label = i < lines.length - 1 ? lines[0] : lines[lines.length - 1];
      out.add(
          new Sentence(
              i,
              new TextSpan(at, at + lines[i].length()),
              lines[i],
              Sentence.Kind.LINE,
              Optional.of(label)));
      at += lines[i].length() + 1;
    }
    return out;
  }

  @Test
  void aPageWithoutAnInfoboxHasNoSides() {
    assertThat(Page.of("", units("The siege began in May.")).sides()).isEmpty();
  }

  private static List<Sentence> units(String... lines) {
    List<Sentence> out = new ArrayList<>();
    int at = 0;
    for (String l : lines) {
      out.add(
          new Sentence(
              out.size(),
              new TextSpan(at, at + l.length()),
              l,
              Sentence.Kind.INFOBOX,
              Optional.empty()));
      at += l.length() + 1;
    }
    return out;
  }
}
