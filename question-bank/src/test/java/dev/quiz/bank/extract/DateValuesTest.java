package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateValuesTest {
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?<d>\\d{1,2}) (?<m>" + Months.MONTH + ")(?: (?<y>\\d{4}))?");
  private static final Pattern INST = Pattern.compile("the (?<d>\\d{1,2})th (?<inst>inst|ult)");
  private static final DateParser.Anchor MAY_1862 =
      new DateParser.Anchor(OptionalInt.of(1862), OptionalInt.of(5));

  private static Matcher match(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).isTrue();
    return m;
  }

  @Test
  void aPatternHasTheGroupsNamedInIt() {
    assertThat(DateValues.groups(DAY_MONTH)).containsExactlyInAnyOrder("d", "m", "y");
    assertThat(DateValues.groups(INST)).containsExactlyInAnyOrder("d", "inst");
  }

  @Test
  void aDateWithoutAYearTakesTheAnchorsYear() {
    Matcher m = match(DAY_MONTH, "on 9 September");
    Optional<AnswerValue.Date> v = DateValues.of(m, DateValues.groups(DAY_MONTH), MAY_1862);
    assertThat(v).contains(AnswerValue.Date.of("1862-09-09", "1862-09-09"));
    assertThat(DateValues.anchorMonth(m, DateValues.groups(DAY_MONTH))).isFalse();
  }

  @Test
  void lastMonthIsTheMonthBeforeTheAnchors() {
    Matcher m = match(INST, "the 6th ult");
    Optional<AnswerValue.Date> v = DateValues.of(m, DateValues.groups(INST), MAY_1862);
    assertThat(v).contains(AnswerValue.Date.of("1862-04-06", "1862-04-06"));
    assertThat(DateValues.anchorMonth(m, DateValues.groups(INST))).isTrue();
  }

  @Test
  void anImpossibleDayIsNoDate() {
    Matcher m = match(DAY_MONTH, "on 31 February 1862");
    assertThat(DateValues.of(m, DateValues.groups(DAY_MONTH), MAY_1862)).isEmpty();
  }

  @Test
  void isoTextPadsWithZeros() {
    assertThat(DateValues.iso(OptionalInt.of(862), 5, 6)).isEqualTo("0862-05-06");
    assertThat(DateValues.iso(OptionalInt.empty(), 11, 0)).isEqualTo("--11");
    assertThat(DateValues.iso(OptionalInt.of(-44), 3, 15))
        .isEqualTo(String.format("%04d", -44) + "-03-15");
  }

  @Test
  void groupsNotInThePatternAreNeverAskedFor() {
    Set<String> groups = DateValues.groups(INST);
    assertThat(groups).doesNotContain("m", "y", "m2");
  }
}
