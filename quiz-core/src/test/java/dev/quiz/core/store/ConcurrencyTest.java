package dev.quiz.core.store;

import static dev.quiz.core.store.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.model.Deck;
import dev.quiz.core.model.SchedulerKind;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections on one bank: a writer waits for the other's transaction instead of failing. */
class ConcurrencyTest {
  @TempDir Path dir;

  @Test
  void aSecondWriterWaitsForTheFirstTransactionAndThenSucceeds() throws Exception {
    Path bank = dir.resolve("bank.db");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (SqliteStore first = SqliteStore.open(bank, CLOCK);
        SqliteStore second = SqliteStore.open(bank, CLOCK)) {
      CountDownLatch started = new CountDownLatch(1);
      CompletableFuture<Deck> waiting = new CompletableFuture<>();

      first.inTransaction(
          s -> {
            s.deckNamed("First", SchedulerKind.FSRS);
            pool.submit(
                () -> {
                  started.countDown();
                  try {
                    waiting.complete(second.deckNamed("Second", SchedulerKind.SM2));
                  } catch (RuntimeException e) {
                    waiting.completeExceptionally(e);
                  }
                });
            await(started);
            pause(300); // the second writer is now inside its busy wait
            assertThat(waiting).isNotDone();
            return null;
          });

      Deck second2 = waiting.get(10, TimeUnit.SECONDS);
      assertThat(second2.name()).isEqualTo("Second");
      assertThat(first.decks()).extracting(Deck::name).containsExactly("First", "Second");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
