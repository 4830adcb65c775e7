package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationsTest {

  @Test
  void marksThatCloseASentenceStartAfterItsStop() {
    assertThat(Citations.marksStart("the war.[2][3]")).isEqualTo("the war.".length());
    assertThat(Citations.marksStart("the war.")).isEqualTo("the war.".length());
  }

  @Test
  void anAuthorAndYearInBracketsIsACitation() {
    String s = "Estimates range from 900 to 2,500 (Gray 1976, 357).";
    int page = s.indexOf("357");
    int year = s.indexOf("1976");
    assertThat(Citations.inAuthorYear(s, page, page + 3)).isTrue();
    assertThat(Citations.inAuthorYear(s, year, year + 4)).isTrue();
    assertThat(Citations.inAuthorYear(s, s.indexOf("900"), s.indexOf("900") + 3)).isFalse();
    assertThat(Citations.withoutAuthorYear(s)).isEqualTo("Estimates range from 900 to 2,500.");
    assertThat(Citations.withoutAuthorYear("as Utley wrote (Utley and Smith 1993: 11–15)."))
        .isEqualTo("as Utley wrote.");
  }

  @Test
  void aYearInBracketsAfterANameIsNoCitation() {
    // "the Battle of Kunduz (2016)" and "(killed in 1876)" cite nobody
    String s = "the Battle of Kunduz (2016) and Custer (killed in 1876)";
    assertThat(Citations.inAuthorYear(s, s.indexOf("2016"), s.indexOf("2016") + 4)).isFalse();
    assertThat(Citations.inAuthorYear(s, s.indexOf("1876"), s.indexOf("1876") + 4)).isFalse();
  }
}
