package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.text.Token;
import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClauseTest {
  /** Tokens from "word/TAG/lemma" items, with offsets as if spaced as in running text. */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      if (p[1].equals("PUNCT") && at > 0) {
        at--; // no space before a mark
      }
      out.add(new Token(p[0], new TextSpan(at, at + p[0].length()), p[1], p[2]));
      at += p[0].length() + 1;
    }
    return out;
  }

  private static String predicate(String tagged, int from, int to) {
    Clause c = Clause.around(tokens(tagged), from, to);
    return c.text(c.verb, c.predicateEnd()).toLowerCase(Locale.ROOT);
  }

  @Test
  void aListsLastNounReadAsAVerbStaysInThePredicate() {
    // the tagger reads "camps" as a verb; after "blockhouses, farm burning" it ends a list
    assertThat(
            predicate(
                "Kitchener/PROPN/kitchener answered/VERB/answer with/ADP/with "
                    + "blockhouses/NOUN/blockhouses ,/PUNCT/, farm/NOUN/farm burning/VERB/burn "
                    + "and/CCONJ/and camps/VERB/camp for/ADP/for Boer/PROPN/boer "
                    + "families/NOUN/families ./PUNCT/.",
                0,
                1))
        .isEqualTo("answered with blockhouses, farm burning and camps for boer families");
  }

  @Test
  void aSecondVerbAfterAndStillEndsThePredicate() {
    assertThat(
            predicate(
                "Kitchener/PROPN/kitchener burned/VERB/burn the/DET/the farms/NOUN/farms "
                    + "and/CCONJ/and built/VERB/build blockhouses/NOUN/blockhouses ./PUNCT/.",
                0,
                1))
        .isEqualTo("burned the farms");
  }

  @Test
  void beforeAfterANounOfTimeIsAnAdverbAndTheClauseEndsAtItsWhen() {
    assertThat(
            predicate(
                "Reynolds/PROPN/reynolds was/AUX/be killed/VERB/kill the/DET/the day/NOUN/day "
                    + "before/ADV/before when/SCONJ/when the/DET/the corps/NOUN/corps "
                    + "fought/VERB/fight west/ADV/west ./PUNCT/.",
                0,
                1))
        .isEqualTo("was killed the day before");
    assertThat(
            predicate(
                "Reynolds/PROPN/reynolds was/AUX/be killed/VERB/kill at/ADP/at noon/NOUN/noon "
                    + "before/SCONJ/before the/DET/the corps/NOUN/corps fought/VERB/fight "
                    + "./PUNCT/.",
                0,
                1))
        .isEqualTo("was killed at noon");
  }

  @Test
  void anUnknownPastFormOfOneSyllableGetsBackItsSilentE() {
    // the lemmatizer keeps "staked" as it is; the guess restores "stake", not "stak"
    Clause c =
        Clause.around(
            tokens(
                "MacArthur/PROPN/macarthur staked/VERB/staked the/DET/the war/NOUN/war "
                    + "on/ADP/on a/DET/a landing/NOUN/landing ./PUNCT/."),
            0,
            1);
    assertThat(c.lemma()).isEqualTo("stake");
    Clause raided =
        Clause.around(
            tokens("Rebels/NOUN/rebels raided/VERB/raided the/DET/the town/NOUN/town ./PUNCT/."),
            0,
            1);
    assertThat(raided.lemma()).isEqualTo("raid");
  }

  private static String subject(String tagged, int from, int to) {
    Clause c = Clause.around(tokens(tagged), from, to);
    return c.text(c.subjectStart, c.verb);
  }

  @Test
  void anOpeningPhraseWithoutItsCommaIsNotTheSubject() {
    assertThat(
            subject(
                "After/ADP/after the/DET/the siege/NOUN/siege the/DET/the garrison/NOUN/garrison "
                    + "lost/VERB/lose four/NUM/four officers/NOUN/officers ./PUNCT/.",
                6,
                7))
        .isEqualTo("the garrison");
    assertThat(
            subject(
                "In/ADP/in 1902/NUM/1902 the/DET/the army/NOUN/army marched/VERB/march "
                    + "north/ADV/north ./PUNCT/.",
                1,
                2))
        .isEqualTo("the army");
  }

  @Test
  void aNamesEpithetOrAClauseAfterTimeIsNoSecondPhrase() {
    // "Alexander the Great" is one name; "the time the offensive was halted" is one phrase
    assertThat(
            subject(
                "Alexander/PROPN/alexander the/DET/the Great/PROPN/great crossed/VERB/cross "
                    + "in/ADP/in 334/NUM/334 BC/PROPN/bc ./PUNCT/.",
                5,
                7))
        .isEqualTo("Alexander the Great");
    Clause c =
        Clause.around(
            tokens(
                "By/ADP/by the/DET/the time/NOUN/time the/DET/the offensive/NOUN/offensive "
                    + "was/AUX/be halted/VERB/halt in/ADP/in November/PROPN/november ./PUNCT/."),
            8,
            9);
    assertThat(c).isNull();
  }

  @Test
  void hadBeforeAParticipleReadAsAnAdjectiveIsTheAuxiliary() {
    Clause c =
        Clause.around(
            tokens(
                "The/DET/the Allies/PROPN/allies had/VERB/have advanced/ADJ/advanced "
                    + "about/ADP/about six/NUM/six miles/NOUN/miles ./PUNCT/."),
            4,
            7);
    assertThat(c.auxiliary()).isEqualTo(2);
    c =
        Clause.around(
            tokens(
                "The/DET/the Allies/PROPN/allies had/VERB/have armored/ADJ/armored "
                    + "divisions/NOUN/divisions in/ADP/in 1944/NUM/1944 ./PUNCT/."),
            6,
            7);
    assertThat(c.auxiliary()).isEqualTo(-1);
  }
}
