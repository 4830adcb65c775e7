package dev.quiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.ImportRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** STYLE §3 for quiz-cli: it reaches the libraries only through their API packages. */
class ArchitectureTest {
  @Test
  void cliUsesTheLibrariesAndPicocliOnly() {
    ImportRules rules =
        new ImportRules()
            .allow(
                "dev.quiz.cli",
                "dev.quiz.core",
                "dev.quiz.core.model",
                "dev.quiz.core.schedule",
                "dev.quiz.core.study",
                "dev.quiz.core.store",
                "dev.quiz.core.export",
                "dev.quiz.core.grade",
                "dev.quiz.core.render",
                "dev.quiz.pdf",
                "dev.quiz.bank.pipeline",
                "dev.quiz.bank.text",
                "dev.quiz.bank.extract",
                "dev.quiz.bank.generate",
                "dev.quiz.bank.eval",
                "picocli.*",
                "com.google.gson.*",
                "java.io",
                "java.nio.file",
                "java.net");

    assertThat(rules.violations(Path.of("src/main/java"))).isEmpty();
  }
}
