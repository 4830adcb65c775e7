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

  @Test
  void aFrontMatterIsFurnitureButItsDateDatesThePage() {
    String md =
        "---\ntitle: \"The Test Battle\"\nauthor: Ann Testa\ndate: 2023-10-21\ntags: [a, b]\n---\n\n"
            + "# The Test Battle\n\nIt was fought on **21 October 1600**. **Anna Testa** won it, "
            + "and on Monday a statue of her was unveiled.\n";
    assertThat(Markdown.looksLikeMarkdown("post.txt", md)).isTrue();
    var doc = new DocumentReader().read("post.txt", md.getBytes(StandardCharsets.UTF_8));
    var units = new SentenceSplitter(LanguageModels.english()).split(doc);

    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.DATELINE)
        .extracting(Sentence::text)
        .containsExactly("2023-10-21");
    assertThat(units)
        .extracting(Sentence::text)
        .noneMatch(t -> t.contains("title") || t.contains("author") || t.contains("tags"))
        .contains("It was fought on   21 October 1600  .");
  }
}
