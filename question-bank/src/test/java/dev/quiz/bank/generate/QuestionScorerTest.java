package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.QuestionType;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionScorerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // one item of a bare list of figures: any item fits
        "Accounts give 41,000, 43,000, ____ or 52,000 for the garrison.|false",
        "Accounts give ____, 43,000 and 47,000 for the garrison.|false",
        // figures that each say something are fine
        "The garrison of ____ men held 40 guns for 12 days.|true",
        // a figure's thousands are no items of a list
        "The War Office said that 105,499, or ____, of the wounded have returned.|true",
        "Historians put the army at between 7,000 and ____ men.|true",
        "Between May 20 and July 10, 2006, ____ teams of four visited 47 towns.|true",
        // a leading pronoun with no context
        "They lost ____ men in the retreat.|false",
        "The northern army lost ____ men in the retreat.|true",
      })
  void badPromptsScoreBelowTheThreshold(String prompt, boolean kept) {
    var f =
        Facts.number(
            "The northern army lost 1,200 men in the retreat.", "1,200", 1200, 1200, false);
    double score = QuestionScorer.score(f, QuestionType.MULTIPLE_CHOICE, prompt, true);
    assertThat(score >= QuestionScorer.THRESHOLD).isEqualTo(kept);
  }

  /** The figure-list pattern of {@link QuestionScorer}, copied: its precheck must never hide it. */
  private static final Pattern FIGURE_LIST =
      Pattern.compile(
          "(?<!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?\\s)"
              + "(?:\\d[\\d,.]*\\d|____)(?:,\\s+(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+)(?:\\d[\\d,.]*\\d|____)"
              + "(?:,\\s+(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+)(?:\\d[\\d,.]*\\d|____)");

  @Property
  void aPromptThatListsFiguresAlwaysPassesTheCheapCheck(@ForAll("lists") String prompt) {
    if (FIGURE_LIST.matcher(prompt).find()) {
      assertThat(QuestionScorer.mayListFigures(prompt)).isTrue();
    }
  }

  @Property(tries = 3000)
  void findingTheListAtItsPossibleStartsFindsWhatFindFinds(@ForAll("lists") String prompt) {
    assertThat(QuestionScorer.listsFigures(prompt)).isEqualTo(FIGURE_LIST.matcher(prompt).find());
  }

  @Provide
  Arbitrary<String> lists() {
    return Arbitraries.of(
            "4", "12", "1,5", "____", "__", "_", ", ", " or ", " and ", ",", ".", " ", "x")
        .list()
        .ofMaxSize(9)
        .map(parts -> String.join("", parts));
  }
}
