package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class NumberFormatsTest {
  private static final String[] ORIGINALS = {"5", "5,000", "12.5", "1,200.75", "999", "40000"};

  @Property
  void digitsAreWrittenAsTheDecimalFormatOfTheOriginalsPattern(
      @ForAll @DoubleRange(min = -5, max = 2e15) double value,
      @ForAll boolean whole,
      @ForAll @IntRange(min = 0, max = 5) int original) {
    double v = whole ? Math.rint(value) : value;
    String o = ORIGINALS[original];
    int decimals = o.contains(".") ? o.length() - o.indexOf('.') - 1 : 0;
    boolean grouped = o.contains(",") || v >= 10000 || v >= 1000 && o.length() <= 3;
    String pattern = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    String expected =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(v);
    assertThat(NumberFormats.digits(o, v)).isEqualTo(expected);
  }

  private static final dev.quiz.bank.extract.NumberStyle WORDS =
      new dev.quiz.bank.extract.NumberStyle(
          dev.quiz.bank.extract.NumberStyle.Form.WORDS, "", "", false);

  private static final dev.quiz.bank.extract.NumberStyle DIGITS =
      new dev.quiz.bank.extract.NumberStyle(
          dev.quiz.bank.extract.NumberStyle.Form.DIGITS, "about", "troops", false);

  @org.junit.jupiter.api.Test
  void millionsStayMillions() {
    assertThat(NumberFormats.rewrite("about 1.5 million", DIGITS, 1_100_000, 1_100_000))
        .contains("about 1.1 million");
    assertThat(NumberFormats.rewrite("about 1.5 million", DIGITS, 3_000_000, 3_000_000))
        .contains("about 3 million");
    assertThat(NumberFormats.rewrite("2 million", DIGITS, 3_500_000, 3_500_000))
        .contains("3.5 million");
    assertThat(NumberFormats.rewrite("2 million", DIGITS, 800_000, 800_000)).isEmpty();
    assertThat(NumberFormats.rewrite("5 thousand", DIGITS, 7_000, 7_000)).contains("7 thousand");
  }

  @org.junit.jupiter.api.Test
  void twiceCountsTimesSoItsOtherValuesDoToo() {
    assertThat(NumberFormats.rewrite("twice", WORDS, 3, 3)).contains("three times");
    assertThat(NumberFormats.rewrite("twice", WORDS, 1, 1)).contains("once");
    assertThat(NumberFormats.rewrite("Twice", WORDS, 4, 4)).contains("Four times");
  }

  @org.junit.jupiter.api.Test
  void aUnitAfterMoreThanOneIsPlural() {
    assertThat(NumberFormats.rewrite("exactly a century", WORDS, 2, 2))
        .contains("exactly two centuries");
    assertThat(NumberFormats.rewrite("a century", WORDS, 3, 3)).contains("three centuries");
    assertThat(NumberFormats.rewrite("a day", WORDS, 2, 2)).contains("two days");
    assertThat(NumberFormats.rewrite("within a year", WORDS, 4, 4)).contains("within four years");
  }

  @org.junit.jupiter.api.Test
  void oneAfterTheIsRefusedBecauseThePastOneMonthIsNotEnglish() {
    assertThat(NumberFormats.rewrite("the past two months", WORDS, 1, 1)).isEmpty();
    assertThat(NumberFormats.rewrite("the past two months", WORDS, 3, 3))
        .contains("the past three months");
    assertThat(NumberFormats.rewrite("two months", WORDS, 1, 1)).contains("one month");
  }

  private static final dev.quiz.bank.extract.NumberStyle FRACTION =
      new dev.quiz.bank.extract.NumberStyle(
          dev.quiz.bank.extract.NumberStyle.Form.FRACTION, "", "houses", false);

  @org.junit.jupiter.api.Test
  void aRatioIsRewrittenAsARatioInTheSameStyle() {
    assertThat(NumberFormats.rewrite("one in five", FRACTION, 0.25, 0.25)).hasValue("one in four");
    assertThat(NumberFormats.rewrite("1 in 5", FRACTION, 0.1, 0.1)).hasValue("1 in 10");
    assertThat(NumberFormats.rewrite("one in five", FRACTION, 2.0 / 3, 2.0 / 3)).isEmpty();
  }
}
