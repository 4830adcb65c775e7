package dev.quiz.cli;

import dev.quiz.core.FileOpException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.store.SqliteStore;
import dev.quiz.core.study.StudyOptions;
import dev.quiz.core.study.StudySession;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quiz demo}: a guided tour on three sample documents written for this project. It runs the
 * real commands (generate, drill with scripted answers, stats, test, export) on a fresh bank in a
 * folder of its own, so nothing of the user's is touched.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "Show what quiz does, on sample documents that ship with it.",
    description = {
      "",
      "Makes a bank from three short history texts, shows some of its questions, answers a few",
      "cards, prints progress, and writes a printable test and an Anki deck. Everything goes into",
      "a new folder (--out), never into your own bank.",
      ""
    })
final class DemoCommand implements Callable<Integer> {
  static final List<String> SAMPLES =
      List.of("battle-of-hastings.txt", "fall-of-constantinople.txt", "wall-opens-report.txt");
  private static final String DECK = "Demo";

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Folder for the demo's bank and files (default: a new folder under the temp dir).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    Path dir = folder();
    Path docs = copySamples(dir.resolve("samples"));
    Path bank = dir.resolve("demo-bank.db");

    step(w, "1. Generate questions from the samples into a bank");
    run("generate", "--bank", bank.toString(), "--deck", DECK, docs.toString());

    step(w, "2. Some of the questions (one of each form)");
    List<Question> firstCards = showQuestions(w, bank);

    step(w, "3. A short study session (answers typed by the demo; the 2nd is wrong on purpose)");
    drill(bank, firstCards);

    step(w, "4. Progress");
    run("stats", "--bank", bank.toString());

    step(w, "5. A printable test with its answer key, and an Anki deck");
    for (String format : List.of("html", "md")) {
      run(
          "test",
          "--bank",
          bank.toString(),
          "--deck",
          DECK,
          "--count",
          "8",
          "--seed",
          "1",
          "--title",
          "Turning points",
          "--format",
          format,
          "--out",
          dir.resolve("test").toString());
    }
    run(
        "export",
        "anki",
        "--bank",
        bank.toString(),
        "--with-scheduling",
        "--out",
        dir.resolve("demo.apkg").toString());

    step(w, "Done. Everything is in " + dir);
    w.println("Study the rest:        ./quiz drill --bank " + bank);
    w.println("Your own documents:    ./quiz generate FILE_OR_FOLDER...   (then ./quiz drill)");
    w.println("Every command:         ./quiz --help");
    w.flush();
    return ExitCodes.OK;
  }

  private Path folder() throws IOException {
    if (out == null) {
      return Files.createTempDirectory("quiz-demo-");
    }
    if (Files.exists(out) && !(Files.isDirectory(out) && isEmpty(out))) {
      throw new FileOpException(
          "use demo folder",
          out,
          "it exists and is not an empty folder (give a new --out DIR)",
          null);
    }
    return Files.createDirectories(out);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return !s.findAny().isPresent();
    }
  }

  private static Path copySamples(Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : SAMPLES) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("samples/" + name)) {
        if (in == null) {
          throw new IllegalStateException("sample " + name + " is missing from the jar");
        }
        Files.copy(in, to.resolve(name));
      }
    }
    return to;
  }

  /** Prints one question of each form and returns the questions of the first new cards. */
  private static List<Question> showQuestions(PrintWriter w, Path bank) {
    Map<QuestionType, Question> byType = new EnumMap<>(QuestionType.class);
    List<Question> first = new ArrayList<>();
    try (SqliteStore store = SqliteStore.open(bank, Clock.systemUTC())) {
      for (Card c : store.newCards(Optional.empty(), 1000)) {
        Note n = store.note(c.noteId()).get();
        byType.putIfAbsent(n.question().type(), n.question());
      }
      List<Card> planned =
          StudySession.start(
                  store, new DeckSchedulers(store), Clock.systemUTC(), StudyOptions.defaults())
              .plannedNewCards();
      for (Card c : planned.subList(0, Math.min(5, planned.size()))) {
        first.add(store.note(c.noteId()).get().question());
      }
    }
    for (Question q : byType.values()) {
      w.println("[" + q.type().code() + ", " + q.kind().code() + "]  " + q.prompt().text());
      if (q.prompt() instanceof Prompt.MultipleChoice) {
        List<String> choices = ((Prompt.MultipleChoice) q.prompt()).choices();
        for (int i = 0; i < choices.size(); i++) {
          w.println("    " + (char) ('a' + i) + ") " + choices.get(i));
        }
      }
      w.println("    answer: " + q.answer() + "   (from " + q.source().document() + ")");
    }
    w.flush();
    return first;
  }

  /** Drills the first cards with scripted answers: all right but the second, then quits. */
  private void drill(Path bank, List<Question> questions) {
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      script.append(i == 1 ? "I don't know" : answerOf(questions.get(i))).append("\n\n");
    }
    script.append("q\n");
    CommandLine cl = sub();
    DrillCommand drill = cl.getSubcommands().get("drill").getCommand();
    drill.with(new StringReader(script.toString()), Clock.systemDefaultZone());
    echo(spec.commandLine().getOut(), script.toString());
    cl.execute("drill", "--bank", bank.toString(), "--limit", Integer.toString(questions.size()));
  }

  private static void echo(PrintWriter w, String script) {
    w.println("(typed: " + script.trim().replace("\n\n", " | ").replace("\n", " | ") + ")");
    w.println();
  }

  private static String answerOf(Question q) {
    if (q.prompt() instanceof Prompt.TrueFalse) {
      return ((Prompt.TrueFalse) q.prompt()).truth() ? "true" : "false";
    }
    return q.answer();
  }

  private void run(String... args) {
    int code = sub().execute(args);
    if (code != ExitCodes.OK) {
      throw new IllegalStateException(
          "demo step 'quiz " + String.join(" ", args) + "' failed: " + code);
    }
  }

  private CommandLine sub() {
    return QuizCli.commandLine()
        .setOut(spec.commandLine().getOut())
        .setErr(spec.commandLine().getErr());
  }

  private static void step(PrintWriter w, String title) {
    w.println();
    w.println("== " + title);
    w.println();
    w.flush();
  }
}
