package dev.quiz.core.store;

import dev.quiz.core.InvalidInputException;

/** The error for an id that is not in the bank. */
final class Missing {
  private Missing() {}

  /** E.g. {@code "no card 42 in bank /home/a/bank.db"}. */
  static InvalidInputException of(Db db, String what, long id) {
    return new InvalidInputException("no " + what + " " + id + " in bank " + db.file());
  }
}
