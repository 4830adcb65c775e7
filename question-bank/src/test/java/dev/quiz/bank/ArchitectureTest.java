package dev.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.ImportRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** STYLE §3 for question-bank: pipeline → generate → extract → text; eval → extract, text. */
class ArchitectureTest {
  private static final String CORE = "dev.quiz.core";
  private static final String MODEL = "dev.quiz.core.model";
  private static final String BANK = "dev.quiz.bank";

  @Test
  void everyPackageUsesOnlyWhatItsLayerAllows() {
    ImportRules rules =
        new ImportRules()
            .allow(BANK, CORE, MODEL)
            .allow(
                BANK + ".text",
                CORE,
                MODEL,
                "opennlp.tools.*",
                "org.apache.commons.lang3",
                "java.io",
                "java.nio.file")
            .allow(BANK + ".extract", CORE, MODEL, BANK + ".text", "org.apache.commons.lang3")
            .allow(
                BANK + ".generate",
                CORE,
                MODEL,
                BANK + ".text",
                BANK + ".extract",
                "org.apache.commons.lang3")
            .allow(
                BANK + ".pipeline",
                CORE,
                MODEL,
                BANK + ".text",
                BANK + ".extract",
                BANK + ".generate",
                "com.google.gson.*",
                "java.io",
                "java.nio.file")
            .allow(
                BANK + ".eval",
                CORE,
                MODEL,
                BANK + ".text",
                BANK + ".extract",
                "com.google.gson.*",
                "java.io",
                "java.nio.file");

    assertThat(rules.violations(Path.of("src/main/java"))).isEmpty();
  }
}
