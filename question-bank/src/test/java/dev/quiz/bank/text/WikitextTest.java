package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WikitextTest {

  @Test
  void aLinkKeepsItsLabelOrItsTargetAtTheirOwnOffsets() {
    String wiki = "fought [[Russian Empire|Russia]] and [[Germany]] in 1914";
    String text = Wikitext.blankMarks(wiki);

    assertThat(text).hasSameSizeAs(wiki);
    assertThat(Shown.text(text)).isEqualTo("fought Russia and Germany in 1914");
    assertThat(text.substring(wiki.indexOf("Russia]"), wiki.indexOf("Russia]") + 6))
        .isEqualTo("Russia");
    assertThat(text.indexOf("1914")).isEqualTo(wiki.indexOf("1914"));
  }

  @Test
  void boldReferencesAndNestedTemplatesGo() {
    String wiki =
        "The '''battle''' ended.<ref>{{cite book |title={{lang|de|Tannenberg}}}}</ref>"
            + " It was {{nowrap|26 August}}.<ref name=\"a\" /> {{reflist}}";
    String text = Wikitext.blankMarks(wiki);

    assertThat(text).hasSameSizeAs(wiki);
    assertThat(Shown.text(text)).isEqualTo("The battle ended. It was 26 August.");
  }

  @Test
  void aStopAfterALinkMovesBackToTheLinkText() {
    assertThat(Shown.text(Wikitext.blankMarks("the war of [[World War I]].")))
        .isEqualTo("the war of World War I.");
  }

  @Test
  void aConversionKeepsItsValueAndUnitAndEmptyBracketsGo() {
    String wiki =
        "The '''Marne''' ({{lang-fr|Bataille de la Marne}}) saw an advance of {{convert|72|km|mi}}"
            + " by [[taxicab]]s.";

    assertThat(Shown.text(Wikitext.blankMarks(wiki)))
        .isEqualTo("The Marne saw an advance of 72 km by taxicabs.");
  }

  @Test
  void tablesGalleriesAndMagicWordsGo() {
    String wiki =
        "__NOTOC__\nBefore.\n{| class=\"wikitable\"\n! Army !! Men\n|-\n| 1st || 150,000\n|}\n"
            + "<gallery>\nA.jpg|A map\n</gallery>\nAfter.";

    assertThat(Shown.text(Wikitext.blankMarks(wiki))).isEqualTo("Before. After.");
  }

  @Test
  void anInfoboxBecomesKeyLinesWithListItemsPartedByCommas() {
    String wiki =
        "{{Infobox military conflict\n"
            + "| image = x.jpg\n"
            + "| commander1  = [[Paul von Hindenburg]]<br />[[Erich Ludendorff]]\n"
            + "| commander2  = [[Alexander Samsonov]] {{KIA}}\n"
            + "| combatant1  = {{flagcountry|German Empire}}\n"
            + "}}\n";
    String text = Wikitext.blankMarks(wiki);

    assertThat(text).hasSameSizeAs(wiki);
    assertThat(text.lines().map(String::trim).filter(l -> !l.isEmpty()))
        .containsExactly(
            "Infobox",
            "- Commander1:     Paul von Hindenburg,         Erich Ludendorff",
            "- Commander2:     Alexander Samsonov   †",
            "- Combatant1:                 German Empire");
  }

  @Test
  void aPastedWikiPageIsReadAsWikiAndItsInfoboxLinesAreLabelled() {
    String wiki =
        "{{Infobox military conflict\n| date = 26–30 August 1914\n| place = [[East Prussia]]\n}}\n"
            + "The '''Battle of Tannenberg''' was fought in [[East Prussia]].\n";
    var units =
        new SentenceSplitter(LanguageModels.english())
            .split(new DocumentReader().read("t.txt", wiki.getBytes(StandardCharsets.UTF_8)));

    assertThat(units)
        .filteredOn(u -> u.kind() == Sentence.Kind.INFOBOX)
        .extracting(u -> u.label().orElseThrow())
        .containsExactly("Date", "Place");
  }

  @Test
  void plainTextWithABracketOrTwoIsNotWiki() {
    assertThat(Wikitext.looksLikeWikitext("a.txt", "He said [[sic]] it was '''so''' late."))
        .isFalse();
    assertThat(Wikitext.looksLikeWikitext("a.wiki", "plain")).isTrue();
    assertThat(Wikitext.looksLikeWikitext("a.txt", "{{Infobox person\n| name = A\n}}")).isTrue();
  }
}
