package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SentenceEndsPropertiesTest {
  private final SentenceEnds ends = SentenceEnds.english();
  private final SentenceDetectorME opennlp = LanguageModels.english().sentenceDetector();

  /** The spans are OpenNLP's, for text full of end characters, spaces and abbreviations. */
  @Property(tries = 3000)
  void theSpansAreOpenNlpsOnGeneratedText(@ForAll("texts") String text) {
    assertThat(ends.spans(text)).as(text).containsExactly(flat(opennlp.sentPosDetect(text)));
  }

  /** The spans are OpenNLP's for every document of the shared corpus and devset, and each line. */
  @Test
  void theSpansAreOpenNlpsOnTheCorpus() throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (Path dir : List.of(Shared.path("corpus"), Shared.path("devset", "docs"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String doc = Files.readString(f, StandardCharsets.UTF_8);
          paragraphs.add(doc);
          paragraphs.addAll(List.of(doc.split("\n")));
        }
      }
    }
    assertThat(paragraphs).hasSizeGreaterThan(300);
    for (String p : paragraphs) {
      assertThat(ends.spans(p)).as(p).containsExactly(flat(opennlp.sentPosDetect(p)));
    }
  }

  /** Words, sentence ends, abbreviations, numbers and every kind of space, in any order. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of("The", "war", "ended", "in", "1945", "Gen", "U.S", "Mr", "3", "5", "a"),
            Arbitraries.of(".", "!", "?", "...", "?!", ".\"", "\".", ")", "(", ",", "'"),
            Arbitraries.of(" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\r\n"),
            Arbitraries.strings().withChars(".!? aZ9\n\u00a0").ofMaxLength(4));
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  private static int[] flat(Span[] spans) {
    int[] out = new int[2 * spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[2 * i] = spans[i].getStart();
      out[2 * i + 1] = spans[i].getEnd();
    }
    return out;
  }
}
