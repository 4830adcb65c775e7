package dev.quiz.bank.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable question keys: "q-" and 12 hex digits of SHA-256 over document, fact and form. Thread-safe
 * (one digest per thread).
 */
final class QuestionKeys {
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(QuestionKeys::sha256);

  private QuestionKeys() {}

  static String key(String document, String factIdentity, String form) {
    byte[] h =
        SHA_256
            .get()
            .digest(
                (document + "\u0000" + factIdentity + "\u0000" + form)
                    .getBytes(StandardCharsets.UTF_8));
    return "q-" + HEX.formatHex(h, 0, 6);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** A seed for this question's choices, from its key. */
  static long seed(String key) {
    return Long.parseLong(key.substring(2), 16);
  }
}
