package dev.quiz.cli;

import dev.quiz.core.StorageException;
import dev.quiz.core.grade.AnswerGrader;
import dev.quiz.core.grade.Grade;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Rating;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.study.CardAnswer;
import dev.quiz.core.study.StudyCard;
import dev.quiz.core.study.StudySession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The conversation of {@code quiz drill}: shows a card, reads the typed answer, grades it, shows
 * the right answer and its source, takes the rating and saves it before showing the next card.
 * {@code u} undoes the last answer; {@code q} or the end of input stops. Uses the session only
 * while holding {@code lock}, which the Ctrl-C hook shares. One per drill.
 */
final class DrillLoop {
  private final StudySession session;
  private final Terminal term;
  private final AnswerGrader grader;
  private final Clock clock;
  private final ReentrantLock lock;
  private final Deque<Boolean> correctness = new ArrayDeque<>();
  private boolean anyShown;

  DrillLoop(
      StudySession session, Terminal term, AnswerGrader grader, Clock clock, ReentrantLock lock) {
    this.session = session;
    this.term = term;
    this.grader = grader;
    this.clock = clock;
    this.lock = lock;
  }

  /** How many answers are saved and were graded correct. */
  int correct() {
    int n = 0;
    for (boolean b : correctness) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** Runs until nothing is left, {@code q}, or the end of input. */
  void run() {
    while (true) {
      Optional<StudyCard> next = locked(session::next);
      if (!next.isPresent()) {
        term.println(anyShown ? "No more cards to study now." : "Nothing to study now.");
        return;
      }
      if (!ask(next.get())) {
        term.println("");
        return;
      }
    }
  }

  /** One card; false when the learner stopped. */
  private boolean ask(StudyCard card) {
    anyShown = true;
    show(card);
    Instant start = clock.instant();
    term.print(term.bold("answer> "));
    Optional<String> line = term.readLine();
    if (!line.isPresent() || line.get().trim().equals("q")) {
      return false;
    }
    if (line.get().trim().equals("u")) {
      undo(card);
      return true;
    }
    Duration took = Duration.between(start, clock.instant());
    Grade grade = grader.grade(card.note().question(), line.get());
    showGrade(card, grade);
    return rate(card, grade, took);
  }

  private void show(StudyCard card) {
    Question q = card.note().question();
    term.println("");
    term.println(
        term.dim(
            "Card "
                + (correctness.size() + 1)
                + " · "
                + card.deck().name()
                + " · "
                + card.card().state().type().label().toLowerCase(java.util.Locale.ROOT)
                + " · #"
                + card.card().id()));
    term.println(term.bold(Terminal.printable(q.prompt().text())));
    if (q.prompt() instanceof Prompt.MultipleChoice) {
      Prompt.MultipleChoice mc = (Prompt.MultipleChoice) q.prompt();
      for (int i = 0; i < mc.choices().size(); i++) {
        term.println("  " + (char) ('a' + i) + ") " + Terminal.printable(mc.choices().get(i)));
      }
    } else if (q.prompt() instanceof Prompt.TrueFalse) {
      term.println("  (true or false)");
    }
  }

  private void showGrade(StudyCard card, Grade g) {
    String expected = Terminal.printable(g.expected());
    switch (g.verdict()) {
      case CORRECT:
        term.println(term.green("Correct: " + expected));
        break;
      case PARTIAL:
        term.println(term.yellow("Partly right: " + expected) + yourAnswer(g));
        break;
      default:
        term.println(term.red("Wrong: " + expected) + yourAnswer(g));
    }
    Question q = card.note().question();
    term.println(
        term.dim(
            "  \""
                + Terminal.printable(q.source().evidence())
                + "\" ("
                + q.source().document()
                + ")"));
  }

  private static String yourAnswer(Grade g) {
    String read =
        g.understood().isEmpty() ? "" : "you: " + Terminal.printable(g.understood()) + "; ";
    return " (" + read + g.feedback() + ")";
  }

  /** Takes the rating and saves the answer; false when the learner stopped before it was saved. */
  private boolean rate(StudyCard card, Grade grade, Duration took) {
    Rating suggested = AnswerGrader.suggestRating(grade, took);
    while (true) {
      term.print(ratingPrompt(card, suggested));
      Optional<String> line = term.readLine();
      if (!line.isPresent() || line.get().trim().equals("q")) {
        return false;
      }
      Optional<Rating> r = parseRating(line.get().trim(), suggested);
      if (!r.isPresent()) {
        term.println("Press Enter for " + suggested.label() + ", 1-4 to choose, or q to stop.");
        continue;
      }
      if (save(card, r.get(), took, grade.correct())) {
        return true;
      }
    }
  }

  private String ratingPrompt(StudyCard card, Rating suggested) {
    StringBuilder sb = new StringBuilder("Rate [Enter = " + suggested.label() + "]");
    Instant now = clock.instant();
    for (Rating r : Rating.values()) {
      Duration ivl = Duration.between(now, card.preview().of(r).due());
      sb.append("  ")
          .append(r.code())
          .append(' ')
          .append(r.label())
          .append(term.dim(" " + Durations.shortly(ivl)));
    }
    return sb.append(": ").toString();
  }

  static Optional<Rating> parseRating(String s, Rating suggested) {
    if (s.isEmpty()) {
      return Optional.of(suggested);
    }
    if (s.length() == 1 && s.charAt(0) >= '1' && s.charAt(0) <= '4') {
      return Optional.of(Rating.fromCode(s.charAt(0) - '0'));
    }
    return Optional.empty();
  }

  private boolean save(StudyCard card, Rating rating, Duration took, boolean correct) {
    CardAnswer a = new CardAnswer(card.card().id(), card.card().state(), rating, took);
    try {
      ReviewLog log = locked(() -> session.answer(a));
      correctness.push(correct);
      Duration ivl = Duration.between(log.reviewedAt(), log.after().due());
      term.println("Saved: " + rating.label() + ", next in " + Durations.shortly(ivl) + ".");
      return true;
    } catch (StorageException e) {
      term.error("quiz: not saved: " + e.getMessage());
      term.println("Rate again to retry, or q to stop.");
      return false;
    }
  }

  private void undo(StudyCard current) {
    try {
      Optional<ReviewLog> undone =
          locked(
              () -> {
                session.requeue(current);
                return session.undo();
              });
      if (undone.isPresent()) {
        correctness.pop();
        term.println("Undone: card #" + undone.get().cardId() + " is back as it was.");
      } else {
        term.println("Nothing to undo.");
      }
    } catch (StorageException e) {
      term.error("quiz: cannot undo: " + e.getMessage());
    }
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
