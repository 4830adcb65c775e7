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

  /**
   * Anki's SM-2 (v2 scheduler of Anki 2.1.16), identical to Anki's own answers; fuzz is drawn from
   * each review's {@link ReviewContext#seed()}.
   *
   * @return an immutable, thread-safe scheduler; {@link Sm2} also reports leeches and Anki's revlog
   *     fields
   * @throws NullPointerException when {@code settings} is null
   */
  public static Sm2 sm2(Sm2Settings settings) {
    return Sm2.scheduler(settings);
  }
}
