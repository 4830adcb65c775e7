package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.DocumentContext;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactQuestionsTest {
  private static final String TEXT = "The garrison of 5,000 men held out.";

  @Test
  void everyFormOfAFactSharesItsSourceTagsAndKeyIdentity() {
    Fact f = Facts.number(TEXT, "5,000", 5000, 5000, false);
    FactQuestions questions =
        new FactQuestions(input("Siege of Exampleton", 1), f, true, "siege-of-exampleton");

    Question cloze =
        questions.make(new Prompt.Cloze("The garrison of ____ men held out.")).question();

    assertThat(cloze.source().answerSpan()).isEqualTo(new TextSpan(17, 22));
    assertThat(cloze.tags()).containsExactly("siege-of-exampleton", "number");
    assertThat(cloze.key())
        .isEqualTo(QuestionKeys.key("a.txt", "number:16-21:5 000", "cloze"))
        .isEqualTo(questions.key(QuestionType.CLOZE));
    assertThat(cloze.score())
        .isEqualTo(
            QuestionScorer.score(
                f, QuestionType.CLOZE, "The garrison of ____ men held out.", true));
  }

  @Test
  void aMadeQuestionCarriesItsPromptsWordsAndADocumentWithoutTitleOnlyTheKindTag() {
    Fact f = Facts.number(TEXT, "5,000", 5000, 5000, false);
    FactQuestions questions = new FactQuestions(input("", 0), f, true, "");

    FactQuestions.Made made =
        questions.make(
            new Prompt.TrueFalse("The garrison of 5,000 men held out.", true), "true", "q-1");

    assertThat(made.promptWords()).isEqualTo("the garrison of 5 000 men held out");
    assertThat(made.question().key()).isEqualTo("q-1");
    assertThat(made.question().answer()).isEqualTo("true");
    assertThat(made.question().tags()).containsExactly("number");
    assertThat(questions.answerNorm()).isEqualTo("5 000");
  }

  @Test
  void aSlugIsTheTitlesWordsJoinedAndCut() {
    assertThat(FactQuestions.slug("Siege of Exampleton (1901)"))
        .isEqualTo("siege-of-exampleton-1901");
    assertThat(FactQuestions.slug("word ".repeat(20))).hasSize(60);
  }

  private static GenerationInput input(String title, int offsetBase) {
    Document d = new Document("a.txt", TEXT, offsetBase, Optional.empty());
    Sentence s =
        new Sentence(
            0, new TextSpan(0, TEXT.length()), TEXT, Sentence.Kind.PROSE, Optional.empty());
    return new GenerationInput(DocumentContext.of(d, List.of(s)), List.of(), title);
  }
}
