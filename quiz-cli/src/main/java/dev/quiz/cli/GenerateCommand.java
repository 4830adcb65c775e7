package dev.quiz.cli;

import dev.quiz.bank.pipeline.BankOptions;
import dev.quiz.bank.pipeline.BankResult;
import dev.quiz.bank.pipeline.QuestionBank;
import dev.quiz.bank.pipeline.QuestionJson;
import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.DocumentReader;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Question;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz generate}: questions from documents, as JSON Lines (storing in a bank comes later). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Generate questions from documents (files or folders).",
    description = {
      "Reads UTF-8 text, Markdown or simple HTML documents, finds dates, numbers and people in",
      "roles, and writes questions. Bad inputs are reported on standard error, one line each,",
      "and skipped; the exit code is then 3."
    })
final class GenerateCommand implements Callable<Integer> {
  /** Documents per batch: distractors come from the batch, memory stays bounded. */
  static final int BATCH_DOCUMENTS = 64;
  static final long BATCH_CHARS = 16L * 1024 * 1024;

  enum Format { jsonl }

  @Spec CommandSpec spec;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--doc-date", paramLabel = "DATE", description = "The documents' date (YYYY-MM-DD), to place \"on Sunday\".")
  LocalDate docDate;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed for the order of choices (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Document files or folders.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (format == null) {
      err.println("quiz: storing questions needs the question bank store, which is not wired in yet;"
          + " use --format jsonl to print them");
      err.flush();
      return ExitCodes.USAGE;
    }
    Run run = new Run(err);
    List<Path> files = run.expand(inputs);
    BankOptions options = new BankOptions(seed, Optional.ofNullable(docDate), dev.quiz.core.ProgressListener.NONE);
    try {
      if (out == null) {
        run.generate(files, options, spec.commandLine().getOut());
      } else {
        writeAtomically(run, files, options);
      }
    } catch (IOException e) {
      err.println("quiz: cannot write " + out + ": " + e.getMessage());
      err.flush();
      return ExitCodes.IO;
    }
    err.printf("quiz: %d questions from %d documents%s%n", run.questions, run.documents,
        run.failed > 0 ? " (" + run.failed + " inputs failed)" : "");
    err.flush();
    return run.failed > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }

  private void writeAtomically(Run run, List<Path> files, BankOptions options) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      run.generate(files, options, w);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** One run's state: counts and the error writer. */
  private final class Run {
    final PrintWriter err;
    final DocumentReader reader = new DocumentReader();
    int failed;
    int documents;
    int questions;

    Run(PrintWriter err) {
      this.err = err;
    }

    List<Path> expand(List<Path> paths) {
      List<Path> files = new ArrayList<>();
      for (Path p : paths) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                .sorted().forEach(files::add);
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

    void generate(List<Path> files, BankOptions options, Writer w) throws IOException {
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
      w.flush();
    }

    private void flush(QuestionBank bank, List<Document> batch, BankOptions options, Writer w)
        throws IOException {
      if (batch.isEmpty()) {
        return;
      }
      BankResult r = bank.generate(batch, options);
      for (Question q : r.questions()) {
        w.write(QuestionJson.line(q));
        w.write('\n');
      }
      documents += batch.size();
      questions += r.questions().size();
      err.printf("quiz: %d documents done%n", documents);
      err.flush();
      batch.clear();
    }

    private Optional<Document> read(Path f) {
      try {
        if (!Files.isReadable(f)) {
          throw new FileOpException("read", f, "permission denied", new AccessDeniedException(f.toString()));
        }
        return Optional.of(reader.read(f));
      } catch (InvalidInputException | FileOpException e) {
        fail(e.getMessage(), e);
        return Optional.empty();
      }
    }

    private void fail(String message, Exception e) {
      failed++;
      err.println("quiz: " + message.replaceAll("\\s*[\\r\\n]+\\s*", " "));
      if (verbose && e != null) {
        e.printStackTrace(err);
      }
      err.flush();
    }
  }
}
