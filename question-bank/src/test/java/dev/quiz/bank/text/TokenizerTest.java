package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void aCapitalisedVerbBetweenProperNounsIsPartOfTheName() {
    String[] words = {"Sir", "Henry", "Bartle", "Frere", ",", "sent", "Cetshwayo"};
    String[] tags = {"PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PROPN"};
    Tokenizer.namesNotVerbs(words, tags);
    assertThat(tags).containsExactly("PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PROPN");
  }

  @Test
  void theModelsVerbBetweenNamesIsRetaggedInTaggedText() {
    Tokenizer tokenizer = new Tokenizer(LanguageModels.english());
    Sentence s =
        new SentenceSplitter(LanguageModels.english())
            .split(
                Document.of(
                    "t.txt",
                    "In December 1878 the High Commissioner, Sir Henry Bartle Frere, sent an"
                        + " ultimatum."))
            .get(0);
    assertThat(tokenizer.tag(s))
        .filteredOn(t -> t.text().equals("Bartle") || t.text().equals("sent"))
        .extracting(Token::pos)
        .containsExactly("PROPN", "VERB");
  }
}
