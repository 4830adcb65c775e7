package dev.quiz.core.model;

/** Which algorithm schedules a deck's cards. Stored by {@link #code()}. */
public enum SchedulerKind {
  FSRS("fsrs"),
  SM2("sm2");

  private final String code;

  SchedulerKind(String code) {
    this.code = code;
  }

  /** The stored and command-line name: {@code "fsrs"} or {@code "sm2"}. */
  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException for an unknown name
   */
  public static SchedulerKind fromCode(String code) {
    for (SchedulerKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("scheduler must be fsrs or sm2: " + code);
  }
}
