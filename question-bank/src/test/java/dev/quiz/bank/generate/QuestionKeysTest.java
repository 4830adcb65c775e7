package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class QuestionKeysTest {

  @Test
  void aKeyIsTwelveHexDigitsOfTheSha256OfDocumentFactAndForm() throws Exception {
    byte[] h =
        MessageDigest.getInstance("SHA-256")
            .digest("a.txt\u0000number:4-9:5 000\u0000cloze".getBytes(StandardCharsets.UTF_8));
    StringBuilder expected = new StringBuilder("q-");
    for (int i = 0; i < 6; i++) {
      expected.append(String.format("%02x", h[i]));
    }

    String key = QuestionKeys.key("a.txt", "number:4-9:5 000", "cloze");

    assertThat(key).isEqualTo(expected.toString()).matches("q-[0-9a-f]{12}");
    assertThat(QuestionKeys.key("a.txt", "number:4-9:5 000", "cloze")).isEqualTo(key);
  }
}
