package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JavaScript behaviours ts-fsrs depends on, pinned to values Node 20 printed. */
class JsSemanticsTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0.5945264333859086",
    "1768061228000_2_4.88538654, 0.5854813226033002",
    "seed, 0.03475257847458124"
  })
  void aleaGivesNodesFirstNumber(String seed, double expected) {
    assertThat(Alea.first(seed)).isEqualTo(expected);
  }

  @Test
  void numbersPrintLikeJavaScriptString() {
    assertThat(JsNumbers.toJsString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(JsNumbers.toJsString(2.11810397 * 2.3065)).isEqualTo("4.885406806805");
    assertThat(JsNumbers.toJsString(1e21)).isEqualTo("1e+21");
    assertThat(JsNumbers.toJsString(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(JsNumbers.toJsString(123456789012345680000.0)).isEqualTo("123456789012345680000");
    assertThat(JsNumbers.toJsString(100)).isEqualTo("100");
    assertThat(JsNumbers.toJsString(0.000001)).isEqualTo("0.000001");
    assertThat(JsNumbers.toJsString(0)).isEqualTo("0");
  }

  @Test
  void powMatchesV8WhereStrictMathDoesNot() {
    assertThat(JsMath.pow(0.9, -1 / 0.1542)).isEqualTo(1.9803464944134797);
    assertThat(JsMath.pow(36500, -0.1666)).isEqualTo(0.1737488780034026);
    assertThat(JsMath.pow(1.0000001, 3e9)).isEqualTo(1.9423975992963885e+130);
  }

  @Test
  void toFixedRoundsTheExactValueHalfUp() {
    assertThat(JsNumbers.toFixed8(0.123456785)).isEqualTo(0.12345678);
    assertThat(JsNumbers.toFixed8(6.81)).isEqualTo(6.81);
  }
}
