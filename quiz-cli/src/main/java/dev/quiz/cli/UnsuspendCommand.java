package dev.quiz.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quiz unsuspend ID...}: brings suspended cards back into study sessions. */
@Command(
    name = "unsuspend",
    mixinStandardHelpOptions = true,
    header = "Bring suspended cards back into study sessions.",
    description = {"", "Card ids are those 'quiz list' shows; their schedule is kept.", ""})
final class UnsuspendCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions bank;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Card ids.")
  List<Long> ids;

  @Override
  public Integer call() {
    return SuspendCommand.setSuspended(spec, bank, ids, false);
  }
}
