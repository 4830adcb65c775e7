package dev.quiz.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.schedule.FsrsParameters;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.store.Store;
import dev.quiz.core.study.StudyStats;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz stats}: how the learner is doing, as text with bar charts or as JSON. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "Show cards by state, the 30-day forecast, retention, reviews per day and streak.",
    description = {
      "",
      "Retention is Anki's true retention: the share of answers to review cards",
      "that were not Again, against the desired retention the scheduler aims for.",
      "Days are local calendar days.",
      ""
    })
final class StatsCommand implements Callable<Integer> {
  private static final int BAR_WIDTH = 40;
  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  @Spec CommandSpec spec;

  @Mixin StoreOptions bank;

  @Option(names = "--deck", paramLabel = "NAME", description = "Only this deck (default: all).")
  Optional<String> deck;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  private Clock clock = Clock.systemDefaultZone();

  /** For tests: the day the statistics are for. */
  StatsCommand with(Clock c) {
    this.clock = c;
    return this;
  }

  @Override
  public Integer call() {
    StudyStats stats;
    double target;
    try (SqliteStore store = Banks.openExisting(bank)) {
      Optional<DeckId> id = Banks.deck(store, deck);
      stats = StudyStats.compute(store, id, clock);
      target = targetRetention(store, id);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new GsonBuilder().setPrettyPrinting().create().toJson(toJson(stats, target)));
    } else {
      printText(out, stats, target);
    }
    return ExitCodes.OK;
  }

  /** The deck's desired retention; for all decks, the lowest any of them aims at. */
  private static double targetRetention(Store store, Optional<DeckId> id) {
    double target = FsrsParameters.DEFAULT_DESIRED_RETENTION;
    boolean first = true;
    for (Deck d : store.decks()) {
      if (!id.isPresent() || id.get().equals(d.id())) {
        double t = store.settings(d).targetRetention(d.scheduler());
        target = first ? t : Math.min(target, t);
        first = false;
      }
    }
    return target;
  }

  private void printText(PrintWriter out, StudyStats s, double target) {
    out.println(
        "Cards: "
            + s.byState().get(CardType.NEW)
            + " new, "
            + s.byState().get(CardType.LEARNING)
            + " learning, "
            + s.byState().get(CardType.REVIEW)
            + " review, "
            + s.byState().get(CardType.RELEARNING)
            + " relearning, "
            + s.suspended()
            + " suspended");
    out.println("Due: " + s.dueToday() + " today, " + s.dueTomorrow() + " tomorrow");
    out.println("");
    out.println("Forecast (cards due per day; today includes overdue):");
    int max = s.forecast().stream().mapToInt(Integer::intValue).max().orElse(0);
    LocalDate today = LocalDate.now(clock);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    for (int i = 0; i < s.forecast().size(); i++) {
      int n = s.forecast().get(i);
      out.println(
          String.format(
              Locale.ROOT, "  %-10s %5d%s", day.format(today.plusDays(i)), n, bar(n, max)));
    }
    out.println("");
    out.println(
        "Retention (target "
            + percent(target)
            + "): last 7 days "
            + retention(s.last7())
            + ", last 30 days "
            + retention(s.last30()));
    int total = s.reviewsPerDay().stream().mapToInt(Integer::intValue).sum();
    out.println(
        "Reviews per day, last 30 days (" + total + " in all): " + sparkline(s.reviewsPerDay()));
    out.println("Streak: " + s.streak() + (s.streak() == 1 ? " day" : " days"));
    if (!s.hardest().isEmpty()) {
      out.println("");
      out.println("Hardest cards (most lapses):");
      for (StudyStats.HardCard h : s.hardest()) {
        out.println(
            String.format(
                Locale.ROOT,
                "  #%-6d %3d lapses  %s",
                h.id().value(),
                h.lapses(),
                Terminal.printable(h.question())));
      }
    }
  }

  private static String bar(int n, int max) {
    int len = max == 0 ? 0 : (int) Math.round(BAR_WIDTH * (double) n / max);
    return n > 0 ? " " + "#".repeat(Math.max(1, len)) : "";
  }

  private static String sparkline(List<Integer> values) {
    int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (int v : values) {
      int level =
          max == 0 || v == 0 ? 0 : 1 + (int) Math.round((SPARKS.length() - 2) * (double) v / max);
      sb.append(v == 0 ? '·' : SPARKS.charAt(Math.min(level, SPARKS.length() - 1)));
    }
    return sb.toString();
  }

  private static String retention(StudyStats.Retention r) {
    return r.rate().isPresent()
        ? percent(r.rate().get()) + " (" + r.passed() + "/" + r.reviews() + ")"
        : "- (no reviews)";
  }

  private static String percent(double x) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * x);
  }

  private static JsonObject toJson(StudyStats s, double target) {
    JsonObject cards = new JsonObject();
    for (CardType t : CardType.values()) {
      cards.addProperty(t.label().toLowerCase(Locale.ROOT), s.byState().get(t));
    }
    cards.addProperty("suspended", s.suspended());
    JsonObject due = new JsonObject();
    due.addProperty("today", s.dueToday());
    due.addProperty("tomorrow", s.dueTomorrow());
    JsonObject retention = new JsonObject();
    retention.addProperty("target", target);
    retention.add("last7", retentionJson(s.last7()));
    retention.add("last30", retentionJson(s.last30()));
    JsonArray hardest = new JsonArray();
    for (StudyStats.HardCard h : s.hardest()) {
      JsonObject o = new JsonObject();
      o.addProperty("card", h.id().value());
      o.addProperty("lapses", h.lapses());
      o.addProperty("question", h.question());
      hardest.add(o);
    }
    JsonObject root = new JsonObject();
    root.add("cards", cards);
    root.add("due", due);
    root.add("forecast", numbers(s.forecast()));
    root.add("retention", retention);
    root.add("reviewsPerDay", numbers(s.reviewsPerDay()));
    root.addProperty("streak", s.streak());
    root.add("hardest", hardest);
    return root;
  }

  private static JsonObject retentionJson(StudyStats.Retention r) {
    JsonObject o = new JsonObject();
    o.addProperty("reviews", r.reviews());
    o.addProperty("passed", r.passed());
    if (r.rate().isPresent()) {
      o.addProperty("rate", r.rate().get());
    }
    return o;
  }

  private static JsonArray numbers(List<Integer> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }
}
