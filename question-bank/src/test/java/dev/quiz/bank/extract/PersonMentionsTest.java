package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PersonMentionsTest {
  private static int byRegex(String text, String form) {
    Matcher m =
        Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(text);
    return m.find() ? m.start() : -1;
  }

  @Test
  void aFormStandsAloneWithNoLetterBeforeOrAfterIt() {
    assertThat(PersonExtractor.standalone("Omari and Omar's men", "Omar")).isEqualTo(10);
    assertThat(PersonExtractor.standalone("Omari and Omarx", "Omar")).isEqualTo(-1);
    // the lookbehind sees only the low surrogate of a letter outside the BMP: not a letter
    String t = "x\uD835\uDC00Omar Omar";
    assertThat(PersonExtractor.standalone(t, "Omar")).isEqualTo(byRegex(t, "Omar")).isEqualTo(3);
  }

  @Property(tries = 1000)
  void aFormStandsAloneWhereTheRegexFindsIt(
      @ForAll("texts") String text, @ForAll("forms") String form) {
    assertThat(PersonExtractor.standalone(text, form)).isEqualTo(byRegex(text, form));
  }

  @Property(tries = 1000)
  void aTextThatContainsAFormHasAllItsPairs(
      @ForAll("texts") String text, @ForAll("forms") String form) {
    if (text.contains(form)) {
      assertThat(Bigrams.mayContain(Bigrams.of(text), Bigrams.pairs(form))).isTrue();
    }
    assertThat(Bigrams.mayContain(Bigrams.of(text + form), Bigrams.pairs(form))).isTrue();
  }

  @Test
  void aFormWithAPairTheTextLacksIsRuledOut() {
    assertThat(Bigrams.mayContain(Bigrams.of("Omar said"), Bigrams.pairs("Atta"))).isFalse();
    assertThat(Bigrams.mayContain(Bigrams.of("x"), Bigrams.pairs("A"))).isTrue();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("Omar", "Omari", "x", " ", "é", "'s", "\uD835\uDC00", "1", "Mullah")
        .list()
        .ofMaxSize(12)
        .map(ts -> String.join("", ts));
  }

  @Provide
  Arbitrary<String> forms() {
    return Arbitraries.of("Omar", "Mullah Omar", "mar", "\uD835\uDC00Omar");
  }
}
