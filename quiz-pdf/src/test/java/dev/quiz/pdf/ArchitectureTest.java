package dev.quiz.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.testing.ImportRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** STYLE §3 for quiz-pdf: it renders quiz-core's sheets and knows nothing else of the project. */
class ArchitectureTest {
  @Test
  void pdfUsesOnlyTheRenderApiAndTheLayoutLibrary() {
    ImportRules rules =
        new ImportRules()
            .allow(
                "dev.quiz.pdf",
                "dev.quiz.core",
                "dev.quiz.core.render",
                "dev.quiz.core.model",
                "java.io");

    assertThat(rules.violations(Path.of("src/main/java"))).isEmpty();
  }
}
