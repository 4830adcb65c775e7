package dev.quiz.cli;

import dev.quiz.core.store.SqliteStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quiz schema}: the bank's Room schema JSON, or a bank copy for an Android app's assets. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Print the bank's Room schema, or write a copy for an Android app's assets.",
    description = {
      "",
      "--room prints the Room schema JSON of the current bank version, as Room exports it to",
      "schemas/dev.quiz.core.store.QuizDatabase/<version>.json.",
      "--android-asset writes one self-contained file for Room.createFromAsset(..).",
      ""
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  @Option(names = "--force", description = "Replace OUT.db if it exists.")
  boolean force;

  /** Exactly one of the two outputs. */
  static final class Action {
    @Option(names = "--room", required = true, description = "Print Room's schema JSON.")
    boolean room;

    @Option(
        names = "--android-asset",
        required = true,
        paramLabel = "OUT.db",
        description = "Write a single-file copy of the bank (journal mode DELETE) to OUT.db.")
    Path asset;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (action.room) {
      out.print(SqliteStore.roomSchemaJson(SqliteStore.SCHEMA_VERSION));
      out.flush();
      return ExitCodes.OK;
    }
    try (SqliteStore bank = store.open()) {
      bank.writeAndroidAsset(action.asset, force);
      out.println(
          "wrote "
              + action.asset
              + " from "
              + bank.file()
              + " (schema version "
              + SqliteStore.SCHEMA_VERSION
              + ", Room identity hash "
              + SqliteStore.roomIdentityHash(SqliteStore.SCHEMA_VERSION)
              + ")");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
