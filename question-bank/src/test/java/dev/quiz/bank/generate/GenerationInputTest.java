package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.DocumentContext;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.text.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GenerationInputTest {
  private static GenerationInput input(OptionalInt year, List<Fact> facts) {
    Document d = Document.of("a.txt", "Text.");
    return new GenerationInput(
        new DocumentContext(d, List.of(), Optional.<LocalDate>empty(), year), facts, "");
  }

  private static List<Fact> dates(String... starts) {
    return java.util.Arrays.stream(starts)
        .<Fact>map(s -> Facts.date("It happened on " + s + ".", s, s))
        .toList();
  }

  @Test
  void aDocumentWhoseDatesMostlyLieInAnotherTimeIsOfThatTimesEra() {
    // a speech of 2015 on the battle of 1415
    assertThat(
            input(OptionalInt.of(2015), dates("1415-08-13", "1415-09-22", "1415", "2015"))
                .eraYear())
        .hasValue(1415);
  }

  @Test
  void aDocumentKeepsItsOwnYearWhenItsDatesLieNearItOrAreFew() {
    assertThat(input(OptionalInt.of(2021), dates("2001", "2015", "2016", "2021")).eraYear())
        .hasValue(2021);
    // two mentions of an old year are not enough to move a document of its own time
    assertThat(input(OptionalInt.of(2018), dates("1918", "1918")).eraYear()).hasValue(2018);
    // a document of unknown year stays unknown, whatever years it mentions
    assertThat(input(OptionalInt.empty(), dates("1415", "1415", "1415")).eraYear()).isEmpty();
    // months without a year count for nothing
    assertThat(input(OptionalInt.of(1944), dates("--06", "--06", "--06")).eraYear()).hasValue(1944);
  }
}
