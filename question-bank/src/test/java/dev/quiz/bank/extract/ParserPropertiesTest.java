package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ParserPropertiesTest {
  private static final List<String> FORMATS =
      List.of("d MMMM yyyy", "MMMM d, yyyy", "yyyy-MM-dd", "MMM. d, yyyy");

  @Property
  void anyFormattedDateParsesBackToItself(
      @ForAll @IntRange(min = 1000, max = 2099) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 0, max = 3) int format) {
    LocalDate date = LocalDate.of(year, month, day);
    String pattern = FORMATS.get(format);
    if (pattern.startsWith("MMM.") && month == 5) {
      pattern = "MMMM d, yyyy";
    }
    String text =
        "It happened on " + date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)) + ".";
    List<DateParser.Match> found = DateParser.absolute(text, DateParser.Anchor.NONE);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().start()).contains(date.toString());
    assertThat(found.get(0).value().end()).contains(date.toString());
  }

  @Property
  void numbersWithSeparatorsRoundTrip(@ForAll @LongRange(min = 10, max = 999_999_999) long n) {
    String written =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(n);
    String text = "They counted " + written + " soldiers.";
    List<NumberScanner.Atom> atoms = NumberScanner.atoms(text, new boolean[text.length()]);
    assertThat(atoms).hasSize(1);
    assertThat(atoms.get(0).value()).isEqualTo((double) n);
  }

  @Property
  void numberWordsUpToNinetyNineParse(@ForAll @IntRange(min = 1, max = 99) int n) {
    String[] small = {
      "",
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
    String[] tens = {
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    String w = n < 20 ? small[n] : tens[n / 10] + (n % 10 == 0 ? "" : "-" + small[n % 10]);
    assertThat(NumberWords.cardinal(w).getAsDouble()).isEqualTo(n);
  }
}
