package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The fast beam search tags exactly as OpenNLP's {@code POSTaggerME} does, on any token list. */
class PosTaggerTest {
  private static final POSModel MODEL = load();
  private static final POSTaggerME OPENNLP = new POSTaggerME(MODEL);
  // a tiny word memory, so that forgetting is exercised too
  private static final PosTagger FAST = new PosTagger(new PosWeights(MODEL), 7);

  private static final List<String> VOCABULARY =
      List.of(
          "The",
          "the",
          "Taliban",
          "fighters",
          "attacked",
          "Kunduz",
          "on",
          "Sunday",
          ",",
          ".",
          "General",
          "Dostum",
          "'s",
          "forces",
          "killed",
          "1,200",
          "3",
          "in",
          "1996",
          "-",
          "(",
          ")",
          "said",
          "spokesman",
          "Zabihullah",
          "Mujahid",
          "was",
          "were",
          "had",
          "been",
          "captured",
          "about",
          "some",
          "U.S.",
          "troops",
          "November",
          "9",
          "to",
          "and",
          "a",
          "fourth-largest",
          "city",
          "Xyzzq",
          "QWERTY",
          "42nd",
          "50%",
          "km",
          "’s",
          "é",
          "ÄBC",
          "don't",
          "?",
          "!",
          "\"",
          "A",
          "I",
          "5,000-12,000");

  @Property(tries = 300)
  void tagsEqualOpenNlpsForAnySequenceOfWords(@ForAll("sentences") List<String> words) {
    String[] w = words.toArray(new String[0]);
    assertThat(FAST.tag(w)).containsExactly(OPENNLP.tag(w));
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> known = Arbitraries.of(VOCABULARY);
    Arbitrary<String> odd = Arbitraries.strings().ofMinLength(1).ofMaxLength(9);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, known), net.jqwik.api.Tuple.of(1, odd))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property
  void theLowestKeptScoreIsTheBeamSizeThHighestCountingTies(
      @ForAll("scores") List<Double> scores,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5) int size) {
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    double[] sorted = s.clone();
    java.util.Arrays.sort(sorted);
    assertThat(PosTagger.lowestKept(s, size)).isEqualTo(sorted[Math.max(0, sorted.length - size)]);
  }

  @Provide
  Arbitrary<List<Double>> scores() {
    // few distinct values, so that ties are common
    return Arbitraries.of(0.0, 0.1, 0.25, 0.5, 0.125, 1e-9).list().ofMinSize(1).ofMaxSize(40);
  }

  @Test
  void theEnglishModelsWordFeaturesAreClosedSoTheShortcutIsTaken() {
    assertThat(new PosWeights(MODEL).closed()).isTrue();
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertThat(FAST.tag(new String[0])).isEmpty();
  }

  @Test
  void theEnglishModelHasNoTagDictionarySoEveryTagMayFollowAnyWord() {
    // PosWeights refuses a model with one: the fast search does not consult it
    assertThat(MODEL.getFactory().getTagDictionary()).isNull();
  }

  private static POSModel load() {
    try (InputStream in =
        PosTaggerTest.class
            .getClassLoader()
            .getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
