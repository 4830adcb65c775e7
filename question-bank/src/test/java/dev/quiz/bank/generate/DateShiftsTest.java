package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateShiftsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "14 October 1066|17 October 1066;12 October 1066;19 October 1066",
        "October 1066|November 1066;September 1066;December 1066",
        "1066|1064;1067;1069",
        "Tuesday|Monday;Sunday;Thursday",
        "at 9 am|at 11 am;at 6 am;at 1 am",
      })
  void candidatesAreOfferedBestFirstUntilEnoughAreTaken(String answer, String first) {
    List<String> offered = new ArrayList<>();

    DateShifts.offer(answer, c -> offered.add(c) && offered.size() == 3);

    assertThat(String.join(";", offered)).isEqualTo(first);
  }
}
