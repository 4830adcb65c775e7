package dev.quiz.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bank file: --bank, then $QUIZ_BANK, then $XDG_DATA_HOME, then ~/.local/share. */
class BankLocationTest {
  private final Map<String, String> env = new HashMap<>();

  {
    env.put("HOME", "/home/ada");
  }

  @Test
  void anExplicitFileWinsOverTheEnvironment() {
    env.put("QUIZ_BANK", "/tmp/env.db");

    assertThat(BankLocation.resolve(env, Optional.of(Paths.get("my.db"))))
        .isEqualTo(Paths.get("my.db"));
  }

  @Test
  void quizBankWinsOverXdgDataHome() {
    env.put("QUIZ_BANK", "/tmp/env.db");
    env.put("XDG_DATA_HOME", "/data");

    assertThat(BankLocation.resolve(env, Optional.empty())).isEqualTo(Paths.get("/tmp/env.db"));
  }

  @Test
  void xdgDataHomeHoldsAQuizFolder() {
    env.put("XDG_DATA_HOME", "/data");

    assertThat(BankLocation.resolve(env, Optional.empty()))
        .isEqualTo(Paths.get("/data/quiz/bank.db"));
  }

  @Test
  void withoutSettingsTheBankIsUnderLocalShareOfHome() {
    env.put("QUIZ_BANK", "  ");
    env.put("XDG_DATA_HOME", "relative/is/ignored");

    Path p = BankLocation.resolve(env, Optional.empty());

    assertThat(p).isEqualTo(Paths.get("/home/ada/.local/share/quiz/bank.db"));
  }
}
