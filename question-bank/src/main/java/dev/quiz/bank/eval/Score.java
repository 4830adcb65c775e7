package dev.quiz.bank.eval;

/**
 * How well extracted facts match gold facts of one kind. Immutable.
 *
 * @param gold gold facts
 * @param found gold facts matched by an extracted fact (same document, kind, value and sentence)
 * @param extracted extracted facts
 * @param correct extracted facts whose value equals some gold fact of their document
 */
public record Score(int gold, int found, int extracted, int correct) {
  /** Share of gold facts found, in [0, 1]; 1 when there is no gold. */
  public double recall() {
    return gold == 0 ? 1 : (double) found / gold;
  }

  /** Share of extracted facts that are gold values, in [0, 1]; 1 when nothing was extracted. */
  public double precision() {
    return extracted == 0 ? 1 : (double) correct / extracted;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "recall %d/%d = %.3f, precision %d/%d = %.3f",
        found,
        gold,
        recall(),
        correct,
        extracted,
        precision());
  }
}
