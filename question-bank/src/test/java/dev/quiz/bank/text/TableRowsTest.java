package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRowsTest {
  private static List<Sentence> split(String text) {
    return new SentenceSplitter(LanguageModels.english()).split(Document.of("t.txt", text));
  }

  @Test
  void cellsArePartedByTabsAndRunsOfSpaces() {
    assertThat(TableRows.cells("  Poland   about 66,000\t133,700  "))
        .extracting(c -> c[0] + "-" + c[1])
        .containsExactly("2-8", "11-23", "24-31");
  }

  @Test
  void rowsUnderAHeaderCarryItsColumns() {
    List<Sentence> units =
        split(
            "Losses\n\nThe war was short.\n\nCountry   Killed   Wounded\n"
                + "Poland   about 66,000   133,700\nSoviet Union\t1,475\t2,383\n");
    Sentence row = units.get(units.size() - 2);
    assertThat(row.text()).isEqualTo("Poland   about 66,000   133,700");
    assertThat(TableRows.columns(row.label())).contains(List.of("Country", "Killed", "Wounded"));
    assertThat(TableRows.columns(units.get(units.size() - 1).label())).isPresent();
    assertThat(TableRows.cellAt(row.text(), 15, 21)).isEqualTo(1);
  }

  @Test
  void aRuleUnderTheHeaderIsNoHeaderAndNoRow() {
    List<Sentence> units =
        split(
            "Losses\n\nThe war was short.\n\n Ship         Navy      Tons\n"
                + " -----------  --------  -------\n Mikasa       Japanese  15,140\n"
                + " Fuji         Japanese  12,533\n");
    Sentence row = units.get(units.size() - 1);
    assertThat(row.text()).isEqualTo("Fuji         Japanese  12,533");
    assertThat(TableRows.columns(row.label())).contains(List.of("Ship", "Navy", "Tons"));
    assertThat(TableRows.isRule(" -----------  --------  -------")).isTrue();
    assertThat(TableRows.isRule("| --- | :---: |")).isTrue();
    assertThat(TableRows.isRule("Ship - Navy - Tons")).isFalse();
  }

  @Test
  void proseAndRowsOfAnotherWidthAreNoTable() {
    List<Sentence> units =
        split("Losses\n\nCountry   Killed   Wounded\nPoland lost about 66,000 men in 1939.\n");
    assertThat(units).allSatisfy(u -> assertThat(TableRows.columns(u.label())).isEmpty());
    assertThat(TableRows.columns(Optional.of("Strength"))).isEmpty();
  }

  @Test
  void aHeaderOneCellShortHasAnEmptyCornerAndARowWithoutFiguresMayOpenTheTable() {
    String html =
        "<p>The two armies</p><table><tr><th>&nbsp;</th><th>North</th><th>South</th></tr>"
            + "<tr><td>Commander</td><td>General Amos Reed</td><td>General Jude Hart</td></tr>"
            + "<tr><td>Killed</td><td>est. 4,000&#8211;7,000</td><td>about 7,000</td></tr>"
            + "</table><p>Figures are estimates.</p>";
    List<Sentence> units = split(Html.blankTags(html));
    assertThat(units)
        .filteredOn(u -> TableRows.columns(u.label()).isPresent())
        .extracting(u -> u.text().substring(0, u.text().indexOf('\t')))
        .containsExactly("Commander", "Killed");
    Sentence killed =
        units.stream().filter(u -> u.text().startsWith("Killed")).findFirst().orElseThrow();
    assertThat(TableRows.columns(killed.label())).contains(List.of("", "North", "South"));
    // the spaces an entity is padded with part no cells of a row parted by tabs
    assertThat(TableRows.cells(killed.text())).hasSize(3);
    assertThat(units).extracting(Sentence::text).contains("Figures are estimates.");
  }

  @Test
  void aRowWithoutFiguresAfterTheLastFigureEndsTheTable() {
    List<Sentence> units =
        split(
            "Losses\n\nCountry   Killed   Wounded\nPoland   66,000   133,700\n"
                + "Source   official   returns\n");
    assertThat(units.get(units.size() - 1).text()).startsWith("Source");
    assertThat(TableRows.columns(units.get(units.size() - 1).label())).isEmpty();
  }

  @Test
  void htmlCellsOfARowStayOnOneLine() {
    String text =
        Html.blankTags(
            "<table><tr><th>Army</th><th>Killed</th></tr><tr><td>North</td><td>1,200</td></tr>");
    assertThat(text.lines().filter(l -> l.contains("Army")))
        .singleElement()
        .satisfies(l -> assertThat(TableRows.cells(l)).hasSize(2));
    assertThat(text.lines().filter(l -> l.contains("North")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("1,200"));
  }
}
