package dev.quiz.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.testing.SheetFixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestPlannerTest {
  private static final List<Question> ALL = SheetFixtures.all();

  private static List<String> keys(SheetVersion v) {
    return v.items().stream().map(i -> i.question().key()).collect(Collectors.toList());
  }

  @Test
  void theSameSeedGivesTheSameTestWhateverTheInputOrder() {
    PlanOptions options = PlanOptions.of("History", 8, 42).withVersions(3, false);
    List<Question> reversed = new ArrayList<>(ALL);
    Collections.reverse(reversed);

    assertThat(TestPlanner.plan(reversed, options)).isEqualTo(TestPlanner.plan(ALL, options));
  }

  @Test
  void anotherSeedGivesAnotherTest() {
    TestSheet a = TestPlanner.plan(ALL, PlanOptions.of("History", 8, 1));
    TestSheet b = TestPlanner.plan(ALL, PlanOptions.of("History", 8, 2));

    assertThat(keys(a.first())).isNotEqualTo(keys(b.first()));
  }

  @Test
  void usableQuestionsAreAboveTheThresholdAndOnePerFact() {
    List<Question> usable = TestPlanner.usable(ALL, PlanOptions.of("History", 1, 0));

    assertThat(usable).hasSize(SheetFixtures.USABLE);
    assertThat(usable)
        .extracting(Question::key)
        .doesNotContain("q-0000000000d1", "q-0000000000d2", "q-0000000000w1")
        .contains("q-000000000001", "q-000000000010");
  }

  @Test
  void neverAsksTwiceAboutOneFact() {
    for (long seed = 0; seed < 20; seed++) {
      TestSheet sheet =
          TestPlanner.plan(ALL, PlanOptions.of("History", SheetFixtures.USABLE, seed));
      Set<Object> facts = new HashSet<>();
      for (SheetItem item : sheet.first().items()) {
        Question q = item.question();
        assertThat(facts.add(List.of(q.source().evidence(), q.source().answerSpan()))).isTrue();
        assertThat(facts.add(List.of(q.source().document(), q.value()))).isTrue();
      }
    }
  }

  @Test
  void asksEvenlyAboutEachDocumentFactKindAndForm() {
    for (long seed = 0; seed < 20; seed++) {
      TestSheet sheet = TestPlanner.plan(ALL, PlanOptions.of("History", 6, seed));
      Map<String, Long> perDoc =
          sheet.first().items().stream()
              .collect(
                  Collectors.groupingBy(
                      i -> i.question().source().document(), Collectors.counting()));
      Map<FactKind, Long> perKind =
          sheet.first().items().stream()
              .collect(Collectors.groupingBy(i -> i.question().kind(), Collectors.counting()));
      Set<QuestionType> types =
          sheet.first().items().stream().map(i -> i.question().type()).collect(Collectors.toSet());

      assertThat(perDoc)
          .containsOnlyKeys(SheetFixtures.RAIL, SheetFixtures.CANAL, SheetFixtures.CITY)
          .allSatisfy((doc, n) -> assertThat(n).isEqualTo(2));
      assertThat(perKind).allSatisfy((kind, n) -> assertThat(n).isEqualTo(2));
      assertThat(types).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void spreadsDifficultyByFailureRateWhenLearnersHaveSeenTheQuestions() {
    Map<String, Double> rates = new HashMap<>();
    for (Question q : ALL) {
      rates.put(q.key(), q.key().endsWith("1") || q.key().endsWith("2") ? 0.8 : 0.05);
    }
    TestSheet sheet = TestPlanner.plan(ALL, PlanOptions.of("History", 6, 3), rates);

    assertThat(sheet.first().items())
        .extracting(SheetItem::difficulty)
        .contains(Difficulty.HARD, Difficulty.EASY);
    assertThat(sheet.first().items()).allSatisfy(i -> assertThat(i.failureRate()).isPresent());
  }

  @Test
  void aFailureRateOutsideZeroToOneIsRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                TestPlanner.plan(
                    ALL, PlanOptions.of("History", 3, 0), Map.of("q-000000000001", 1.5)));

    assertThat(e).hasMessage("failure rate of q-000000000001 must be in [0, 1]: 1.5");
  }

  @Test
  void askingForMoreQuestionsThanUsableSaysHowManyThereAre() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> TestPlanner.plan(ALL, PlanOptions.of("History", 30, 0)));

    assertThat(e)
        .hasMessage(
            "asked for 30 questions but only 14 are available (after the quality threshold)");
  }

  @Test
  void theMessageNamesTheTypeFilterWhenThereIsOne() {
    PlanOptions options =
        PlanOptions.of("History", 7, 0)
            .withTypes(EnumSet.of(QuestionType.CLOZE, QuestionType.NUMERIC));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TestPlanner.plan(ALL, options));

    assertThat(e)
        .hasMessage(
            "asked for 7 questions but only 6 are available"
                + " (after the quality threshold and the types cloze, numeric)");
  }

  @Test
  void distinctVersionsNeedEnoughQuestionsForAll() {
    PlanOptions options = PlanOptions.of("History", 5, 0).withVersions(3, true);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TestPlanner.plan(ALL, options));

    assertThat(e)
        .hasMessage(
            "asked for 3 distinct versions of 5 questions (15 in all)"
                + " but only 14 are available (after the quality threshold)");
  }

  @Test
  void onlyAllowedFormsAreUsed() {
    PlanOptions options =
        PlanOptions.of("History", 4, 0)
            .withTypes(EnumSet.of(QuestionType.CLOZE, QuestionType.NUMERIC));

    assertThat(TestPlanner.plan(ALL, options).first().items())
        .extracting(i -> i.question().type())
        .containsOnly(QuestionType.CLOZE, QuestionType.NUMERIC);
  }

  @Test
  void versionsAskTheSameQuestionsInOtherOrdersWithShuffledChoices() {
    TestSheet sheet =
        TestPlanner.plan(ALL, PlanOptions.of("History", 10, 7).withVersions(3, false));

    List<String> a = keys(sheet.versions().get(0));
    for (SheetVersion v : sheet.versions().subList(1, 3)) {
      assertThat(keys(v)).containsExactlyInAnyOrderElementsOf(a).isNotEqualTo(a);
    }
    for (SheetItem item : sheet.allItems()) {
      if (item.question().prompt() instanceof Prompt.MultipleChoice mc) {
        assertThat(item.choices().get(item.correct())).isEqualTo(mc.choices().get(mc.correct()));
      }
    }
    Set<List<String>> orders = new HashSet<>();
    for (SheetVersion v : sheet.versions()) {
      for (SheetItem item : v.items()) {
        if (item.question().key().equals("q-000000000002")) {
          orders.add(item.choices());
        }
      }
    }
    assertThat(orders).hasSizeGreaterThan(1);
  }

  @Test
  void distinctVersionsShareNoQuestion() {
    TestSheet sheet = TestPlanner.plan(ALL, PlanOptions.of("History", 4, 5).withVersions(3, true));

    assertThat(sheet.distinct()).isTrue();
    assertThat(sheet.uniqueItems()).hasSize(12);
    assertThat(sheet.versions()).extracting(SheetVersion::label).containsExactly("A", "B", "C");
    for (SheetVersion v : sheet.versions()) {
      assertThat(v.items())
          .hasSize(4)
          .extracting(i -> i.question().source().document())
          .contains(SheetFixtures.RAIL, SheetFixtures.CANAL, SheetFixtures.CITY);
    }
  }
}
