package dev.quiz.cli;

import dev.quiz.bank.pipeline.BankOptions;
import dev.quiz.bank.pipeline.BankResult;
import dev.quiz.bank.pipeline.QuestionBank;
import dev.quiz.bank.pipeline.QuestionJson;
import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.DocumentReader;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.store.SqliteStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quiz generate}: questions from documents, stored in the bank (facts, questions, new cards)
 * or written as JSON Lines with {@code --format jsonl}.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Generate questions from documents (files or folders).",
    description = {
      // one element per paragraph: picocli wraps each to the terminal's width
      "Reads UTF-8 text, Markdown or simple HTML documents, finds dates, numbers and people in"
          + " roles, and makes questions. Without --format they go into the bank (running again on"
          + " the same documents adds nothing twice; a changed document keeps the reviews of the"
          + " questions that remain); with --format jsonl they are written as JSON Lines instead.",
      "Bad inputs are reported on standard error, one line each, and skipped; the exit code is"
          + " then 3."
    })
final class GenerateCommand implements Callable<Integer> {
  /** Documents per batch: distractors come from the batch, memory stays bounded. */
  static final int BATCH_DOCUMENTS = 64;

  static final long BATCH_CHARS = 16L * 1024 * 1024;

  enum Format {
    jsonl
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(
      names = "--doc-date",
      paramLabel = "DATE",
      description = "The documents' date (YYYY-MM-DD), to place \"on Sunday\".")
  LocalDate docDate;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "0",
      description = "Seed for the order of choices (default ${DEFAULT-VALUE}).")
  long seed;

  @Mixin StoreOptions bank;

