package dev.quiz.core.schedule;

/** Creates the project's schedulers. Stateless. */
public final class Schedulers {
  private Schedulers() {}

  /**
   * The FSRS-6 scheduler, identical in every field to ts-fsrs 5.4.2 with the same settings
   * (intervals, due times, memory to the last bit, fuzz included).
   *
   * @return an immutable, thread-safe scheduler
   * @throws NullPointerException when {@code parameters} is null
   */
  public static Scheduler fsrs(FsrsParameters parameters) {
    return new FsrsScheduler(parameters);
  }
}
