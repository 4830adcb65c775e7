package dev.quiz.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.SchedulerKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz schedule}: runs the schedulers outside a bank, for checking them. */
@Command(
    name = "schedule",
    header = "Run the schedulers on review histories.",
    subcommands = {ScheduleCommand.Replay.class})
final class ScheduleCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code quiz schedule replay [FILE]}: the contract of {@code ../shared/contracts/
   * schedule-replay.md}.
   */
  @Command(
      name = "replay",
      header = "Replay review histories through a scheduler and print every state as JSON.",
      description = {
        "Input and output are those of ../shared/fsrs-ref/schedule.mjs (FSRS) or of",
        "../shared/sm2-ref (SM-2). Reads standard input when FILE is absent or '-'."
      })
  static final class Replay implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--scheduler",
        defaultValue = "fsrs",
        converter = KindConverter.class,
        description = "fsrs (default) or sm2")
    SchedulerKind scheduler;

    @Option(names = "--preview", description = "FSRS: print the four outcomes of each card")
    boolean preview;

    @Option(names = "--with-preview", description = "FSRS: add the four outcomes to each step")
    boolean withPreview;

    @Option(names = "--log", description = "FSRS: add ts-fsrs's review log to each step")
    boolean log;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "input JSON (default: stdin)")
    String file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (scheduler == SchedulerKind.SM2) {
        spec.commandLine().getErr().println("quiz: the sm2 scheduler is not available yet");
        return ExitCodes.FAILURE;
      }
      JsonElement input = read();
      if (!input.isJsonObject()) {
        throw new InvalidInputException("input must be a JSON object: " + source());
      }
      FsrsReplay.ReplayOptions options = new FsrsReplay.ReplayOptions(preview, withPreview, log);
      out.println(new FsrsReplay(input.getAsJsonObject(), options).run());
      out.flush();
      return ExitCodes.OK;
    }

    private JsonElement read() {
      try (Reader r = open()) {
        return JsonParser.parseReader(r);
      } catch (JsonParseException e) {
        throw new InvalidInputException("not valid JSON in " + source() + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new FileOpException("read", Path.of(source()), e.toString(), e);
      }
    }

    private Reader open() throws IOException {
      if (file == null || file.equals("-")) {
        return new InputStreamReader(System.in, StandardCharsets.UTF_8);
      }
      return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    private String source() {
      return file == null || file.equals("-") ? "standard input" : file;
    }
  }

  /** Reads {@code --scheduler} by its stored code. */
  static final class KindConverter implements picocli.CommandLine.ITypeConverter<SchedulerKind> {
    @Override
    public SchedulerKind convert(String value) {
      try {
        return SchedulerKind.fromCode(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
