package dev.quiz.core.study;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Statistics of a deck (or all decks) on a day: cards by state, what falls due in the next 30 days,
 * true retention, reviews per day, the streak and the hardest cards. Days are calendar days in the
 * clock's zone. Immutable.
 *
 * @param byState cards not suspended, by type
 * @param suspended suspended cards
 * @param forecast learning and review cards due per day from today ({@link #FORECAST_DAYS} entries;
 *     today's includes overdue cards)
 * @param last7 reviews of review cards in the last 7 days (today included) and how many passed
 * @param last30 the same over 30 days
 * @param reviewsPerDay answers per day over the last 30 days, oldest first, today last
 * @param streak consecutive days with at least one answer, ending today (or yesterday when today
 *     has none yet)
 * @param hardest up to {@link #HARDEST} cards (not suspended) with the most lapses, most first
 */
public record StudyStats(
    Map<CardType, Integer> byState,
    int suspended,
    List<Integer> forecast,
    Retention last7,
    Retention last30,
    List<Integer> reviewsPerDay,
    int streak,
    List<HardCard> hardest) {
  /** Days the forecast covers: 30. */
  public static final int FORECAST_DAYS = 30;

  /** How many hardest cards are listed: 10. */
  public static final int HARDEST = 10;

  /** Days of history read for the streak: a year. */
  static final int STREAK_DAYS = 366;

  public StudyStats {
    byState = Collections.unmodifiableMap(new EnumMap<>(byState));
    forecast = Collections.unmodifiableList(new ArrayList<>(forecast));
    reviewsPerDay = Collections.unmodifiableList(new ArrayList<>(reviewsPerDay));
    hardest = Collections.unmodifiableList(new ArrayList<>(hardest));
    Objects.requireNonNull(last7, "last7 == null");
    Objects.requireNonNull(last30, "last30 == null");
  }

  /** Cards due today, overdue included. */
  public int dueToday() {
    return forecast.get(0);
  }

  /** Cards due tomorrow. */
  public int dueTomorrow() {
    return forecast.get(1);
  }

  /**
   * Answers to cards that were in review (not learning), and how many were not Again: Anki's "true
   * retention".
   */
  public record Retention(int reviews, int passed) {
    /** passed / reviews, in [0, 1]; empty without reviews. */
    public Optional<Double> rate() {
      return reviews == 0 ? Optional.<Double>empty() : Optional.of(passed / (double) reviews);
    }
  }

  /** A card often forgotten: its id, lapses and question text. */
  public record HardCard(CardId id, int lapses, String question) {}

  /**
   * Computes the statistics of {@code deck} (all decks when empty) today.
   *
   * @throws dev.quiz.core.StorageException when the bank fails
   */
  public static StudyStats compute(Store store, Optional<DeckId> deck, Clock clock) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    List<Card> cards = store.cards(deck);
    Map<CardType, Integer> byState = new EnumMap<>(CardType.class);
    for (CardType t : CardType.values()) {
      byState.put(t, 0);
    }
    int suspended = 0;
    int[] forecast = new int[FORECAST_DAYS];
    for (Card c : cards) {
      if (c.suspended()) {
        suspended++;
        continue;
      }
      byState.merge(c.state().type(), 1, Integer::sum);
      if (c.state().type() != CardType.NEW) {
        long day = ChronoUnit.DAYS.between(today, c.state().due().atZone(zone).toLocalDate());
        if (day < FORECAST_DAYS) {
          forecast[(int) Math.max(0, day)]++;
        }
      }
    }
    List<ReviewLog> year =
        store.reviews(
            deck,
            today.minusDays(STREAK_DAYS - 1).atStartOfDay(zone).toInstant(),
            today.plusDays(1).atStartOfDay(zone).toInstant());
    return new StudyStats(
        byState,
        suspended,
        boxed(forecast),
        retention(year, today.minusDays(6), zone),
        retention(year, today.minusDays(29), zone),
        perDay(year, today, zone),
        streak(year, today, zone),
        hardest(store, cards));
  }

  private static Retention retention(List<ReviewLog> reviews, LocalDate from, ZoneId zone) {
    int n = 0;
    int passed = 0;
    for (ReviewLog r : reviews) {
      if (r.before().type() == CardType.REVIEW
          && !r.reviewedAt().atZone(zone).toLocalDate().isBefore(from)) {
        n++;
        passed += r.rating() == Rating.AGAIN ? 0 : 1;
      }
    }
    return new Retention(n, passed);
  }

  private static List<Integer> perDay(List<ReviewLog> reviews, LocalDate today, ZoneId zone) {
    int[] days = new int[30];
    for (ReviewLog r : reviews) {
      long ago = ChronoUnit.DAYS.between(r.reviewedAt().atZone(zone).toLocalDate(), today);
      if (ago >= 0 && ago < days.length) {
        days[days.length - 1 - (int) ago]++;
      }
    }
    return boxed(days);
  }

  private static int streak(List<ReviewLog> reviews, LocalDate today, ZoneId zone) {
    Set<LocalDate> days = new HashSet<>();
    for (ReviewLog r : reviews) {
      days.add(r.reviewedAt().atZone(zone).toLocalDate());
    }
    LocalDate d = days.contains(today) ? today : today.minusDays(1);
    int n = 0;
    while (days.contains(d)) {
      n++;
      d = d.minusDays(1);
    }
    return n;
  }

  private static List<HardCard> hardest(Store store, List<Card> cards) {
    List<Card> lapsed = new ArrayList<>();
    for (Card c : cards) {
      if (c.state().lapses() > 0 && !c.suspended()) {
        lapsed.add(c);
      }
    }
    lapsed.sort(
        Comparator.comparingInt((Card c) -> -c.state().lapses())
            .thenComparing(c -> c.id().value()));
    List<HardCard> out = new ArrayList<>();
    for (Card c : lapsed.subList(0, Math.min(HARDEST, lapsed.size()))) {
      Optional<Note> note = store.note(c.noteId());
      String text = note.isPresent() ? note.get().question().prompt().text() : "";
      out.add(new HardCard(c.id(), c.state().lapses(), text));
    }
    return out;
  }

  private static List<Integer> boxed(int[] values) {
    List<Integer> out = new ArrayList<>(values.length);
    for (int v : values) {
      out.add(v);
    }
    return out;
  }
}
