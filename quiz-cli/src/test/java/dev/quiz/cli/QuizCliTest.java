package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuizCliTest {
  @Test
  void everyRegisteredNameIsTheCommandsOwnName() {
    for (Map.Entry<String, Class<?>> e : QuizCli.COMMANDS.entrySet()) {
      CommandLine.Command c = e.getValue().getAnnotation(CommandLine.Command.class);
      assertThat(c.name()).as(e.getValue().getName()).isEqualTo(e.getKey());
    }
  }

  @Test
  void aSubcommandRunAloneBehavesAsInTheFullCommandLine() {
    StringWriter alone = new StringWriter();
    StringWriter full = new StringWriter();
    String[] args = {"drill", "--help"};

    int a = QuizCli.commandLine(args).setOut(new PrintWriter(alone, true)).execute(args);
    int f = QuizCli.commandLine().setOut(new PrintWriter(full, true)).execute(args);

    assertThat(a).isEqualTo(f).isZero();
    assertThat(alone.toString()).isEqualTo(full.toString()).contains("Usage: quiz drill");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithAHint() {
    StringWriter err = new StringWriter();
    String[] args = {"drll"};

    int code = QuizCli.commandLine(args).setErr(new PrintWriter(err, true)).execute(args);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("drll").contains("quiz --help");
  }

  @Test
  void helpListsEveryCommand() {
    StringWriter out = new StringWriter();

    QuizCli.commandLine().setOut(new PrintWriter(out, true)).execute("--help");

    assertThat(out.toString()).contains("drill", "stats", "test", "export", "schedule", "schema");
  }
}
