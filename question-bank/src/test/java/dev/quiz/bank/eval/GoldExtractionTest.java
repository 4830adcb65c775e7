package dev.quiz.bank.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.DateExtractor;
import dev.quiz.bank.extract.DocumentContext;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.FactExtractor;
import dev.quiz.bank.extract.NumberExtractor;
import dev.quiz.bank.extract.PersonExtractor;
import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.DocumentReader;
import dev.quiz.bank.text.LanguageModels;
import dev.quiz.bank.text.SentenceSplitter;
import dev.quiz.core.model.FactKind;
import dev.quiz.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each extractor against the hand-annotated gold facts, with a floor on recall and precision. */
class GoldExtractionTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LanguageModels.english());

  @ParameterizedTest(name = "{0} {1}: recall >= {2}, precision >= {3}")
  @CsvSource({
    "corpus, DATE, 0.95, 0.85", "corpus, NUMBER, 0.95, 0.90", "corpus, PERSON, 0.90, 0.85",
    "devset, DATE, 0.90, 0.90", "devset, NUMBER, 0.95, 0.90", "devset, PERSON, 0.90, 0.85",
  })
  void extractorMeetsItsFloor(String set, FactKind kind, double recall, double precision)
      throws IOException {
    Path docs = set.equals("corpus") ? Shared.path("corpus") : Shared.path("devset", "docs");
    Path gold = set.equals("corpus") ? Shared.path("gold") : Shared.path("devset", "gold");
    List<Fact> facts = new ArrayList<>();
    FactExtractor<? extends Fact> extractor =
        switch (kind) {
          case DATE -> new DateExtractor();
          case NUMBER -> new NumberExtractor();
          case PERSON -> new PersonExtractor();
        };
    try (Stream<Path> files = Files.list(docs)) {
      for (Path f :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
        Document d = new DocumentReader().read(f);
        facts.addAll(extractor.extract(DocumentContext.of(d, SPLITTER.split(d))));
      }
    }
    Score score = FactScorer.score(facts, GoldFacts.read(gold), kind);
    assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(recall);
    assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(precision);
  }
}
