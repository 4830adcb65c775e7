package dev.quiz.core.model;

/** The kinds of fact a question can ask about; {@link #code()} is the contract's name. */
public enum FactKind {
  DATE("date"),
  NUMBER("number"),
  PERSON("person");

  private final String code;

  FactKind(String code) {
    this.code = code;
  }

  /** {@code "date"}, {@code "number"} or {@code "person"}. */
  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException for an unknown name
   */
  public static FactKind fromCode(String code) {
    for (FactKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("fact kind must be date, number or person: " + code);
  }
}
