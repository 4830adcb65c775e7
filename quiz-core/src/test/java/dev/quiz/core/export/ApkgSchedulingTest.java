package dev.quiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.MemoryState;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cards and review history with scheduling (README §3, §7-9). */
class ApkgSchedulingTest {
  private static final Instant T = Fixtures.NOW;

  @TempDir Path dir;

  /** README §8's worked example: reviewed until T-5 with a 12-day interval, due on T+7. */
  private static CardState reviewed(Instant due, int ease) {
    return new CardState(
        CardType.REVIEW,
        due,
        Optional.of(new MemoryState(12, 5)),
        12,
        10,
        0,
        ease,
        7,
        1,
        Optional.of(T.minus(Duration.ofDays(5))));
  }

  private static CardState state(CardType type, Instant due, int days, Optional<Instant> last) {
    return new CardState(type, due, Optional.empty(), days, 0, 0, 2500, 2, 0, last);
  }

  private static Card card(long note, CardState s, boolean suspended) {
    return new Card(
        new CardId(100 + note),
        Fixtures.notes().get((int) note - 1).id(),
        Fixtures.DECK,
        s,
        suspended);
  }

  private Apkg export(ExportOptions options, List<Card> cards, List<ReviewLog> reviews) {
    List<Note> notes = Fixtures.notes();
    return Apkg.open(
        ApkgExporter.export(
                Fixtures.data(notes, cards, reviews),
                options,
                dir.resolve("s.apkg"),
                ProgressListener.NONE)
            .file(),
        dir);
  }

  private static ExportOptions scheduled() {
    return Fixtures.options().toBuilder().withScheduling(true).build();
  }

  @Test
  void reviewCardKeepsItsDueDayIntervalEaseAndCounts() throws Exception {
    List<Card> cards = new ArrayList<>(Fixtures.newCards(Fixtures.notes()));
    cards.set(0, card(1, reviewed(T.plus(Duration.ofDays(7)), 2300), false));
    try (Apkg apkg = export(scheduled(), cards, List.of())) {
      Map<String, Object> c =
          apkg.row("select * from cards where nid = " + (ExportPlan.ID_BASE + 1));
      assertThat(c)
          .containsEntry("type", 2)
          .containsEntry("queue", 2)
          .containsEntry("due", 8)
          .containsEntry("ivl", 12)
          .containsEntry("factor", 2300)
          .containsEntry("reps", 7)
          .containsEntry("lapses", 1)
          .containsEntry("left", 0)
          .containsEntry(
              "data", "{\"pos\":1,\"lrt\":" + T.minus(Duration.ofDays(5)).getEpochSecond() + "}");
      assertThat(apkg.number("select count(*) from cards where type = 0 and queue = 0"))
          .isEqualTo(4);
    }
  }

  @Test
  void withoutSchedulingEveryCardIsNewAndNoHistoryIsWritten() throws Exception {
    List<Card> cards = new ArrayList<>(Fixtures.newCards(Fixtures.notes()));
    cards.set(0, card(1, reviewed(T.plus(Duration.ofDays(7)), 2300), true));
    try (Apkg apkg = export(Fixtures.options(), cards, history())) {
      assertThat(
              apkg.number("select count(*) from cards where type = 0 and queue = 0 and reps = 0"))
          .isEqualTo(5);
      assertThat(apkg.number("select count(*) from revlog")).isZero();
    }
  }

