package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BoilerplateGuardsPropertiesTest {
  /** Skipping the patterns whose guard words are missing changes no verdict. */
  @Property(tries = 3000)
  void theVerdictIsTheOneOfTryingEveryPattern(@ForAll("texts") String text) {
    assertThat(Boilerplate.judge(text)).isEqualTo(Boilerplate.judgeUnguarded(text));
  }

  /** Pieces of the appeal and furniture phrases in any case, with words and spaces between. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> phrase =
        Arbitraries.of(
            "your support",
            "support us",
            "support our",
            "support independent",
            "quality",
            "donate",
            "donation",
            "makes all the difference",
            "makes a difference",
            "thank you for your support",
            "thank you for support",
            "donate now",
            "support now",
            "support us now",
            "become a member",
            "become a supporter",
            "©",
            "cookies",
            "sign up",
            "menu",
            "Comments (3)",
            "support",
            "thank you",
            "become",
            "difference");
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            phrase,
            phrase.map(p -> p.toUpperCase(Locale.ROOT)),
            Arbitraries.of(" ", "  ", "the war", ".", "\u00a0", "é", "—"));
    return piece.list().ofMaxSize(6).map(l -> String.join("", l));
  }
}
