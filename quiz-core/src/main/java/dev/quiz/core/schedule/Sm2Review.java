package dev.quiz.core.schedule;

import java.util.List;
import java.util.Optional;

/**
 * Anki 2.1.16's SM-2 on review cards: the Hard/Good/Easy intervals, lapses and the leech check
 * [_answerRevCard, _nextRevIvl, _constrainedIvl, _rescheduleLapse, _checkLeech]. Immutable.
 */
final class Sm2Review {
  private static final Sm2Fuzzer NO_FUZZ = new Sm2Fuzzer(Optional.<Sm2Random>empty());

  private final Sm2Settings settings;

  Sm2Review(Sm2Settings settings) {
    this.settings = settings;
  }

  /** An answer on a card in queue 2. */
  Sm2Log answer(Sm2Card card, int ease, Sm2Day day, Sm2Fuzzer fuzzer) {
    int lastIvl = card.ivl;
    int logIvl;
    if (ease == 1) {
      logIvl = lapse(card, day, fuzzer);
    } else {
      int[] ivls = intervals(card, day, fuzzer, ease);
      card.ivl = ivls[ivls.length - 1];
      int delta = ease == 2 ? -150 : ease == 3 ? 0 : 150;
      card.factor = Math.max(Sm2Settings.MIN_EASE_PERMILLE, card.factor + delta);
      card.due = day.today() + card.ivl;
      logIvl = card.ivl;
    }
    return new Sm2Log(1, logIvl, lastIvl, card.factor);
  }

  /** Again on a review card; returns the revlog interval. */
  private int lapse(Sm2Card card, Sm2Day day, Sm2Fuzzer fuzzer) {
    card.lapses += 1;
    card.factor = Math.max(Sm2Settings.MIN_EASE_PERMILLE, card.factor - 200);
    card.leech = leech(card.lapses);
    boolean suspended = card.leech.isPresent() && card.leech.get() == Sm2LeechAction.SUSPEND;
    List<Integer> delays = settings.relearningStepsMinutes();
    card.ivl = lapseInterval(card.ivl);
    if (!delays.isEmpty() && !suspended) {
      card.type = 3;
      card.left = Sm2Steps.startingLeft(delays, day);
      int secs = Sm2Steps.secs(delays, card.left);
      Sm2Steps.schedule(card, secs, day, fuzzer);
      return -secs;
    }
    card.due = day.today() + card.ivl;
    card.type = 2;
    card.queue = suspended ? Sm2Card.QUEUE_SUSPENDED : Sm2Card.QUEUE_REVIEW;
    return card.ivl;
  }

  /** The leech action when {@code lapses} reaches the threshold or a half-threshold after it. */
  private Optional<Sm2LeechAction> leech(int lapses) {
    int fails = settings.leechThreshold();
    if (fails > 0 && lapses >= fails && (lapses - fails) % Math.max(fails / 2, 1) == 0) {
      return Optional.of(settings.leechAction());
    }
    return Optional.empty();
  }

  /** The interval after a lapse, in days; not capped by the maximum interval [_lapseIvl]. */
  int lapseInterval(int ivl) {
    int kept = (int) (ivl * settings.newIntervalFactor());
    return Math.max(1, Math.max(settings.minimumIntervalDays(), kept));
  }

  /** Hard, Good, Easy intervals in days, up to button {@code upto} (2..4), from the old factor. */
  int[] intervals(Sm2Card card, Sm2Day day, Sm2Fuzzer fuzzer, int upto) {
    int[] out = new int[upto - 1];
    long late = Math.max(0, day.today() - card.due);
    double ease = card.factor / 1000.0;
    double hf = settings.hardIntervalFactor();
    int ivl = card.ivl;
    out[0] = constrain(ivl * hf, hf > 1 ? ivl : 0, fuzzer);
    if (upto >= 3) {
      out[1] = constrain((ivl + late / 2) * ease, out[0], fuzzer);
    }
    if (upto >= 4) {
      out[2] = constrain((ivl + late) * ease * settings.easyBonus(), out[1], fuzzer);
    }
    return out;
  }

  private int constrain(double raw, int previous, Sm2Fuzzer fuzzer) {
    int ivl = fuzzer.interval((int) (raw * settings.intervalModifier()));
    ivl = Math.max(ivl, Math.max(previous + 1, 1));
    return Math.min(ivl, settings.maximumIntervalDays());
  }

  /** The buttons of a review card, in seconds, without fuzz. */
  Sm2Intervals buttons(Sm2Card card, Sm2Day day) {
    List<Integer> delays = settings.relearningStepsMinutes();
    long again = delays.isEmpty() ? lapseInterval(card.ivl) * Sm2Day.DAY : delays.get(0) * 60L;
    int[] ivls = intervals(card, day, NO_FUZZ, 4);
    return new Sm2Intervals(
        again, ivls[0] * Sm2Day.DAY, ivls[1] * Sm2Day.DAY, ivls[2] * Sm2Day.DAY);
  }
}
