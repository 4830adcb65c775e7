package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void lineBreaksAndRunsOfSpacesBecomeOneSpace() {
    assertThat(Shown.text(" some\ntwo   miles\n\tinland ")).isEqualTo("some two miles inland");
  }

  @Test
  void aWordHyphenatedAtALineEndIsJoinedWhenTheLineGoesOnInSmallLetters() {
    assertThat(Shown.text("the Com-\nmander-in-Chief, the con-\n  duct"))
        .isEqualTo("the Commander-in-Chief, the conduct");
  }

  @Test
  void aHyphenBeforeACapitalOrWithinALineStays() {
    assertThat(Shown.text("THE DAR-\nDANELLES")).isEqualTo("THE DAR- DANELLES");
    assertThat(Shown.text("second- and third-largest")).isEqualTo("second- and third-largest");
    assertThat(Shown.text("1914-\n1918")).isEqualTo("1914- 1918");
  }
}
