package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineEndHyphensTest {
  @Test
  void aWordHyphenatedAtALineEndReadsWholeAndTheLineBreakMovesBehindIt() {
    assertThat(LineEndHyphens.join("General Mau-\nnoury has held"))
        .isEqualTo("General Maunoury\013 \nhas held");
    // the word's second part takes its stop along; a hyphen before a capital stays
    assertThat(LineEndHyphens.join("some hours be-\nfore.\n\nThe end"))
        .isEqualTo("some hours before.\013\n\n\nThe end");
    assertThat(LineEndHyphens.join("Austro-\nHungarian")).isEqualTo("Austro-\nHungarian");
    assertThat(LineEndHyphens.join("a dash -\nthen")).isEqualTo("a dash -\nthen");
  }

  /**
   * Joining keeps the text's length and its number of lines, and the learner is shown the same text
   * as before ({@link Shown} joins such words itself).
   */
  @Property(tries = 2000)
  void joiningKeepsLengthLinesAndWhatIsShown(@ForAll("wrapped") String text) {
    String joined = LineEndHyphens.join(text);

    assertThat(joined).hasSize(text.length());
    assertThat(joined.chars().filter(c -> c == '\n').count())
        .isEqualTo(text.chars().filter(c -> c == '\n').count());
    assertThat(Shown.text(joined)).isEqualTo(Shown.text(text));
  }

  /** Words, hyphens, spaces, tabs, line breaks and stops in any order. */
  @Provide
  Arbitrary<String> wrapped() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "Mau", "noury", "thou", "sand", "A", "b", "-", "- ", "\n", "\n\n", " ", "  ", "\t", ".",
            ",", "é", "Ω", "1");
    return piece.list().ofMaxSize(16).map(l -> String.join("", l));
  }

  @Test
  void aHardWrappedColumnReadsAsOneParagraphWithItsNamesAndDatesWhole() {
    String column =
        "ALLIES PRESS ON\n\n"
            + "The order issued by General Joffre to\n"
            + "the armies on the morning of Sept.\n"
            + "6, now made public, told the troops that\n"
            + "the hour had come. In the centre the\n"
            + "Ninth Army, which held the marshes, under General\n"
            + "Foch held. Ambassador Myron T.\n"
            + "Herrick, who stayed, saw General Gallieni, the Mili-\n"
            + "tary Governor of Paris.\n";
    Document d = new DocumentReader().read("column.txt", column.getBytes(StandardCharsets.UTF_8));
    List<Sentence> units = new SentenceSplitter(LanguageModels.english()).split(d);

    assertThat(units)
        .extracting(u -> Shown.text(u.text()))
        .contains(
            "The order issued by General Joffre to the armies on the morning of Sept. 6, now made"
                + " public, told the troops that the hour had come.",
            "In the centre the Ninth Army, which held the marshes, under General Foch held.",
            "Ambassador Myron T. Herrick, who stayed, saw General Gallieni, the Military Governor"
                + " of Paris.");
    // a unit still quotes the file as it is
    Sentence last = units.get(units.size() - 1);
    assertThat(d.quote(last.span().start(), last.span().end())).contains("Mili-\ntary");
  }
}
