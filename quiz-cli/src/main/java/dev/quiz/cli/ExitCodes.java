package dev.quiz.cli;

/** The exit codes every command uses (STYLE rule 15). */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;

  /** Something failed that is not the user's input (a bug, a damaged bank). */
  static final int FAILURE = 1;

  /** The command line itself was wrong: unknown option, missing argument. */
  static final int USAGE = 2;

  /** Input data was wrong: a bad document, rating, date or setting. */
  static final int BAD_INPUT = 3;

  /** A file could not be read or written. */
  static final int IO = 4;

  private ExitCodes() {}
}
