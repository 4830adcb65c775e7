package dev.quiz.bench;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.MemoryState;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.model.TextSpan;
import dev.quiz.core.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Banks for the benchmarks (scripts/bench-drill.sh, {@link DueCardBenchmark}):
 *   java -cp quiz-bench/target/benchmarks.jar dev.quiz.bench.BenchBank make BANK N
 *       a bank of N cards, 60% review (due from 30 days ago to 60 days ahead), 40% new
 *   java -cp quiz-bench/target/benchmarks.jar dev.quiz.bench.BenchBank due BANK
 *       times Store.dueCards(deck, now, 1)
 */
public class BenchBank {
  public static void main(String[] args) {
    if (args[0].equals("make")) {
      make(Path.of(args[1]), Integer.parseInt(args[2]));
    } else {
      due(Path.of(args[1]));
    }
  }

  public static void make(Path file, int n) {
    try {
      Files.deleteIfExists(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Instant now = Instant.now();
    SplittableRandom rnd = new SplittableRandom(42);
    long t0 = System.nanoTime();
    try (SqliteStore store = SqliteStore.open(file)) {
      Deck deck = store.deckNamed("Bench", SchedulerKind.FSRS);
      SourceDocument doc = store.saveDocument("bench.txt", "Bench", "00", 1);
      int batch = 10_000;
      for (int from = 0; from < n; from += batch) {
        int start = from;
        store.inTransaction(s -> {
          for (int i = start; i < Math.min(n, start + batch); i++) {
            var note = s.upsertNote(deck.id(), doc.id(), question(i), now.minus(Duration.ofDays(90)));
            if (rnd.nextInt(10) < 6) {
              Card c = s.cardsOf(note.id()).get(0);
              s.updateCard(c.withState(review(now, rnd)));
            }
          }
          return null;
        });
      }
    }
    System.out.printf("made %s: %,d cards in %.1f s%n", file, n, (System.nanoTime() - t0) / 1e9);
  }

  static CardState review(Instant now, SplittableRandom rnd) {
    int ivl = 1 + rnd.nextInt(60);
    Instant due = now.plus(Duration.ofMinutes(rnd.nextInt(90 * 24 * 60) - 30 * 24 * 60));
    return new CardState(
        CardType.REVIEW, due, Optional.of(new MemoryState(ivl, 5)), ivl, ivl, 0, 0, 3, 0,
        Optional.of(due.minus(Duration.ofDays(ivl))));
  }

  static Question question(int i) {
    String evidence = "Bench sentence " + i + ".";
    return new Question(
        String.format("q-%012x", i + 1), FactKind.NUMBER,
        new Prompt.ShortAnswer("How many things in bench question " + i + "?"),
        Integer.toString(i), new AnswerValue.Number(i, i, false),
        new Source("bench.txt", evidence, new TextSpan(0, evidence.length()), new TextSpan(0, 1)),
        1.0, Collections.emptyList());
  }

  static void due(Path file) {
    try (SqliteStore store = SqliteStore.open(file)) {
      Deck deck = store.findDeck("Bench").get();
      Instant now = Instant.now();
      for (int i = 0; i < 200; i++) { // warm up
        store.dueCards(Optional.of(deck.id()), now, 1);
        store.dueCards(Optional.empty(), now, 1);
      }
      for (Optional<dev.quiz.core.model.DeckId> scope : Arrays.asList(Optional.of(deck.id()), Optional.<dev.quiz.core.model.DeckId>empty())) {
        long[] ns = new long[1000];
        for (int i = 0; i < ns.length; i++) {
          long t = System.nanoTime();
          store.dueCards(scope, now.plusMillis(i), 1);
          ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("next due card (%s): median %.3f ms, p99 %.3f ms, max %.3f ms%n",
            scope.isPresent() ? "one deck" : "all decks",
            ns[500] / 1e6, ns[990] / 1e6, ns[999] / 1e6);
      }
    }
  }
}
