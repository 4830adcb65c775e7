package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The splitter splits any chunk exactly where OpenNLP's {@code TokenizerME} splits it. */
class ChunkSplitterTest {
  private static final TokenizerModel MODEL = load();
  private static final TokenizerME OPENNLP = new TokenizerME(MODEL);
  private static final ChunkSplitter FAST = new ChunkSplitter(MODEL);

  @Property(tries = 5000)
  void chunksAreSplitWhereTokenizerMeSplitsThem(@ForAll("chunks") String chunk) {
    assertThat(FAST.split(chunk)).as(chunk).containsExactly(OPENNLP.tokenizePos(chunk));
  }

  @Test
  void theEnglishModelsAffixFeaturesAreClosedSoTheShortcutIsTaken() {
    assertThat(FAST.closed()).isTrue();
  }

  @Test
  void numbersPunctuationAndCharacterCodesAreSplitAsTokenizerMeSplitsThem() {
    for (String chunk :
        new String[] {
          "123,456,",
          "U.S.",
          "(1,000)",
          "&amp;",
          "&#8217;",
          "don't",
          "“Kabul”",
          "x",
          "ab",
          "\uD83D\uDE00!"
        }) {
      assertThat(FAST.split(chunk)).as(chunk).containsExactly(OPENNLP.tokenizePos(chunk));
    }
  }

  /** Whitespace-free chunks of words, numbers, punctuation and non-ASCII characters. */
  @Provide
  Arbitrary<String> chunks() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of("the", "U.S", "Kabul", "said", "n't", "'s", "1,000", "19", "km", "&amp"),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5),
            Arbitraries.of(".", ",", ";", ":", "(", ")", "\"", "'", "-", "–", "—", "“", "”", "’"),
            Arbitraries.of("é", "İ", "ß", "€", "½", "中", "\uD83D\uDE00", "\u0301", "&", "[", "}"),
            Arbitraries.chars().range('!', '~').map(String::valueOf),
            Arbitraries.chars().range('\u00a1', '\u3000').map(String::valueOf));
    return piece
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(l -> String.join("", l))
        .filter(
            s -> s.chars().noneMatch(c -> opennlp.tools.util.StringUtil.isWhitespace((char) c)));
  }

  private static TokenizerModel load() {
    try (InputStream in =
        ChunkSplitterTest.class
            .getClassLoader()
            .getResourceAsStream("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
