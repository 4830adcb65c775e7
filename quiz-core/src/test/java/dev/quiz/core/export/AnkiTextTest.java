package dev.quiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The field cache and guids, against values computed with Anki 2.1.16's own functions ({@code
 * utils.stripHTMLMedia}, {@code checksum}, {@code base91}) re-run in Python.
 */
class AnkiTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Kabul|Kabul|3999255973",
        "a &lt; b &amp; c|a < b & c|2982413688",
        "'Map: <img src=\"kabul map.png\"> here'|'Map:  kabul map.png  here'|1340704325",
        "<b>Bold</b>&nbsp;and&mdash;dash|Bold and\u2014dash|1792355934",
        "'<!-- note -->x<style type=\"text/css\">.a{}</style>y<SCRIPT>z()</SCRIPT>'|xy|1602509208",
        "&#123;&#x7D;&unknown;&#58;|{}&unknown;:|269110663",
        "1998|1998|1011515611",
        "When did {{c1::Kabul}} fall?|When did {{c1::Kabul}} fall?|3315975408",
        "It fell on {{c1::13 November 2001}} &amp; more|It fell on {{c1::13 November 2001}} & more|2328690646",
        "&amp;mdash;|&mdash;|2341265528",
        "Maz\u0101r-i-Shar\u012bf \u4e2d\u6587 \ud83d\ude00|Maz\u0101r-i-Shar\u012bf \u4e2d\u6587 \ud83d\ude00|247817623",
      })
  void sortFieldAndChecksumMatchAnki(String field, String sortField, long checksum) {
    assertThat(AnkiText.stripHtmlMedia(field)).isEqualTo(sortField);
    assertThat(AnkiText.checksum(field)).isEqualTo(checksum);
  }

  @Test
  void checksumIsUnsignedThirtyTwoBits() {
    // "hello": SHA-1 aaf4c61d..., whose first 4 bytes exceed Integer.MAX_VALUE
    assertThat(AnkiText.checksum("hello")).isEqualTo(2868168221L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "quiz:question:q-0123456789ab|j>IH*wmr<V",
        "quiz:question:q-000000000001|PC4$@pKCU3"
      })
  void guidIsBase91OfTheKeysSha256AsAnkiWritesIt(String key, String guid) {
    assertThat(AnkiText.guid(key)).isEqualTo(guid);
  }

  @Test
  void fieldsEscapeHtmlAndNeverHoldTheSeparatorOrNul() {
    String raw = "a\u001fb\u0000c <i>&\"x\" \r\nnext\tline\u0007";
    assertThat(AnkiText.field(raw))
        .isEqualTo("abc &lt;i&gt;&amp;&quot;x&quot; <br>next\tline")
        .doesNotContain("\u001f")
        .doesNotContain("\u0000");
  }

  @Test
  void fieldsAreNormalizedToNfc() {
    assertThat(AnkiText.field("Maza\u0304r")).isEqualTo("Maz\u0101r");
  }
}
