package dev.quiz.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.quiz.testing.Shared;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With real seeded fuzz, every random number the scheduler draws is one Anki's fuzz allows: replays
 * the inputs of {@code vectors-fuzz.json} and checks each draw against the README's range table.
 */
class Sm2FuzzRangeTest {

  /** README "Fuzz": the range of {@code randint} for interval {@code ivl}, written out again. */
  private static int[] ankiRange(int ivl) {
    if (ivl < 2) {
      return new int[] {1, 1};
    }
    if (ivl == 2) {
      return new int[] {2, 3};
    }
    int f =
        ivl < 7
            ? Math.max(1, (int) (0.25 * ivl))
            : ivl < 30 ? Math.max(2, (int) (0.15 * ivl)) : Math.max(4, (int) (0.05 * ivl));
    return new int[] {ivl - f, ivl + f};
  }

  @Test
  void everySeededDrawIsInsideTheRangeAnkiAllows() throws IOException {
    JsonObject doc = Sm2Vectors.read(Shared.path("sm2-ref", "vectors-fuzz.json"));
    List<int[]> draws = new ArrayList<>();
    for (JsonElement e : doc.getAsJsonArray("cases")) {
      Sm2Vectors.replay(
          doc,
          e.getAsJsonObject(),
          i -> (ctx, r) -> Sm2Fuzz.seeded().draws(ctx, r).map(d -> recording(d, draws)));
    }
    int randints = 0;
    for (int[] d : draws) {
      assertThat(d[3]).isBetween(d[1], d[0] == 0 ? d[2] : d[2] - 1);
      if (d[0] == 0) {
        randints++;
        int[] want = d[1] == 2 && d[2] == 3 ? new int[] {2, 3} : ankiRange((d[1] + d[2]) / 2);
        assertThat(new int[] {d[1], d[2]}).containsExactly(want);
      } else {
        assertThat(d[1]).isZero();
        assertThat(d[2]).isBetween(15, 300);
      }
    }
    assertThat(randints).isGreaterThan(1000);
  }

  /** Records {fn (0 randint, 1 randrange), a, b, value} of every draw. */
  private static Sm2Random recording(Sm2Random inner, List<int[]> out) {
    return new Sm2Random() {
      @Override
      public int randint(int lo, int hi) {
        int v = inner.randint(lo, hi);
        out.add(new int[] {0, lo, hi, v});
        return v;
      }

      @Override
      public int randrange(int start, int stop) {
        int v = inner.randrange(start, stop);
        out.add(new int[] {1, start, stop, v});
        return v;
      }
    };
  }

  @Test
  void theFuzzOffSourceDrawsNothing() {
    assertThat(
            Sm2Fuzz.off()
                .draws(
                    new ReviewContext(java.time.Instant.EPOCH, 1), dev.quiz.core.model.Rating.GOOD))
        .isEqualTo(Optional.empty());
  }
}
