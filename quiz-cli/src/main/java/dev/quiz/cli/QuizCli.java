package dev.quiz.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
      "Generate questions from documents, drill them with a real scheduler (FSRS-6 or",
      "SM-2), print tests for a class, and export decks to Anki. New here? Try 'quiz demo'.",
      ""
    },
    footer = {"", "Run 'quiz help COMMAND' for a command's options."})
public final class QuizCli implements Runnable {

  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an error, print the stack trace too.")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The subcommands by name, in the order help lists them. Each class's {@code @Command(name)}
   * equals its key (a test checks it).
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("generate", GenerateCommand.class);
    m.put("drill", DrillCommand.class);
    m.put("stats", StatsCommand.class);
    m.put("list", ListCommand.class);
    m.put("suspend", SuspendCommand.class);
    m.put("unsuspend", UnsuspendCommand.class);
    m.put("deck", DeckCommand.class);
    m.put("test", TestCommand.class);
    m.put("export", ExportCommand.class);
    m.put("schedule", ScheduleCommand.class);
    m.put("schema", SchemaCommand.class);
    m.put("demo", DemoCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    m.put("generate-completion", picocli.AutoComplete.GenerateCompletion.class);
    return Collections.unmodifiableMap(m);
  }

  /**
   * A command line with every subcommand, wired with the error handler and exit codes of {@link
   * ExitCodes}; tests call this and {@code execute(..)} it with their own writers.
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * A command line for {@code args}: when they start with a subcommand that works on its own (not
   * {@code help} or {@code generate-completion}), only that one is set up, which saves start-up
   * time of interactive commands such as {@code drill}; otherwise all of them.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new QuizCli());
    String first = args.length > 0 ? args[0] : "";
    boolean alone =
        COMMANDS.containsKey(first)
            && !first.equals("help")
            && !first.equals("generate-completion");
    for (Map.Entry<String, Class<?>> e : COMMANDS.entrySet()) {
      if (!alone || e.getKey().equals(first)) {
        cl.addSubcommand(e.getKey(), e.getValue());
      }
    }
    cl.setExecutionExceptionHandler(new QuizExceptionHandler());
    cl.setParameterExceptionHandler(new QuizExceptionHandler.Usage());
    cl.setExitCodeExceptionMapper(QuizExceptionHandler::exitCodeOf);
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
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
