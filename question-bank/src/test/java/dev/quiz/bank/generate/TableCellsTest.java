package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableCellsTest {

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      nullValues = "NONE",
      value = {
        // a bullet list item keeps its words, its neighbours never show
        "• ____ horses lost|''|true|____ horses lost",
        // two sides in one row: the repeated cell shape gets a side marker
        "300 (____ killed, 210 wounded) 280 (60 killed, 220 wounded)|''|false|____ killed (side 1)",
        "300 (90 killed, 210 wounded) 280 (60 killed, ____ wounded)|''|false|____ wounded (side 2)",
        // the qualifier closing a semicolon-separated part names every figure of that part
        "____ killed, 14 ships sunk (British); 2,551 killed (German)|''|true|____ killed (British)",
        "28 killed (British); ____ killed, 11 ships sunk (German)|''|true|____ killed (German)",
        // a bare figure with no label cannot be asked
        "____ (90 killed, 210 wounded) 280 (60 killed, 220 wounded)|''|false|NONE",
        // header words name the columns of a table row
        "Drowned 4,100 ____|Foot Horse|false|Drowned (Horse): ____",
        // a labelled row of bare figures asks by side
        "12,000 ____|Strength|true|(side 2): ____",
        // words that name none of several figures: no cell can be shown
        "p. 12 gives ____|''|true|NONE",
        // "and" before a figure parts two cells
        "____ guns and 3 flags lost|''|true|____ guns",
        // a footnote mark between figures parts one side's cells from the next side's
        "130,000 men, 587 guns[1] ____ men, 640 guns[2]|''|true|____ men (side 2)",
        "130,000 men, 587 guns[1] 120,000 men, ____ guns[2]|''|true|____ guns (side 2)",
        // footnote marks are not figures
        "____ prisoners taken[7]|''|true|____ prisoners taken",
        // a worded qualifier in parentheses says whose figure it is
        "about ____ (Saxons)|''|true|about ____ (Saxons)",
        "____ ships (not counting galleys)|''|true|____ ships (not counting galleys)",
        // a qualifier of another cell stays there
        "____ sunk, 12 (mostly burnt)|''|true|____ sunk",
        // words after a comma without a figure still describe the figure before
        "____ killed, wounded or captured, 88 tanks|''|true|____ killed, wounded or captured",
        "15,326 killed, wounded or captured, ____ tanks|''|true|____ tanks",
        // a side named before a row of figures owns each of them
        "Israel: 264,000 troops, ____ combat aircraft, 800 tanks|''|true|____ combat aircraft (Israel)",
        "Arab states: ____ troops, 957 combat aircraft|''|true|____ troops (Arab states)",
      })
  void aRowIsCutToTheCellThatHoldsTheBlank(
      String row, String header, boolean labelled, String expected) {
    String columns = header.contains(" ") ? header : "";
    Optional<String> cell = TableCells.cell(row, columns, labelled);
    assertThat(cell).isEqualTo(Optional.ofNullable(expected));
  }

  @org.junit.jupiter.api.Test
  void aHedgedFigureOfTheOtherSideHasTheBlanksShape() {
    assertThat(TableCells.cell("____ | about 60,000", "", true)).contains("____ (side 1)");
    assertThat(TableCells.cell("about 133,000 | ____", "", true)).contains("____ (side 2)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "410 (12 dead, 30 hurt) 380 (9 dead, 41 hurt)|true",
        "The garrison of 410 men lost 12, 30 and 9 in three days.|false",
        "Strength 12,000|false",
        "About 91,000 were taken, and fewer than 6,000 of them returned in 1955.[10]|false",
        "About 91,000 were taken, 6,000 returned in 1955[10]|true",
        "Losses from 23 October to 4 November are put at 13,560 officers and men, as follows:|false",
        "Totals: 410, 380, 12:|true",
      })
  void aLineOfFiguresWithoutFullStopIsARow(String text, boolean row) {
    assertThat(TableCells.looksLikeRow(text)).isEqualTo(row);
  }
}
