package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void aListItemWithABoldKeyKeepsItsDashAsAPlainKeyLineDoes() {
    assertThat(Markdown.blankMarks("- **Date:** 6 June 1944\n- **Place**: Normandy\n- a point"))
        .isEqualTo("-   Date:   6 June 1944\n-   Place  : Normandy\n  a point");
  }

  @Test
  void aBoldKeyLineIsAnInfoboxLineOfItsKey() {
    String md = "# Notes\n\n- **Date:** 6 June 1944\n- **Supreme commander:** General A Example\n";
    var units =
        new SentenceSplitter(LanguageModels.english())
            .split(new DocumentReader().read("n.md", md.getBytes(StandardCharsets.UTF_8)));

    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.INFOBOX)
        .extracting(u -> u.label().orElseThrow())
        .containsExactly("Date", "Supreme commander");
  }
}
