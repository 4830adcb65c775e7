package dev.quiz.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.ImportRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** STYLE §3 for quiz-core: which package may use which. */
class ArchitectureTest {
  private static final String CORE = "dev.quiz.core";

  @Test
  void everyPackageUsesOnlyWhatItsLayerAllows() {
    ImportRules rules =
        new ImportRules()
            .allow(CORE, "java.nio.file")
            .allow(CORE + ".model", CORE)
            .allow(CORE + ".schedule", CORE, CORE + ".model")
            .allow(
                CORE + ".store",
                CORE,
                CORE + ".model",
                CORE + ".schedule",
                "java.sql",
                "java.io",
                "java.nio.file",
                "org.sqlite.*",
                "com.google.gson.*")
            .allow(CORE + ".study", CORE, CORE + ".model", CORE + ".schedule", CORE + ".store")
            .allow(CORE + ".grade", CORE, CORE + ".model")
            // the .apkg's collection.anki2 is a foreign SQLite file, written with java.sql directly
            .allow(
                CORE + ".export",
                CORE,
                CORE + ".model",
                CORE + ".store",
                "java.sql",
                "java.io",
                "java.nio.file",
                "org.sqlite.*",
                "com.google.gson.*")
            .allow(CORE + ".render", CORE, CORE + ".model", "java.io", "java.nio.file");

    assertThat(rules.violations(Path.of("src/main/java"))).isEmpty();
  }
}
