package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.core.model.AnswerValue;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The hand-written figure search of {@link SameKind#givesAway} against the regexes it replaced. */
class SameKindPropertiesTest {

  @Property
  void aYearIsFoundWhereTheRegexFindsIt(
      @ForAll("prompts") String prompt, @ForAll @IntRange(min = 1000, max = 2099) int year) {
    String y = Integer.toString(year);
    Fact f = Facts.date("It ended in " + y + ".", y, y);
    String text = prompt.replace("#", y);
    boolean regex = Pattern.compile("(?<!\\d)" + y + "(?!\\d)").matcher(text).find();
    assertThat(SameKind.givesAway(text, f)).isEqualTo(regex);
  }

  @Property
  void aFigureIsFoundWhereTheRegexFindsIt(
      @ForAll("prompts") String prompt,
      @ForAll @IntRange(min = 1, max = 20000) int value,
      @ForAll("answers") String answer) {
    NumberFact f =
        new NumberFact(
            "ships",
            answer,
            new AnswerValue.Number(value, value, false),
            Facts.evidence("a.txt", answer + " ships sailed.", answer),
            new NumberStyle(NumberStyle.Form.WORDS, "", "", false));
    String plain = Integer.toString(value);
    String grouped = String.format(Locale.US, "%,d", value);
    String text = prompt.replace("#", value % 2 == 0 ? plain : grouped);
    // no digit after the figure, nor a comma, stop or colon and a digit ("8" is not in "80",
    // "8,000", "8.5" or "8:30"), nor an ordinal's suffix ("8th")
    Pattern p =
        Pattern.compile(
            "(?<![\\d,.])(?:"
                + plain
                + "|"
                + Pattern.quote(grouped)
                + ")(?!\\d|[,.:]\\d|(?i:st|nd|rd|th)(?!\\p{L}))");
    // the fact shows its answer on one line: "eighty\n8" reads "eighty 8"
    boolean regex = !f.answer().matches(".*\\d.*") && p.matcher(text).find();
    assertThat(SameKind.givesAway(text, f)).isEqualTo(regex);
  }

  @Provide
  Arbitrary<String> prompts() {
    return Arbitraries.of("#", "1", "0", ",", ".", ":", " ", "a", "th", "____", "\n", "12,", ",5")
        .list()
        .ofMaxSize(10)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> answers() {
    return Arbitraries.of("eighty", "80", "eighty\n8", "some 8", "dozen\u2028", "x");
  }
}
