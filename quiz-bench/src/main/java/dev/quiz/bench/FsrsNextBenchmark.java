package dev.quiz.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.MemoryState;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.schedule.ReviewContext;
import dev.quiz.core.schedule.Scheduler;
import dev.quiz.core.schedule.Schedulers;
import dev.quiz.core.schedule.SchedulingStates;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Next-state computation of the FSRS scheduler: one operation is {@code next(card, ctx)}, all four
 * outcomes of one review, cycling through a workload of real (card, review time) pairs that
 * scripts/bench-fsrs.sh extracts from ts-fsrs replays (the same pairs its node side times with
 * {@code f.repeat}). Run with {@code -Dworkload=PATH}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FsrsNextBenchmark {
  @Param({"false", "true"})
  public boolean fuzz;

  private Scheduler scheduler;
  private CardState[] cards;
  private ReviewContext[] contexts;
  private int next;

  @Setup
  public void load() throws IOException {
    Path path = Path.of(System.getProperty("workload", "workload.json"));
    List<CardState> cs = new ArrayList<>();
    List<ReviewContext> ctx = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      JsonArray items = JsonParser.parseReader(r).getAsJsonArray();
      for (JsonElement e : items) {
        JsonObject item = e.getAsJsonObject();
        Instant now = Instant.parse(item.get("now").getAsString());
        cs.add(card(item.get("card"), now));
        ctx.add(new ReviewContext(now, 0));
      }
    }
    cards = cs.toArray(new CardState[0]);
    contexts = ctx.toArray(new ReviewContext[0]);
    scheduler = Schedulers.fsrs(FsrsParameters.defaults().withFuzz(fuzz));
  }

  @Benchmark
  public SchedulingStates next() {
    int i = next;
    next = i + 1 == cards.length ? 0 : i + 1;
    return scheduler.next(cards[i], contexts[i]);
  }

  private static CardState card(JsonElement e, Instant now) {
    if (e.isJsonNull()) {
      return CardState.newCard(now);
    }
    JsonObject o = e.getAsJsonObject();
    return new CardState(
        CardType.valueOf(o.get("state").getAsString().toUpperCase(java.util.Locale.ROOT)),
        Instant.parse(o.get("due").getAsString()),
        Optional.of(new MemoryState(o.get("stability").getAsDouble(),
            o.get("difficulty").getAsDouble())),
        o.get("scheduled_days").getAsInt(),
        o.get("elapsed_days").getAsInt(),
        o.get("learning_steps").getAsInt(),
        0,
        o.get("reps").getAsInt(),
        o.get("lapses").getAsInt(),
        Optional.of(Instant.parse(o.get("last_review").getAsString())));
  }
}
