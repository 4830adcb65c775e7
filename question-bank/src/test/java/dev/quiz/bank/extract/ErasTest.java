package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErasTest {
  private final DateExtractor dates = new DateExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The battle was fought on 2 August 216 BC.|2 August 216 BC|-0215-08-02|-0215-08-02",
        "The battle was fought on August 2, 216 BC.|August 2, 216 BC|-0215-08-02|-0215-08-02",
        "The town fell in 217 BC.|217 BC|-0216|-0216",
        "The war lasted 218–201 BC.|218–201 BC|-0217|-0200",
        "The city was founded in 1 BC.|1 BC|0000|0000",
        "The legions were lost in AD 9.|AD 9|0009|0009",
        "The western empire ended in 476 CE.|476 CE|0476|0476",
        "Augustus died in 14 A.D. at Nola.|14 A.D.|0014|0014",
      })
  void yearsWithAnEraAreIsoYears(String text, String answer, String start, String end) {
    List<DateFact> found = dates.extract(Docs.of(text));
    assertThat(found).extracting(DateFact::answer).containsExactly(answer);
    assertThat(found.get(0).value().start()).contains(start);
    assertThat(found.get(0).value().end()).contains(end);
  }

  @Test
  void aYearBeforeChristIsNotACount() {
    assertThat(new NumberExtractor().extract(Docs.of("Rome won the war in 202 BC.")))
        .extracting(NumberFact::answer)
        .doesNotContain("202");
  }

  @Test
  void aRangeRunningBackwardsInTimeIsNoDate() {
    assertThat(dates.extract(Docs.of("The war lasted 201–218 BC.")))
        .extracting(DateFact::answer)
        .doesNotContain("201–218 BC");
  }

  @Property
  void aYearBeforeChristIsOneMoreThanItsAstronomicalYear(
      @ForAll @IntRange(min = 1, max = 9999) int y) {
    int astronomical = Integer.parseInt(Eras.iso(y, true));
    assertThat(astronomical).isEqualTo(1 - y);
    assertThat(Eras.iso(y, false)).hasSize(4).isEqualTo(String.format("%04d", y));
  }
}
