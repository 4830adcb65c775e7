package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UnitsTest {
  @Test
  void theContextIsUpToFiveWordsBeforeAndTheRestAfter() {
    String t =
        "In the spring of that year,  the army\tcrossed the river on 9 May and  rested there.";
    int start = t.indexOf("9 May");
    assertThat(Units.context(t, start, start + 5, 10))
        .isEqualTo("army crossed the river on … and rested there.");
  }

  @Test
  void controlCharactersAreTrimmedAsBefore() {
    String t = "\u0001 one \u0002 two 9 May three \u0003";
    int start = t.indexOf("9 May");
    assertThat(Units.context(t, start, start + 5, 10))
        .isEqualTo(Units.contextByRegex(t, start, start + 5, 10))
        .isEqualTo("one \u0002 two … three");
  }

  @Property(tries = 500)
  void theContextIsWhatCollapsingTrimmingAndSplittingGive(
      @ForAll("texts") String t,
      @ForAll @IntRange(min = 0, max = 200) int a,
      @ForAll @IntRange(min = 0, max = 200) int b,
      @ForAll @IntRange(min = 1, max = 12) int max) {
    int start = Math.min(a, t.length());
    int end = Math.min(Math.max(start, b), t.length());
    assertThat(Units.context(t, start, end, max))
        .isEqualTo(Units.contextByRegex(t, start, end, max));
  }

  @Provide
  Arbitrary<String> texts() {
    return Texts.arbitrary();
  }
}
