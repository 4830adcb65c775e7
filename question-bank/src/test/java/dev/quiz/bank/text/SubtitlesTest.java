package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitlesTest {
  private static final String SRT =
      "1\n00:00:01,200 --> 00:00:05,600\n♪ ♪\n\n"
          + "2\n00:00:06,040 --> 00:00:09,880\n[NARRATOR] In the spring of 1942,\n"
          + "the war was six months old,\n\n"
          + "3\n00:00:09,920 --> 00:00:13,760\nand the navy\nhad lost no battle.\n\n"
          + "4\n00:00:14,400 --> 00:00:18,960\n- We knew they were out there.\n";

  private List<Sentence> units(String name, String text) {
    return new SentenceSplitter(LanguageModels.english())
        .split(new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void cuesAreReadAsTheLinesOfOneTextWithoutTheirNumbersTimesAndTags() {
    assertThat(Subtitles.looksLikeSubtitles("doc.txt", SRT)).isTrue();
    assertThat(Subtitles.looksLikeSubtitles("doc.txt", "1\nThe first point.\n")).isFalse();
    List<Sentence> units = units("doc.txt", SRT);

    assertThat(units)
        .filteredOn(u -> u.kind() != Sentence.Kind.BOILERPLATE)
        .extracting(u -> u.text().replaceAll("\\s+", " "))
        .containsExactly(
            // a sentence across two cues is one unit
            "In the spring of 1942, the war was six months old, and the navy had lost no battle.",
            "We knew they were out there.");
  }

  @Test
  void theBlankedTextKeepsEveryOffset() {
    String blanked = Subtitles.blankCues(SRT);

    assertThat(blanked).hasSameSizeAs(SRT);
    assertThat(blanked.indexOf("In the spring")).isEqualTo(SRT.indexOf("In the spring"));
    assertThat(blanked).doesNotContain("-->", "[NARRATOR]", "♪");
  }
}
