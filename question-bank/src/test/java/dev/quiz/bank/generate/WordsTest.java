package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @Test
  void wordsAreFoldedLowerCasedRunsOfLettersAndDigits() {
    assertThat(Words.of("Café-Crème, 1,500 MEN… ½ ﬁne"))
        .containsExactly("cafe", "creme", "1", "500", "men", "1", "2", "fine");
  }

  @Test
  void normJoinsTheWordsWithSingleSpaces() {
    assertThat(Words.norm("  The  Siege—of Orléans ")).isEqualTo("the siege of orleans");
    assertThat(Words.norm("— … —")).isEmpty();
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "He led 5,000 men.|5,000|true",
        "He led 15,000 men.|5,000|false",
        "Anna Example led.|anna|true",
        "Annabel led.|Anna|false",
        "It fell.|—|false",
        "It fell in 1415|1415|true",
      })
  void aPromptShowsAnAnswerOnlyAsWholeWordsInARow(String prompt, String answer, boolean shows) {
    assertThat(Words.shows(prompt, answer)).isEqualTo(shows);
  }

  @Test
  void aWordedTextCarriesItsNormalisedWords() {
    assertThat(Worded.of("The Siege—of Orléans"))
        .isEqualTo(new Worded("The Siege—of Orléans", "the siege of orleans"));
  }

  @Test
  void oneLineCollapsesWhitespaceRunsAndTrims() {
    assertThat(Words.oneLine(" a \n\t b\r\nc  ")).isEqualTo("a b c");
    assertThat(Words.oneLine("a b")).isEqualTo("a b");
  }

  @Property
  void scanningCodePointByCodePointMatchesFoldingTheWholeText(@ForAll("texts") String text) {
    List<String> expected = wholeText(text);
    assertThat(Words.of(text)).isEqualTo(expected);
    assertThat(Words.norm(text)).isEqualTo(String.join(" ", expected));
    assertThat(Words.count(text)).isEqualTo(expected.size());
    assertThat(Words.first(text)).isEqualTo(expected.isEmpty() ? "" : expected.get(0));
  }

  @Property
  void aLeadingEllipsisHasNoWords(@ForAll("texts") String text) {
    assertThat(Words.of("… \t" + text)).isEqualTo(Words.of(text));
    assertThat(Words.of("…" + text)).isEqualTo(Words.of(text));
  }

  @Property
  void oneLineIsTheRegexCollapse(@ForAll("texts") String text) {
    assertThat(Words.oneLine(text)).isEqualTo(text.replaceAll("\\s+", " ").trim());
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> tricky =
        Arbitraries.of(
            "a",
            "Z",
            "0",
            " ",
            "\n",
            ",",
            "–",
            "…",
            "é",
            "e\u0301",
            "\u0301",
            "\u0130",
            "Σ",
            "ς",
            "\u212A",
            "½",
            "ﬁ",
            "\uFB03",
            "\u3392",
            "\u2474",
            "²",
            "\uD835\uDC00",
            "\uD800",
            "ß",
            "Å",
            "\u1100\u1161",
            "한");
    Arbitrary<String> any = Arbitraries.chars().range('\u0000', '\u3100').map(String::valueOf);
    return Arbitraries.oneOf(tricky, any).list().ofMaxSize(16).map(parts -> String.join("", parts));
  }

  /** The reference: the whole text decomposed, marks dropped, lower-cased, then split. */
  private static List<String> wholeText(String text) {
    String lower =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : lower.split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
