package dev.quiz.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Question;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class AnswerGraderProperties {
  private final AnswerGrader grader = AnswerGrader.standard();

  @Property
  void anyWholeNumberWithOrWithoutSeparatorsGradesCorrect(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long n,
      @ForAll("separators") String sep) {
    Question q = Questions.number(Long.toString(n), n, n, false);
    String typed = String.format(Locale.ROOT, "%,d", n).replace(",", sep);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(",", "", " ", "\u00a0");
  }

  @Property
  void anyNumberBelowAMillionWrittenInWordsGradesCorrect(
      @ForAll @IntRange(min = 0, max = 999_999) int n) {
    Question q = Questions.number(Integer.toString(n), n, n, false);

    assertThat(grader.grade(q, words(n)).verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Property
  void anyRangeWrittenAsTheFactIsGradesCorrect(
      @ForAll @IntRange(min = 1, max = 500_000) int low,
      @ForAll @IntRange(min = 0, max = 500_000) int width,
      @ForAll("rangeForms") String form) {
    int high = low + width;
    Question q = Questions.number("x", low, high, false);
    String typed = String.format(Locale.ROOT, form, low, high);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Provide
  Arbitrary<String> rangeForms() {
    return Arbitraries.of("%,d-%,d", "%d to %d", "between %,d and %,d", "from %d to %d", "%d – %d");
  }

  @Property
  void anyDateInAnyWrittenFormatGradesCorrect(
      @ForAll @IntRange(min = 0, max = 200_000) int dayNumber, @ForAll("dateForms") String form) {
    LocalDate d = LocalDate.of(1500, 1, 1).plusDays(dayNumber);
    Question q = Questions.date("x", d.toString(), d.toString());
    String typed = DateTimeFormatter.ofPattern(form, Locale.ENGLISH).format(d);

    assertThat(grader.grade(q, typed).verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Provide
  Arbitrary<String> dateForms() {
    return Arbitraries.of(
        "d MMMM yyyy",
        "d MMM yyyy",
        "MMMM d, yyyy",
        "MMM d yyyy",
        "yyyy-MM-dd",
        "yyyy/M/d",
        "EEEE d MMMM yyyy");
  }

  @Property
  void anUnambiguousAllNumberDateGradesCorrectAndAnAmbiguousOneNever(
      @ForAll @IntRange(min = 0, max = 40_000) int dayNumber) {
    LocalDate d = LocalDate.of(1950, 1, 1).plusDays(dayNumber);
    Question q = Questions.date("x", d.toString(), d.toString());
    String typed = d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    boolean unambiguous = d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue();

    assertThat(grader.grade(q, typed).verdict())
        .isEqualTo(unambiguous ? Verdict.CORRECT : Verdict.WRONG);
  }

  @Property
  void anyTextGradesWithoutThrowing(@ForAll String typed) {
    assertThat(grader.grade(Questions.number("x", 5, 5, false), typed)).isNotNull();
    assertThat(grader.grade(Questions.date("x", "2001-11", "2001-11"), typed)).isNotNull();
    assertThat(grader.grade(Questions.person("Ismail Khan"), typed)).isNotNull();
  }

  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  /** English words for 0..999,999, e.g. "two hundred and forty-one thousand and seven". */
  static String words(int n) {
    if (n < 1000) {
      return below1000(n, true);
    }
    String head = below1000(n / 1000, true) + " thousand";
    int rest = n % 1000;
    if (rest == 0) {
      return head;
    }
    return head + (rest < 100 ? " and " : " ") + below1000(rest, true);
  }

  private static String below1000(int n, boolean sayZero) {
    if (n == 0) {
      return sayZero ? "zero" : "";
    }
    if (n < 20) {
      return UNITS[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }
    String h = UNITS[n / 100] + " hundred";
    return n % 100 == 0 ? h : h + " and " + below1000(n % 100, false);
  }
}
