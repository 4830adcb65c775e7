package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.PersonFact;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Wrong answers for multiple choice: of the same kind and scale, written the same way, taken from
 * other facts of the corpus where possible; never equal to or overlapping the answer. Immutable.
 */
final class Distractors {
  private static final double[] FACTORS = {0.5, 2, 0.75, 1.5, 0.4, 3, 0.6, 2.5, 1.25};
  private static final int[] SMALL_SHIFTS = {1, -1, 2, 3, -2, 4};

  /** At most this many facts of the corpus are looked at, so big batches stay linear. */
  private static final int POOL_CAP = 400;

  private final List<Fact> pool;

  /**
   * Another document is only a plausible source of wrong answers when its main year is within this
   * many years of the document's: a general of 1862 among the answers for 1996 is absurd.
   */
  static final int ERA_WINDOW = 25;

  /** Distractors drawn from the document's own facts and a sample of the corpus, any era. */
  Distractors(List<? extends Fact> document, List<? extends Fact> corpus) {
    this(document, corpus, d -> true);
  }

  /**
   * Distractors drawn first from the document's own facts, then from a sample of the corpus facts
   * whose document {@code sameEra} accepts (by file name).
   */
  Distractors(
      List<? extends Fact> document,
      List<? extends Fact> corpus,
      java.util.function.Predicate<String> sameEra) {
    List<Fact> p = new ArrayList<>(document);
    String own = document.isEmpty() ? "" : document.get(0).evidence().document();
    List<Fact> others = new ArrayList<>();
    for (Fact f : corpus) {
      String d = f.evidence().document();
      if (!d.equals(own) && sameEra.test(d)) {
        others.add(f);
      }
    }
    int step = Math.max(1, others.size() / POOL_CAP);
    for (int i = 0; i < others.size(); i += step) {
      p.add(others.get(i));
    }
    this.pool = List.copyOf(p);
  }

  /**
   * Whether a document with main year {@code other} is of the same era as one with {@code own}:
   * both known and at most {@link #ERA_WINDOW} years apart.
   */
  static boolean sameEra(java.util.OptionalInt own, java.util.OptionalInt other) {
    return own.isPresent()
        && other.isPresent()
        && Math.abs(own.getAsInt() - other.getAsInt()) <= ERA_WINDOW;
  }

  /** {@code n} distractors for the fact, or empty when not enough good ones exist. */
  Optional<List<String>> pick(Fact f, int n, RandomGenerator rng) {
    return pick(f, n, rng, false);
  }

  /**
   * {@code n} names of people the document gives another role, then of same-era documents, for a
   * person picked out of a list where the document's other names of that role could be right too.
   */
  Optional<List<String>> pickOtherDocuments(Fact f, int n, RandomGenerator rng) {
    return pick(f, n, rng, true);
  }

  private Optional<List<String>> pick(Fact f, int n, RandomGenerator rng, boolean otherRoles) {
    List<String> candidates;
    if (f instanceof NumberFact nf) {
      candidates = numbers(nf);
    } else if (f instanceof DateFact df) {
      candidates = DateShifts.candidates(df.answer());
    } else {
      candidates = persons((PersonFact) f, rng, otherRoles);
    }
    Set<String> seen = new HashSet<>();
    seen.add(Words.norm(f.answer()));
    List<String> out = new ArrayList<>();
    for (String c : candidates) {
      String norm = Words.norm(c);
      if (!norm.isEmpty() && seen.add(norm) && out.size() < n) {
        out.add(c);
      }
    }
    if (out.size() < n) {
      return Optional.empty();
    }
    return Optional.of(out);
  }

  private List<String> numbers(NumberFact f) {
    double lo = f.value().low();
    double hi = f.value().high();
    double unit = roundingUnit(lo, hi);
    Set<String> out = new LinkedHashSet<>();
    for (Fact other : pool) {
      if (other instanceof NumberFact o
          && o.style().form() == f.style().form()
          && o.style().range() == f.style().range()
          && o.value().approx() == f.value().approx()
          && o.style().unit().equals(f.style().unit())) {
        double ol = roundTo(o.value().low(), unit);
        double oh = Math.max(ol, roundTo(o.value().high(), unit));
        if (ol > 0 && far(ol, oh, lo, hi) && ratio(oh, hi) < 4 && (hi == lo || oh > ol)) {
          NumberFormats.rewrite(f.answer(), f.style(), ol, oh).ifPresent(out::add);
        }
      }
      if (out.size() >= 2) {
        break;
      }
    }
    for (double[] v : synthetic(f)) {
      if (far(v[0], v[1], lo, hi) && (hi == lo || v[1] > v[0])) {
        NumberFormats.rewrite(f.answer(), f.style(), v[0], v[1]).ifPresent(out::add);
      }
    }
    return new ArrayList<>(out);
  }

