package dev.quiz.bank.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Stable question keys: "q-" and 12 hex digits of SHA-256 over document, fact and form. */
final class QuestionKeys {
  private QuestionKeys() {}

  static String key(String document, String factIdentity, String form) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h =
          md.digest(
              (document + "\u0000" + factIdentity + "\u0000" + form)
                  .getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("q-");
      for (int i = 0; i < 6; i++) {
        sb.append(String.format("%02x", h[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** A seed for this question's choices, from its key. */
  static long seed(String key) {
    return Long.parseLong(key.substring(2), 16);
  }
}