  @Test
  void suspendedLearningAndRelearningCardsAreExportedAsAnkiCanKeepThem() throws Exception {
    List<Card> cards = new ArrayList<>(Fixtures.newCards(Fixtures.notes()));
    cards.set(1, card(2, reviewed(T.plus(Duration.ofDays(3)), 0), true));
    cards.set(2, card(3, state(CardType.LEARNING, T.plusSeconds(600), 0, Optional.of(T)), false));
    cards.set(3, card(4, state(CardType.RELEARNING, T.plusSeconds(600), 0, Optional.of(T)), false));
    try (Apkg apkg = export(scheduled(), cards, List.of())) {
      List<Map<String, Object>> c =
          apkg.rows("select type, queue, due, ivl, factor, reps from cards order by id");
      assertThat(c.get(1))
          .containsEntry("type", 2)
          .containsEntry("queue", -1)
          .containsEntry("due", 4)
          .containsEntry("factor", 2500);
      assertThat(c.get(2))
          .containsEntry("type", 0)
          .containsEntry("queue", 0)
          .containsEntry("due", 3)
          .containsEntry("reps", 2);
      assertThat(c.get(3))
          .containsEntry("type", 2)
          .containsEntry("queue", 2)
          .containsEntry("due", 1)
          .containsEntry("ivl", 1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    // zone, due instant, expected day number, creationOffset, crt
    "UTC, 2026-03-22T10:00:00Z, 8, 0, 2026-03-14T12:00:00Z",
    "UTC, 2026-03-22T03:59:00Z, 7, 0, 2026-03-14T12:00:00Z",
    "America/Los_Angeles, 2026-03-22T17:00:00Z, 8, 420, 2026-03-14T19:00:00Z",
    "America/Los_Angeles, 2026-03-22T10:30:00Z, 7, 420, 2026-03-14T19:00:00Z",
    "Europe/Berlin, 2026-03-22T10:00:00Z, 8, -60, 2026-03-14T11:00:00Z",
    // 00:00 on the 16th there: D0 is the 15th, the due time falls before the 23rd's rollover
    "Pacific/Kiritimati, 2026-03-22T10:00:00Z, 7, -840, 2026-03-14T22:00:00Z",
  })
  void dueDaysAndCreationFollowTheExportersZone(
      String zone, Instant due, int day, int offset, Instant crt) throws Exception {
    ExportOptions options = scheduled().toBuilder().zone(ZoneId.of(zone)).build();
    List<Card> cards = new ArrayList<>(Fixtures.newCards(Fixtures.notes()));
    cards.set(0, card(1, reviewed(due, 2300), false));
    try (Apkg apkg = export(options, cards, List.of())) {
      assertThat(apkg.number("select due from cards where queue = 2")).isEqualTo(day);
      assertThat(apkg.json("conf").get("creationOffset").getAsInt()).isEqualTo(offset);
      assertThat(apkg.number("select crt from col")).isEqualTo(crt.getEpochSecond());
    }
  }

  /** Good (learning), Good (graduates, 3 days), Again (lapse), and two answers in one ms. */
  private static List<ReviewLog> history() {
    Instant t0 = T.minus(Duration.ofDays(20));
    CardState fresh = CardState.newCard(Fixtures.CREATED);
    CardState learning = state(CardType.LEARNING, t0.plusSeconds(600), 0, Optional.of(t0));
    CardState review =
        state(CardType.REVIEW, t0.plus(Duration.ofDays(3)), 3, Optional.of(t0.plusSeconds(600)));
    Instant t2 = t0.plus(Duration.ofDays(3));
    CardState relearning =
        new CardState(
            CardType.RELEARNING,
            t2.plusSeconds(600),
            Optional.empty(),
            1,
            3,
            0,
            2300,
            3,
            1,
            Optional.of(t2));
    CardId c1 = new CardId(101);
    return List.of(
        new ReviewLog(new CardId(102), t0, Rating.EASY, fresh, review, Duration.ofSeconds(90)),
        new ReviewLog(c1, t2, Rating.AGAIN, review, relearning, Duration.ofSeconds(4)),
        new ReviewLog(
            c1, t0.plusSeconds(600), Rating.GOOD, learning, review, Duration.ofSeconds(3)),
        new ReviewLog(c1, t0, Rating.GOOD, fresh, learning, Duration.ofMillis(5200)),
        new ReviewLog(new CardId(999), t0, Rating.GOOD, fresh, learning, Duration.ZERO),
        new ReviewLog(c1, T.plusSeconds(1), Rating.GOOD, fresh, learning, Duration.ZERO));
  }

  @Test
  void reviewHistoryBecomesRevlogInV2CodingOldestFirstWithUniqueIds() throws Exception {
    try (Apkg apkg = export(scheduled(), Fixtures.newCards(Fixtures.notes()), history())) {
      List<Map<String, Object>> r = apkg.rows("select * from revlog order by id");
      long t0 = T.minus(Duration.ofDays(20)).toEpochMilli();
      long card1 = ExportPlan.ID_BASE + 1;
      long card2 = ExportPlan.ID_BASE + 2;
      assertThat(r).hasSize(4);
      assertThat(r.get(0))
          .containsEntry("id", t0)
          .containsEntry("cid", card1)
          .containsEntry("usn", -1)
          .containsEntry("ease", 3)
          .containsEntry("ivl", -600)
          .containsEntry("lastIvl", -60)
          .containsEntry("factor", 0)
          .containsEntry("time", 5200)
          .containsEntry("type", 0);
      assertThat(r.get(1))
          .containsEntry("id", t0 + 1)
          .containsEntry("cid", card2)
          .containsEntry("ease", 4)
          .containsEntry("ivl", 3)
          .containsEntry("factor", 2500)
          .containsEntry("time", 60_000)
          .containsEntry("type", 0);
      assertThat(r.get(2))
          .containsEntry("cid", card1)
          .containsEntry("ease", 3)
          .containsEntry("ivl", 3)
          .containsEntry("lastIvl", -600)
          .containsEntry("type", 0);
      assertThat(r.get(3))
          .containsEntry("ease", 1)
          .containsEntry("ivl", -600)
          .containsEntry("lastIvl", 3)
          .containsEntry("factor", 2300)
          .containsEntry("type", 1);
    }
  }
}
