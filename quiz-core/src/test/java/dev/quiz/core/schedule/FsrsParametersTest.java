package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FsrsParametersTest {

  @Test
  void defaultsAreThoseOfTsFsrs() {
    FsrsParameters p = FsrsParameters.defaults();

    assertThat(p.weights()).hasSize(21).startsWith(0.212, 1.2931).endsWith(0.1542);
    assertThat(p.desiredRetention()).isEqualTo(0.9);
    assertThat(p.maximumInterval()).isEqualTo(36500);
    assertThat(p.learningSteps()).containsExactly("1m", "10m");
    assertThat(p.relearningSteps()).containsExactly("10m");
    assertThat(p.enableShortTerm()).isTrue();
    assertThat(p.enableFuzz()).isFalse();
    assertThat(p.decay()).isEqualTo(-0.1542);
    assertThat(p.factor()).isEqualTo(0.98034649);
    assertThat(p.intervalModifier()).isEqualTo(1.0);
  }

  @Test
  void threeRelearningStepsLowerTheCeilingOfW17AsTsFsrsDoes() {
    FsrsParameters p =
        FsrsParameters.defaults().withRelearningSteps(Arrays.asList("1m", "5m", "10m"));

    assertThat(p.effectiveWeights().get(17)).isEqualTo(0.49027301);
  }

  @Test
  void nineteenWeightsAreMigratedWithDecayOneHalf() {
    List<Double> w19 = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS.subList(0, 19));

    FsrsParameters p = FsrsParameters.defaults().withWeights(w19);

    assertThat(p.weights()).hasSize(21).endsWith(0.0, 0.5);
    assertThat(p.effectiveWeights().get(19)).isEqualTo(0.01);
  }

  @Test
  void seventeenWeightsAreMigratedLikeFsrs45() {
    List<Double> w17 =
        Arrays.asList(
            0.4, 0.9, 2.3, 10.9, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26,
            0.29, 2.61);

    FsrsParameters p = FsrsParameters.defaults().withWeights(w17);

    assertThat(p.weights().subList(4, 7)).containsExactly(6.81, 0.44675014, 1.36);
    assertThat(p.weights().subList(17, 21)).containsExactly(0.0, 0.0, 0.0, 0.5);
  }

  @Test
  void aWrongNumberOfWeightsIsRejected() {
    List<Double> five = Collections.nCopies(5, 1.0);

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> FsrsParameters.defaults().withWeights(five));

    assertThat(e.getMessage()).isEqualTo("weights must be 21 values (or 17 or 19 to migrate): 5");
  }

  @Test
  void aNonFiniteWeightIsRejected() {
    List<Double> w = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
    w.set(3, Double.NaN);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> FsrsParameters.defaults().withWeights(w));

    assertThat(e.getMessage()).isEqualTo("weight w3 must be finite: NaN");
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "1.2", "-0.5"})
  void retentionOutsideZeroOneIsRejected(double retention) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> FsrsParameters.defaults().withDesiredRetention(retention));

    assertThat(e.getMessage()).isEqualTo("desired retention must be in (0,1): " + retention);
  }

  @Test
  void aMaximumIntervalBelowOneDayIsRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> FsrsParameters.defaults().withMaximumInterval(0));

    assertThat(e.getMessage()).isEqualTo("maximum interval must be at least 1 day: 0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "90s  | learning step 1 has an unknown unit (expected m, h or d): \"90s\"",
        "xm   | learning step 1 must be a whole number and a unit (m, h or d): \"xm\"",
        "-1m  | learning step 1 must be a whole number and a unit (m, h or d): \"-1m\"",
        "''   | learning step 1 must be a whole number and a unit (m, h or d): \"\"",
        "36501d | learning step 1 is longer than 36500 days: \"36501d\""
      })
  void aBadStepIsRejectedNamingIt(String step, String message) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> FsrsParameters.defaults().withLearningSteps(Arrays.asList("1m", step)));

    assertThat(e.getMessage()).isEqualTo(message);
  }

  @Test
  void stepsAreReadLikeParseInt() {
    assertThat(LearningSteps.toMinutes("1.5m", "step")).isEqualTo(1);
    assertThat(LearningSteps.toMinutes(" 2h", "step")).isEqualTo(120);
    assertThat(LearningSteps.toMinutes("1d", "step")).isEqualTo(1440);
  }
}
