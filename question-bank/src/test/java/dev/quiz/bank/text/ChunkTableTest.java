package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;

/** The chunk table remembers as a map that forgets everything when full does. */
class ChunkTableTest {
  @Property(tries = 1000)
  void lookingUpAPartOfATextFindsWhatAMapFinds(
      @ForAll("chunks") List<String> chunks, @ForAll @IntRange(min = 1, max = 9) int capacity) {
    ChunkTable<Integer> table = new ChunkTable<>(capacity);
    Map<String, Integer> map = new HashMap<>();
    for (int k = 0; k < chunks.size(); k++) {
      String chunk = chunks.get(k);
      String text = "<" + chunk + ">";
      int hash = ChunkTable.hash(text, 1, text.length() - 1);
      assertThat(hash).isEqualTo(chunk.hashCode());
      Integer found = table.get(text, 1, text.length() - 1, hash);
      assertThat(found).as(chunk).isEqualTo(map.get(chunk));
      if (found == null) {
        if (map.size() >= capacity) {
          map.clear();
        }
        map.put(chunk, k);
        table.put(chunk, hash, k);
      }
    }
  }

  @Test
  void whitespaceIsDecidedAsOpenNlpDecidesItForEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(WordTokenizer.isWhitespace((char) c))
          .as("U+%04X", c)
          .isEqualTo(StringUtil.isWhitespace((char) c));
    }
  }

  /** Short chunks from a few letters, so that they repeat and their hashes collide. */
  @Provide
  Arbitrary<List<String>> chunks() {
    return Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab").ofMinLength(1).ofMaxLength(3),
            Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"))
        .list()
        .ofMaxSize(40);
  }
}
