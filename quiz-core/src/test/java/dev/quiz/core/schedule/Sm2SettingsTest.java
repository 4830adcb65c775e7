package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Sm2SettingsTest {

  @Test
  void defaultsAreAnki2116sDeckOptions() {
    Sm2Settings s = Sm2Settings.defaults();

    assertThat(s.learningStepsMinutes()).containsExactly(1, 10);
    assertThat(s.graduatingIntervalDays()).isEqualTo(1);
    assertThat(s.easyIntervalDays()).isEqualTo(4);
    assertThat(s.startingEasePermille()).isEqualTo(2500);
    assertThat(s.easyBonus()).isEqualTo(1.3);
    assertThat(s.intervalModifier()).isEqualTo(1.0);
    assertThat(s.maximumIntervalDays()).isEqualTo(36500);
    assertThat(s.hardIntervalFactor()).isEqualTo(1.2);
    assertThat(s.relearningStepsMinutes()).containsExactly(10);
    assertThat(s.newIntervalFactor()).isEqualTo(0.0);
    assertThat(s.minimumIntervalDays()).isEqualTo(1);
    assertThat(s.leechThreshold()).isEqualTo(8);
    assertThat(s.leechAction()).isEqualTo(Sm2LeechAction.SUSPEND);
    assertThat(s.rolloverHour()).isEqualTo(4);
    assertThat(s.learnAheadSeconds()).isEqualTo(1200);
  }

  @Test
  void toBuilderKeepsEveryOptionItDoesNotChange() {
    Sm2Settings varied =
        Sm2Settings.builder().maximumIntervalDays(30).relearningStepsMinutes(List.of()).build();

    assertThat(varied.toBuilder().build()).isEqualTo(varied);
    assertThat(varied.toBuilder().rolloverHour(0).build().maximumIntervalDays()).isEqualTo(30);
  }

  @Test
  void stepListsAreCopiedAndCannotBeChangedAfterwards() {
    List<Integer> steps = new ArrayList<>(Arrays.asList(1, 10));
    Sm2Settings s = Sm2Settings.builder().learningStepsMinutes(steps).build();
    steps.add(60);

    assertThat(s.learningStepsMinutes()).containsExactly(1, 10);
    assertThrows(UnsupportedOperationException.class, () -> s.learningStepsMinutes().add(5));
  }

  static Stream<Arguments> invalidSettings() {
    return Stream.of(
        bad(
            b -> b.learningStepsMinutes(Collections.emptyList()),
            "learning steps must not be empty"),
        bad(
            b -> b.learningStepsMinutes(List.of(1, 0)),
            "learning step must be in [1, 525600] minutes: 0"),
        bad(
            b -> b.relearningStepsMinutes(List.of(-5)),
            "relearning step must be in [1, 525600] minutes: -5"),
        bad(b -> b.learningStepsMinutes(null), "learning steps must be given (a list of minutes)"),
        bad(b -> b.graduatingIntervalDays(0), "graduating interval must be in [1, 99999] days: 0"),
        bad(b -> b.easyIntervalDays(100000), "easy interval must be in [1, 99999] days: 100000"),
        bad(
            b -> b.startingEasePermille(1200),
            "starting ease must be in [1300, 10000] permille: 1200"),
        bad(b -> b.easyBonus(0.9), "easy bonus must be in [1.0, 10.0]: 0.9"),
        bad(b -> b.intervalModifier(Double.NaN), "interval modifier must be in [0.0, 10.0]: NaN"),
        bad(b -> b.maximumIntervalDays(0), "maximum interval must be in [1, 99999] days: 0"),
        bad(b -> b.hardIntervalFactor(-0.1), "hard interval factor must be in [0.0, 10.0]: -0.1"),
        bad(b -> b.newIntervalFactor(1.5), "new interval factor must be in [0.0, 1.0]: 1.5"),
        bad(b -> b.minimumIntervalDays(0), "minimum interval must be in [1, 99999] days: 0"),
        bad(b -> b.leechThreshold(-1), "leech threshold must be >= 0 lapses: -1"),
        bad(b -> b.leechAction(null), "leech action must be given"),
        bad(b -> b.rolloverHour(24), "rollover hour must be in [0, 23]: 24"),
        bad(b -> b.learnAheadSeconds(-1), "learn-ahead limit must be in [0, 86400] seconds: -1"));
  }

  private static Arguments bad(UnaryOperator<Sm2Settings.Builder> change, String message) {
    return Arguments.of(change, message);
  }

  @ParameterizedTest
  @MethodSource("invalidSettings")
  void anOptionOutOfRangeIsRejectedWithItsNameAndValue(
      UnaryOperator<Sm2Settings.Builder> change, String message) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> change.apply(Sm2Settings.builder()).build());

    assertThat(e).hasMessage(message);
  }

  @Test
  void anUnknownLeechActionCodeIsRejected() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Sm2LeechAction.fromCode(2));

    assertThat(e).hasMessage("leech action must be 0 (suspend) or 1 (tag only): 2");
  }
}
