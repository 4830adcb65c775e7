package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

/** A word's features found by word, prefix and suffix are those its feature names look up. */
class PosWeightsTest {
  private static final POSModel MODEL = load();
  private static final PosWeights WEIGHTS = new PosWeights(MODEL);
  private static final List<String> CLASSES =
      List.of(
          "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");

  @Property(tries = 3000)
  void aTokensFeaturesAreThoseItsFeatureNamesLookUp(@ForAll("tokens") String token) {
    sameAsNames(token);
  }

  @Test
  void everyWordOfTheModelHasTheFeaturesItsNamesLookUp() {
    @SuppressWarnings("unchecked")
    Map<String, Context> features =
        (Map<String, Context>)
            ((AbstractModel) MODEL.getArtifact("pos.model")).getDataStructures()[1];
    int checked = 0;
    for (String name : features.keySet()) {
      int eq = name.indexOf('=');
      if (eq > 0 && name.substring(0, eq).matches("w|p1w|p2w|n1w|n2w|w&c|pre|suf")) {
        String rest = name.substring(eq + 1);
        sameAsNames(name.startsWith("w&c=") ? rest.substring(0, rest.lastIndexOf(',')) : rest);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  private static void sameAsNames(String token) {
    String lower = StringUtil.toLowerCase(token);
    PosWeights.WordFeatures w = WEIGHTS.word(lower);
    assertThat(w == null ? null : w.word()).isSameAs(WEIGHTS.feature("w=" + lower));
    assertThat(w == null ? null : w.previous()).isSameAs(WEIGHTS.feature("p1w=" + lower));
    assertThat(w == null ? null : w.secondPrevious()).isSameAs(WEIGHTS.feature("p2w=" + lower));
    assertThat(w == null ? null : w.next()).isSameAs(WEIGHTS.feature("n1w=" + lower));
    assertThat(w == null ? null : w.secondNext()).isSameAs(WEIGHTS.feature("n2w=" + lower));
    for (String c : CLASSES) {
      assertThat(w == null ? null : w.withClass().get(c))
          .isSameAs(WEIGHTS.feature("w&c=" + lower + "," + c));
    }
    String own = FeatureGeneratorUtil.tokenFeature(token);
    assertThat(w == null ? null : w.withClass().get(own))
        .isSameAs(WEIGHTS.feature("w&c=" + lower + "," + own));
    int affixes = Math.min(4, token.length());
    Context[] pre = WEIGHTS.prefixes(token, affixes);
    Context[] suf = WEIGHTS.suffixes(token, affixes);
    for (int k = 0; k < affixes; k++) {
      assertThat(pre[k]).isSameAs(WEIGHTS.feature("pre=" + token.substring(0, k + 1)));
      assertThat(suf[k])
          .isSameAs(WEIGHTS.feature("suf=" + token.substring(token.length() - k - 1)));
    }
  }

  /** Words, numbers, punctuation and odd strings, in any case. */
  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "The", "the", "THE", "Kabul", "said", "'s", "n't", "1,000", "U.S.", "forces"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().numeric().withChars(",.-").ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
  }

  private static POSModel load() {
    try (InputStream in =
        PosWeightsTest.class
            .getClassLoader()
            .getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
