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
  void sidesAreReadFromTheLineAfterABelligerentsHeading() {
    Page page =
        Page.of("", units("Belligerents", "Anna Example (Northland) Bert Sample (Southland)"));

    assertThat(page.sides()).containsExactly("Northland", "Southland");
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