  @Option(
      names = "--deck",
      paramLabel = "NAME",
      defaultValue = "Default",
      description = "The bank deck new questions go to (default: ${DEFAULT-VALUE}).")
  String deck;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Document files or folders.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Run run = new Run(err);
    run.questionsOnly = format != null;
    List<Path> files = run.expand(inputs);
    BankOptions options =
        new BankOptions(seed, Optional.ofNullable(docDate), ProgressListener.NONE)
            .withProgress(run.progressBar(files.size()));
    if (format == null) {
      return intoBank(run, files, options);
    }
    try {
      if (out == null) {
        run.generate(files, options, json(spec.commandLine().getOut()));
      } else {
        writeAtomically(run, files, options);
      }
    } catch (IOException e) {
      err.println("quiz: cannot write " + out + ": " + e.getMessage());
      err.flush();
      return ExitCodes.IO;
    }
    err.printf(
        "quiz: %d questions from %d documents%s%n",
        run.questions, run.documents, run.failed > 0 ? " (" + run.failed + " inputs failed)" : "");
    err.flush();
    return run.failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  /** Stores everything in the bank, one document per transaction, then prints the summary. */
  private int intoBank(Run run, List<Path> files, BankOptions options) {
    if (out != null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--out goes with --format jsonl; without --format questions go into the bank");
    }
    try (SqliteStore store = bank.open()) {
      Deck d = store.inTransaction(s -> s.deckNamed(deck, SchedulerKind.FSRS));
      GeneratedToBank sink = new GeneratedToBank(store, d, Instant.now());
      try {
        run.generate(files, options, (batch, result) -> sink.store(batch, result));
      } catch (IOException e) {
        throw new FileOpException("write", bank.location(System.getenv()), e.getMessage(), e);
      }
      GenerateSummary.print(
          spec.commandLine().getOut(), run, sink, bank.location(System.getenv()), d.name());
    }
    return run.failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  /**
   * The questions of {@code inputs} (files or folders), for commands that use them directly (quiz
   * test). Bad inputs are reported on {@code err}, one line each.
   *
   * @throws InvalidInputException when any input could not be read
   */
  static List<Question> questionsOf(List<Path> inputs, PrintWriter err) {
    Run run = new GenerateCommand().new Run(err);
    run.questionsOnly = true;
    List<Question> all = new ArrayList<>();
    try {
      run.generate(
          run.expand(inputs), BankOptions.DEFAULTS, (batch, r) -> all.addAll(r.questions()));
    } catch (IOException e) {
      throw new IllegalStateException("collecting questions in memory cannot fail", e);
    }
    if (run.failed > 0) {
      throw new InvalidInputException(
          run.failed
              + " of the inputs could not be read (see the lines above); fix or leave them out");
    }
    return all;
  }

  /** Writes each question as one JSON line. */
  private static Sink json(Writer w) {
    return (batch, result) -> {
      // the lines are made on all cores; only the writing is in order on this thread
      for (String line : result.questions().parallelStream().map(QuestionJson::line).toList()) {
        w.write(line);
        w.write('\n');
      }
      w.flush();
    };
  }

  /**
   * Writes each question as one JSON line in UTF-8. The lines are encoded on all cores, written as
   * bytes straight away ({@link QuestionJson#utf8Line}) rather than through a {@code Writer}'s
   * encoder; a lone surrogate (which no document read as UTF-8 has) becomes "?".
   */
  private static Sink jsonUtf8(OutputStream o) {
    return (batch, result) -> {
      List<byte[]> lines = result.questions().parallelStream().map(QuestionJson::utf8Line).toList();
      for (byte[] line : lines) {
        o.write(line);
        o.write('\n');
      }
      o.flush();
    };
  }

  /** Where a batch's results go. */
  @FunctionalInterface
  interface Sink {
    void accept(List<Document> batch, BankResult result) throws IOException;
  }

  private void writeAtomically(Run run, List<Path> files, BankOptions options) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      run.generate(files, options, jsonUtf8(o));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** One run's state: counts and the error writer. */
  final class Run {
    final PrintWriter err;
    final DocumentReader reader = new DocumentReader();
    final List<String> skipped = new ArrayList<>();
    int failed;
    int documents;
    int questions;
    int chars;

    /** Whether the sink reads only the questions (not the merged facts). */
    boolean questionsOnly;

    Run(PrintWriter err) {
      this.err = err;
    }

    List<Path> expand(List<Path> paths) {
      List<Path> files = new ArrayList<>();
      for (Path p : paths) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().startsWith("."))
                .sorted()
                .forEach(files::add);
          } catch (IOException | java.io.UncheckedIOException e) {
            fail("cannot list folder " + p + ": " + e.getMessage(), e);
          }
        } else if (Files.exists(p)) {
          files.add(p);
        } else {
          fail("no such file or folder: " + p, null);
        }
      }
      return files;
    }

    /**
     * A progress bar on standard error, drawn only on a terminal, for runs of more than a few
     * documents; it counts documents across batches.
     */
    ProgressListener progressBar(int total) {
      return ProgressBar.onTerminal(err, "documents", () -> documents, total);
    }

    void generate(List<Path> files, BankOptions options, Sink w) throws IOException {
      QuestionBank bank = QuestionBank.standard();
      List<Document> batch = new ArrayList<>();
      long chars = 0;
      for (Path f : files) {
        Optional<Document> d = read(f);
        if (d.isPresent()) {
          batch.add(d.get());
          chars += d.get().text().length();
        }
        if (batch.size() >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) {
          flush(bank, batch, options, w);
          chars = 0;
        }
      }
      flush(bank, batch, options, w);
    }

    private void flush(QuestionBank bank, List<Document> batch, BankOptions options, Sink w)
        throws IOException {
      if (batch.isEmpty()) {
        return;
      }
      BankResult r = questionsOnly ? bank.questions(batch, options) : bank.generate(batch, options);
      w.accept(batch, r);
      documents += batch.size();
      questions += r.questions().size();
      for (Document d : batch) {
        chars += d.text().length();
      }
      batch.clear();
    }

    private Optional<Document> read(Path f) {
      try {
        if (!Files.isReadable(f)) {
          throw new FileOpException(
              "read", f, "permission denied", new AccessDeniedException(f.toString()));
        }
        return Optional.of(reader.read(f));
      } catch (InvalidInputException | FileOpException e) {
        fail(e.getMessage(), e);
        return Optional.empty();
      }
    }

    private void fail(String message, Exception e) {
      failed++;
      skipped.add(message.replaceAll("\\s*[\\r\\n]+\\s*", " "));
      err.println("quiz: " + message.replaceAll("\\s*[\\r\\n]+\\s*", " "));
      if (e != null && ((QuizCli) spec.root().userObject()).verbose) {
        e.printStackTrace(err);
      }
      err.flush();
    }
  }
}
