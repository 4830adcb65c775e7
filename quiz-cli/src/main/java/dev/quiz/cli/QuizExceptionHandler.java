package dev.quiz.cli;

import dev.quiz.core.CancelledException;
import dev.quiz.core.FileOpException;
import dev.quiz.core.InvalidInputException;
import dev.quiz.core.QuizException;
import dev.quiz.core.StorageException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on standard error and an exit code. The stack
 * trace is printed only when {@code --verbose} was given.
 */
final class QuizExceptionHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println("quiz: " + oneLine(ex));
    if (verbose(parseResult)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return exitCodeOf(ex);
  }

  static int exitCodeOf(Throwable ex) {
    if (ex instanceof InvalidInputException) {
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof FileOpException || ex instanceof java.io.IOException) {
      return ExitCodes.IO;
    }
    if (ex instanceof StorageException || ex instanceof CancelledException) {
      return ExitCodes.FAILURE;
    }
    if (ex instanceof QuizException) {
      return ExitCodes.FAILURE;
    }
    return ExitCodes.FAILURE;
  }

  static String oneLine(Throwable ex) {
    String msg = ex.getMessage();
    if (!(ex instanceof QuizException)) {
      msg = "internal error: " + ex + " (run with --verbose for details)";
    }
    if (msg == null) {
      msg = ex.getClass().getSimpleName();
    }
    return msg.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  private static boolean verbose(ParseResult pr) {
    ParseResult p = pr;
    while (p != null) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
      p = p.subcommand();
    }
    return Arrays.asList(pr.originalArgs().toArray(new String[0])).contains("--verbose");
  }

  /** Usage errors: one line, a hint, exit code 2. */
  static final class Usage implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("quiz: " + ex.getMessage());
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCodes.USAGE;
    }
  }
}
