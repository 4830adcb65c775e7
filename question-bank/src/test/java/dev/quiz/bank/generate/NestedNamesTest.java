package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestedNamesTest {
  private static final String SENTENCE = "The deputy chief, Mullah Mohammad Rabbani, spoke first.";

  @Test
  void aNameInsideAnotherPersonsLongerNameIsPartial() {
    Fact full = Facts.person("a.txt", SENTENCE, "Mullah Mohammad Rabbani");
    Fact tail = Facts.person("a.txt", SENTENCE, "Rabbani");

    assertThat(NestedNames.of(List.of(tail, full))).containsExactly(tail);
  }

  @Test
  void twoFactsOfTheSameNameHideNeither() {
    Fact one = Facts.person("a.txt", SENTENCE, "Mullah Mohammad Rabbani");
    Fact other = Facts.person("a.txt", SENTENCE, "Mullah Mohammad Rabbani");

    assertThat(NestedNames.of(List.of(one, other))).isEmpty();
  }

  @Test
  void numbersAndDatesAreNeverPartialNames() {
    String sentence = "On 9 November 1901 some 4,000 men left.";
    Fact date = Facts.date(sentence, "9 November 1901", "1901-11-09");
    Fact day = Facts.date(sentence, "9 November", "1901-11-09");

    assertThat(NestedNames.of(List.of(date, day))).isEmpty();
  }
}
