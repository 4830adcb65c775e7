package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BoilerplateGuardPropertiesTest {
  private static final List<String> WORDS =
      List.of("join ", "comment", "skip to ", "terms ", "©", "your ", "sign", "sign up", "on");

  /** The guard finds a word exactly when the text with its ASCII letters lower-cased has it. */
  @Property(tries = 2000)
  void theAutomatonFindsWhatASearchForEachWordFinds(@ForAll("texts") String text) {
    Boilerplate.Guard guard = new Boilerplate.Guard();
    long[] bits = new long[WORDS.size()];
    for (int i = 0; i < WORDS.size(); i++) {
      bits[i] = guard.bits(WORDS.get(i));
    }
    guard.freeze();

    long found = guard.find(text);

    String lower = asciiLower(text);
    for (int i = 0; i < WORDS.size(); i++) {
      assertThat((found & bits[i]) != 0).as(WORDS.get(i)).isEqualTo(lower.contains(WORDS.get(i)));
    }
  }

  /** Pieces of the words in either case, spaces, other letters and some non-ASCII characters. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS).map(w -> w.toUpperCase(Locale.ROOT)),
            Arbitraries.of(WORDS),
            Arbitraries.of("jo", "in", "sk", "ip", "t", "o", " ", "  ", "sig", "nup", "e", "©"),
            Arbitraries.of("İ", "é", "K", "ß", "\u00a0", "x", "Q", "-", "'"));
    return piece.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  private static String asciiLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return sb.toString();
  }
}
