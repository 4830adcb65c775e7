package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written checks of {@link TableCells#looksLikeRow} against the regexes they replaced. */
class TableCellsPropertiesTest {
  private static final Pattern FIGURE =
      Pattern.compile("[~≈]?\\d[\\d,.]*(?:\\s?[–-]\\s?\\d[\\d,.]*)?\\+?|____");

  @Property
  void aRowIsWhatTheRegexesCallARow(@ForAll("lines") String line) {
    String t = line.trim();
    int figures = 0;
    for (Matcher m = FIGURE.matcher(t); m.find(); ) {
      figures++;
    }
    boolean row = figures >= 3 && !t.matches("(?s).*[.!?][\"”’']?(?:\\[[A-Za-z0-9]{1,3}\\])*$");
    assertThat(TableCells.looksLikeRow(line)).isEqualTo(row);
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(
            "12", " ", "1,200", "–", "-", "____", "a", ".", "!", "?", "\"", "”", "’", "'", "\n",
            "\u2028", "~", "+", "[", "]", "[10]", "[a]", "x")
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
