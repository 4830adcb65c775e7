package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlFurnitureTest {

  @Test
  void navAsideFormAndButtonAreBlankedWithTheirText() {
    String html =
        "<nav><a>Home</a></nav><p>Kept.</p><aside><h2>Most read</h2><li>Ten myths</li></aside>"
            + "<form><button>Go</button></form>";
    String text = Html.blankTags(html);

    assertThat(text).hasSameSizeAs(html).contains("Kept.").doesNotContain("Home", "Ten", "Go");
  }

  @Test
  void aPageFooterGoesButTheArticlesOwnHeaderAndFooterStay() {
    String html =
        "<header>Site name</header><article><header><h1>Title</h1></header><p>Body.</p>"
            + "<footer>Filed under war</footer></article><footer>© 2020 Site</footer>";
    String text = Html.blankTags(html);

    assertThat(text)
        .contains("Title", "Body.", "Filed under war")
        .doesNotContain("Site name", "© 2020");
  }

  @Test
  void aPageWithoutAnArticleKeepsItsHeader() {
    assertThat(Html.blankTags("<header><h1>Title</h1></header><p>Body.</p><footer>x y</footer>"))
        .contains("Title", "Body.")
        .doesNotContain("x y");
  }

  @Test
  void theLinesUnderAMostReadHeaderInPlainTextAreBoilerplate() {
    var units =
        new SentenceSplitter(LanguageModels.english())
            .split(
                Document.of(
                    "p.txt",
                    "The evacuation ended on 4 June 1940 after nine days of work by the navy.\n\n"
                        + "Most read\nTen myths about the Blitz\nThe real story of 1940\n"));
    assertThat(units)
        .extracting(Sentence::kind)
        .containsExactly(
            Sentence.Kind.PROSE,
            Sentence.Kind.BOILERPLATE,
            Sentence.Kind.BOILERPLATE,
            Sentence.Kind.BOILERPLATE);
  }
}