  private static List<double[]> synthetic(NumberFact f) {
    double lo = f.value().low();
    double hi = f.value().high();
    List<double[]> out = new ArrayList<>();
    boolean small = hi <= 12 && lo == Math.rint(lo) && hi == Math.rint(hi);
    if (f.style().form() == dev.quiz.bank.extract.NumberStyle.Form.FRACTION) {
      for (double v : new double[] {0.5, 1.0 / 3, 2.0 / 3, 0.25, 0.75, 1.0 / 6, 5.0 / 6, 0.2}) {
        out.add(new double[] {v, v});
      }
      return out;
    }
    if (small) {
      for (int k : SMALL_SHIFTS) {
        if (lo + k >= 1) {
          out.add(new double[] {lo + k, hi + k});
        }
      }
      return out;
    }
    double unit = roundingUnit(lo, hi);
    for (double factor : FACTORS) {
      double nl = Math.max(unit, Math.round(lo * factor / unit) * unit);
      double nh = Math.max(nl, Math.round(hi * factor / unit) * unit);
      out.add(new double[] {nl, nh});
    }
    return out;
  }

  /** {@code v} rounded to a multiple of {@code unit}, so a distractor is as round as the answer. */
  static double roundTo(double v, double unit) {
    return unit >= 1 ? Math.round(v / unit) * unit : v;
  }

  /** The power of ten the answer is rounded to: 4,000 → 1000; 417,121 → 1; 12.5 → 0.1. */
  static double roundingUnit(double lo, double hi) {
    double unit = 1;
    while (unit < 1e9 && lo % (unit * 10) == 0 && hi % (unit * 10) == 0 && lo >= unit * 10) {
      unit *= 10;
    }
    if (lo != Math.rint(lo) || hi != Math.rint(hi)) {
      return 0.1;
    }
    return unit;
  }

  /** Not overlapping and at least 15% apart, so no choice is nearly right. */
  private static boolean far(double l2, double h2, double lo, double hi) {
    boolean overlap = l2 <= hi && lo <= h2;
    double gap = Math.max(l2 - hi, lo - h2);
    return !overlap && (hi <= 12 || gap >= 0.15 * Math.max(hi, h2));
  }

  private static double ratio(double a, double b) {
    double x = Math.max(Math.abs(a), 1e-9) / Math.max(Math.abs(b), 1e-9);
    return x >= 1 ? x : 1 / x;
  }

  private List<String> persons(PersonFact f, RandomGenerator rng, boolean otherRoles) {
    Set<String> answerWords = new HashSet<>(Words.of(f.value().name()));
    String doc = f.evidence().document();
    String role = Words.norm(f.value().role());
    Set<String> sameRole = new HashSet<>();
    Set<String> sameRoleWords = new HashSet<>();
    for (Fact o : pool) {
      if (o instanceof PersonFact p
          && p.evidence().document().equals(doc)
          && Words.norm(p.value().role()).equals(role)) {
        sameRole.add(p.value().name());
        for (String w : Words.of(p.value().name())) {
          if (w.length() > 3) { // not particles such as "of", "the", "bin"
            sameRoleWords.add(w);
          }
        }
      }
    }
    List<String> sameDoc = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Fact o : pool) {
      if (o instanceof PersonFact p && names.add(p.value().name())) {
        List<String> w = Words.of(p.value().name());
        boolean same = p.evidence().document().equals(doc);
        if (w.stream().anyMatch(answerWords::contains)
            || w.size() == 1 && answerWords.size() > 1
            || otherRoles && same && sameRole.contains(p.value().name())
            // another form of a name that is also right ("Harold" beside a listed "Harold
            // Godwinson")
            || otherRoles && w.stream().anyMatch(sameRoleWords::contains)) {
          continue;
        }
        (same ? sameDoc : others).add(p.value().name());
      }
    }
    shuffle(sameDoc, rng);
    shuffle(others, rng);
    sameDoc.addAll(others);
    return sameDoc;
  }

  /** Fisher–Yates with the injected generator, so choices are reproducible. */
  static <T> void shuffle(List<T> list, RandomGenerator rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
