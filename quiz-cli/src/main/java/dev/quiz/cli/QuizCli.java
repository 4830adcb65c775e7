package dev.quiz.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code quiz} command: turns history texts into a spaced-repetition question bank. */
@Command(
    name = "quiz",
    mixinStandardHelpOptions = true,
    versionProvider = QuizCli.Version.class,
    header = "Turn history texts into a spaced-repetition question bank.",
    description = {
      "",
      "Generate questions from documents, drill them with a real scheduler (FSRS-6 or SM-2),",
      "print tests for a class, and export decks to Anki.",
      ""
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      GenerateCommand.class,
      picocli.AutoComplete.GenerateCompletion.class,
    },
    footer = {"", "Run 'quiz help COMMAND' for a command's options."})
public final class QuizCli implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A command line wired with the error handler and exit codes of {@link ExitCodes}; tests call this
   * and {@code execute(..)} it with their own writers.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new QuizCli());
    cl.setExecutionExceptionHandler(new QuizExceptionHandler());
    cl.setParameterExceptionHandler(new QuizExceptionHandler.Usage());
    cl.setExitCodeExceptionMapper(QuizExceptionHandler::exitCodeOf);
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reads the version from the jar manifest, or says "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = QuizCli.class.getPackage().getImplementationVersion();
      return new String[] {"quiz " + (v == null ? "(development build)" : v)};
    }
  }
}
