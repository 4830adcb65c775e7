package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The remembering tokenizer and tagger give exactly what OpenNLP's own classes give. */
class RememberingTaggersTest {
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  @Test
  void tokensAndTagsEqualOpenNlpsOnEverySentenceOfTheSharedDocuments() throws IOException {
    TokenizerModel tokenModel = new TokenizerModel(resource(TOKENS));
    POSModel posModel = new POSModel(resource(POS));
    TokenizerME plainTokens = new TokenizerME(tokenModel);
    POSTaggerME plainTags = new POSTaggerME(posModel);
    // tiny caches, so that clearing them is exercised too
    PosTagger tags = new PosTagger(new PosWeights(posModel), 50);
    WordTokenizer tokens = new WordTokenizer(new ChunkSplitter(tokenModel), tags, 50);
    int checked = 0;
    for (String sentence : sentences()) {
      Span[] expected = plainTokens.tokenizePos(sentence);
      assertThat(tokens.tokenizePos(sentence)).as(sentence).containsExactly(expected);
      String[] words =
          Arrays.stream(expected)
              .map(s -> s.getCoveredText(sentence).toString())
              .toArray(String[]::new);
      String[] expectedTags = plainTags.tag(words);
      assertThat(tags.tag(words)).as(sentence).containsExactly(expectedTags);
      WordTokenizer.Tokens remembered = tokens.tokenize(sentence);
      assertThat(remembered.words()).as(sentence).containsExactly(words);
      assertThat(tags.tag(remembered.weights())).as(sentence).containsExactly(expectedTags);
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static List<String> sentences() throws IOException {
    SentenceSplitter splitter = new SentenceSplitter(LanguageModels.english());
    DocumentReader reader = new DocumentReader();
    List<String> out = new ArrayList<>();
    for (Path dir : List.of(Shared.path("corpus"), Shared.path("devset", "docs"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          splitter.split(reader.read(f)).forEach(s -> out.add(s.text()));
        }
      }
    }
    return out;
  }

  private static java.io.InputStream resource(String name) {
    return RememberingTaggersTest.class.getClassLoader().getResourceAsStream(name);
  }
}
