package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.quiz.testing.Shared;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every answer of Anki 2.1.16's golden vectors ({@code shared/sm2-ref}), replayed through {@link
 * Sm2} and compared on every field: card, revlog, button intervals, day numbers and leech flags.
 */
class Sm2VectorsTest {

  @Test
  void everyAnswerOfTheUnfuzzedVectorsMatchesAnkiOnEveryField() throws IOException {
    JsonObject doc = Sm2Vectors.read(Shared.path("sm2-ref", "vectors.json"));
    List<String> mismatches = new ArrayList<>();
    int steps = 0;
    for (JsonElement e : doc.getAsJsonArray("cases")) {
      JsonObject kase = e.getAsJsonObject();
      JsonArray got = Sm2Vectors.replay(doc, kase, i -> Sm2Fuzz.off());
      steps += compare(kase, got, mismatches);
      assertThat(Sm2Vectors.iso(dayZero(doc, kase))).isEqualTo(kase.get("day0").getAsString());
    }
    assertThat(steps).isEqualTo(16_436);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theFuzzedVectorsMatchExactlyWhenAnkisRecordedDrawsAreInjected() throws IOException {
    JsonObject doc = Sm2Vectors.read(Shared.path("sm2-ref", "vectors-fuzz.json"));
    List<String> mismatches = new ArrayList<>();
    int steps = 0;
    for (JsonElement e : doc.getAsJsonArray("cases")) {
      JsonObject kase = e.getAsJsonObject();
      JsonArray want = kase.getAsJsonArray("steps");
      List<RecordedDraws> used = new ArrayList<>();
      JsonArray got =
          Sm2Vectors.replay(
              doc,
              kase,
              i -> {
                JsonObject step = want.get(i).getAsJsonObject();
                RecordedDraws draws = new RecordedDraws(step.getAsJsonArray("draws"));
                used.add(draws);
                int rating = step.get("rating").getAsInt();
                return (ctx, r) ->
                    r.code() == rating ? Optional.<Sm2Random>of(draws) : Optional.empty();
              });
      for (int i = 0; i < got.size(); i++) {
        got.get(i).getAsJsonObject().add("draws", want.get(i).getAsJsonObject().get("draws"));
        if (used.get(i).remaining() != 0) {
          mismatches.add(kase.get("id").getAsString() + "#" + i + ": unused draws");
        }
      }
      steps += compare(kase, got, mismatches);
    }
    assertThat(steps).isEqualTo(2_336);
    assertThat(mismatches).isEmpty();
  }

  private static long dayZero(JsonObject doc, JsonObject kase) {
    int rollover = Sm2Vectors.config(doc, kase).get("rollover").getAsInt();
    long start = java.time.Instant.parse(kase.get("start").getAsString()).getEpochSecond();
    return Sm2Vectors.dayStart(start, rollover);
  }

  private static int compare(JsonObject kase, JsonArray got, List<String> mismatches) {
    JsonArray want = kase.getAsJsonArray("steps");
    assertThat(got.size()).isEqualTo(want.size());
    for (int i = 0; i < want.size(); i++) {
      List<String> d = Sm2Vectors.diff(want.get(i).getAsJsonObject(), got.get(i).getAsJsonObject());
      if (!d.isEmpty() && mismatches.size() < 30) {
        mismatches.add(kase.get("id").getAsString() + "#" + i + ": " + d);
      } else if (!d.isEmpty()) {
        mismatches.add("...");
      }
    }
    return want.size();
  }

  /** Anki's recorded draws for one answer; fails on any call that Anki did not make. */
  static final class RecordedDraws implements Sm2Random {
    private final JsonArray draws;
    private int next;

    RecordedDraws(JsonArray draws) {
      this.draws = draws;
    }

    int remaining() {
      return draws.size() - next;
    }

    @Override
    public int randint(int lo, int hi) {
      return take("randint", lo, hi);
    }

    @Override
    public int randrange(int start, int stop) {
      return take("randrange", start, stop);
    }

    private int take(String fn, int a, int b) {
      if (next >= draws.size()) {
        throw new AssertionError("unexpected draw " + fn + "(" + a + ", " + b + ")");
      }
      JsonObject d = draws.get(next++).getAsJsonObject();
      JsonArray args = d.getAsJsonArray("args");
      String want = d.get("fn").getAsString() + args;
      String got = fn + "[" + a + "," + b + "]";
      if (!want.equals(got)) {
        throw new AssertionError("draw " + (next - 1) + ": Anki drew " + want + ", port " + got);
      }
      return d.get("value").getAsInt();
    }
  }
}
