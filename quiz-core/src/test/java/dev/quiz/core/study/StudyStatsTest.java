package dev.quiz.core.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudyStatsTest {
  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  private final InMemoryStore store = new InMemoryStore();
  private final Deck deck = store.deckNamed("History", SchedulerKind.FSRS);

  private Card card(int n, CardType type, Instant due, int lapses) {
    String evidence = "Sentence.";
    Question q =
        new Question(
            String.format("q-%012d", n),
            FactKind.NUMBER,
            new Prompt.ShortAnswer("Question " + n + "?"),
            "1",
            new AnswerValue.Number(1, 1, false),
            new Source("doc.txt", evidence, new TextSpan(0, evidence.length()), new TextSpan(0, 1)),
            1.0,
            Collections.emptyList());
    store.upsertNote(deck.id(), new DocumentId(1), q, NOW.minus(Duration.ofDays(60)));
    List<Card> all = store.cards(Optional.empty());
    Card c = all.get(all.size() - 1);
    CardState s =
        new CardState(type, due, Optional.empty(), 1, 0, 0, 0, 1, lapses, Optional.of(NOW));
    Card updated = type == CardType.NEW ? c : c.withState(s);
    store.updateCard(updated);
    return updated;
  }

  private void review(Card c, Instant at, CardType before, Rating rating) {
    CardState b = c.state().withDue(at);
    CardState s = new CardState(before, at, Optional.empty(), 1, 0, 0, 0, 1, 0, Optional.of(at));
    store.saveReview(
        c,
        new ReviewLog(
            c.id(),
            at,
            rating,
            before == CardType.NEW ? CardState.newCard(at) : s,
            b,
            Duration.ZERO));
  }

  @Test
  void countsCardsForecastRetentionStreakAndHardestCards() {
    card(1, CardType.NEW, NOW, 0);
    Card overdue = card(2, CardType.REVIEW, NOW.minus(Duration.ofDays(3)), 4);
    card(3, CardType.REVIEW, NOW.plus(Duration.ofHours(3)), 0);
    card(4, CardType.LEARNING, NOW.plus(Duration.ofDays(1)), 1);
    card(5, CardType.REVIEW, NOW.plus(Duration.ofDays(40)), 0);
    Card hidden = card(6, CardType.REVIEW, NOW, 9);
    store.updateCard(hidden.withSuspended(true));
    review(overdue, NOW.minus(Duration.ofHours(1)), CardType.REVIEW, Rating.GOOD);
    review(overdue, NOW.minus(Duration.ofDays(1)), CardType.REVIEW, Rating.AGAIN);
    review(overdue, NOW.minus(Duration.ofDays(2)), CardType.NEW, Rating.GOOD);
    review(overdue, NOW.minus(Duration.ofDays(10)), CardType.REVIEW, Rating.HARD);

    StudyStats s =
        StudyStats.compute(
            store, Optional.empty(), java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

    assertThat(s.byState())
        .containsEntry(CardType.NEW, 1)
        .containsEntry(CardType.REVIEW, 3)
        .containsEntry(CardType.LEARNING, 1)
        .containsEntry(CardType.RELEARNING, 0);
    assertThat(s.suspended()).isEqualTo(1);
    assertThat(s.dueToday()).isEqualTo(2);
    assertThat(s.dueTomorrow()).isEqualTo(1);
    assertThat(s.forecast()).hasSize(30);
    assertThat(s.forecast().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    assertThat(s.last7()).isEqualTo(new StudyStats.Retention(2, 1));
    assertThat(s.last30()).isEqualTo(new StudyStats.Retention(3, 2));
    assertThat(s.last30().rate()).contains(2 / 3.0);
    assertThat(s.reviewsPerDay().subList(26, 30)).containsExactly(0, 1, 1, 1);
    assertThat(s.streak()).isEqualTo(3);
    assertThat(s.hardest()).extracting(StudyStats.HardCard::lapses).containsExactly(4, 1);
    assertThat(s.hardest().get(0).question()).isEqualTo("Question 2?");
  }
}
