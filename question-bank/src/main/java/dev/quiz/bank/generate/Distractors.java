package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Regexes;
import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Wrong answers for multiple choice: of the same kind and scale, written the same way, taken from
 * other facts of the corpus where possible; never equal to or overlapping the answer. Immutable.
 */
final class Distractors {
  /** At most this many facts of the corpus are looked at, so big batches stay linear. */
  private static final int POOL_CAP = 400;

  private final PersonDistractors persons;
  private final NumberDistractors numbers;

  /**
   * Another document is only a plausible source of wrong answers when its main year is within this
   * many years of the document's: a general of 1862 among the answers for 1996 is absurd.
   */
  static final int ERA_WINDOW = 25;

  /** Distractors drawn from the document's own facts and a sample of the corpus, any era. */
  Distractors(List<? extends Fact> document, List<? extends Fact> corpus) {
    this(document, Corpus.of(corpus), d -> true);
  }

  /**
   * Distractors drawn first from the document's own facts, then from a sample of the corpus facts
   * whose document {@code sameEra} accepts (by file name; the same name must get the same answer).
   */
  Distractors(
      List<? extends Fact> document, List<? extends Fact> corpus, Predicate<String> sameEra) {
    this(document, Corpus.of(corpus), sameEra);
  }

  /** As {@link #Distractors(List, List, Predicate)}, from a corpus grouped once per batch. */
  Distractors(List<? extends Fact> document, Corpus corpus, Predicate<String> sameEra) {
    this(document, corpus, sameEra, f -> "");
  }

  /**
   * As {@link #Distractors(List, Corpus, Predicate)}; {@code cellSide} gives the side of the
   * infobox cell a fact of the document stands in ("2"), or "": each side's people are wrong
   * answers for the other's.
   */
  Distractors(
      List<? extends Fact> document,
      Corpus corpus,
      Predicate<String> sameEra,
      java.util.function.Function<? super Fact, String> cellSide) {
    List<Fact> p = new ArrayList<>(document);
    String own = document.isEmpty() ? "" : document.get(0).evidence().document();
    p.addAll(corpus.sample(own, sameEra, POOL_CAP));
    this.persons = new PersonDistractors(p, cellSide);
    this.numbers = new NumberDistractors(p);
  }

  /**
   * Whether a document with main year {@code other} is of the same era as one with {@code own}:
   * both known and at most {@link #ERA_WINDOW} years apart.
   */
  static boolean sameEra(OptionalInt own, OptionalInt other) {
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
   * person picked out of a list where the document's other names of that role could be right too;
   * for one the list marks as killed or taken prisoner, first the role's names without that mark.
   */
  Optional<List<String>> pickOtherDocuments(Fact f, int n, RandomGenerator rng) {
    return pick(f, n, rng, true);
  }

  private Optional<List<String>> pick(Fact f, int n, RandomGenerator rng, boolean otherRoles) {
    // a list line's question shows none of the line ("Commander: which of these was taken
    // prisoner?"), so the names beside the answer may be wrong answers
    String shown = otherRoles ? "" : rest(f);
    Picked picked = new Picked(Words.norm(f.answer()), n, Words.norm(shown));
    if (f instanceof NumberFact nf) {
      numbers.offer(nf, c -> picked.offer(c, Words.norm(c)));
    } else if (f instanceof DateFact df) {
      DateShifts.offer(df.answer(), place(df), c -> picked.offer(c, Words.norm(c)));
    } else if (PersonDistractors.isKin((PersonFact) f)) {
      return Optional.empty(); // other names would be absurd as someone's wife or son
    } else {
      // "Field Marshal ____ took command" in a sentence about Charles takes no Charles XII: one
      // the sentence names beside the blank is not who it leaves out
      List<Set<String>> named = namesIn(shown);
      for (PersonDistractors.Name c : persons.candidates((PersonFact) f, rng, otherRoles)) {
        if (!named.isEmpty() && isNamed(c.name(), named) || sameRuler(c.name(), picked.out)) {
          continue;
        }
        if (picked.offer(c.name(), c.norm())) {
          break;
        }
      }
    }
    return picked.out.size() < n ? Optional.empty() : Optional.of(picked.out);
  }

  /**
   * The place (0 to 3) a fact's answer should take among its four choices sorted by value, so that
   * it is not always the one in the middle: fixed per fact (its answer and sentence), spread evenly
   * over facts.
   */
  static int place(Fact f) {
    int h = f.answer().hashCode() * 31 + f.evidence().sentence().hashCode();
    return Math.floorMod(h ^ (h >>> 16), 4);
  }

  /**
   * The names {@code text} may hold: each run of words that start with a capital letter, parted
   * only by spaces, stops or hyphens ("Atta Muhammad Nur", "George S. Patton", "Charles" of
   * "Charles was shot"), as its {@link Words#norm normalised} words.
   */
  static List<Set<String>> namesIn(String text) {
    List<Set<String>> out = new ArrayList<>();
    Set<String> run = null;
    int n = text.length();
    int end = 0;
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (!Character.isUpperCase(text.charAt(i))) {
        run = null;
      } else {
        if (run == null || !joins(text, end, i)) {
          run = new HashSet<>();
          out.add(run);
        }
        run.add(Words.norm(text.substring(i, j)));
      }
      end = j;
      i = j;
    }
    return out;
  }

  /** Whether only spaces, stops and hyphens stand between {@code from} and {@code to}. */
  private static boolean joins(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code name} is one of the {@link #namesIn names}: its capitalised words hold all of
   * one's, or one's hold all of its ("Charles" names Charles XII of Sweden; "Atta Muhammad Nur"
   * does not name Sufi Muhammad).
   */
  static boolean isNamed(String name, List<Set<String>> names) {
    Set<String> own = new HashSet<>();
    for (Set<String> run : namesIn(name)) {
      own.addAll(run);
    }
    for (Set<String> run : names) {
      if (own.containsAll(run) || run.containsAll(own)) {
        return true;
      }
    }
    return false;
  }

  /** A ruler's name by number or epithet: "Peter I", "Peter the Great", "Louis XIV of France". */
  private static final Pattern REGNAL =
      Regexes.compile("^\\p{Lu}\\p{L}+ (?:[IVXL]+|the \\p{Lu}\\p{L}+)(?: |$)");

  /**
   * Whether {@code name} and one of {@code chosen} share a first word and one of them is a ruler's
   * name ("Peter I" beside "Peter the Great"): likely one person twice.
   */
  static boolean sameRuler(String name, List<String> chosen) {
    int space = name.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String first = name.substring(0, space + 1);
    boolean regnal = REGNAL.matcher(name).lookingAt();
    for (String c : chosen) {
      if (c.startsWith(first) && (regnal || REGNAL.matcher(c).lookingAt())) {
        return true;
      }
    }
    return false;
  }

  /** The fact's sentence without its answer: what the stem around the blank shows. */
  private static String rest(Fact f) {
    String s = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    return s.substring(0, a.start()) + " " + s.substring(a.end());
  }

  /**
   * The first {@code n} candidates whose words differ from the answer's and each other's and are
   * not in the rest of the sentence ("entered the city in ____ and again in 2016" takes no 2016;
   * "lost ____; the others lost about 9,000" takes no "some 9,000").
   */
  private static final class Picked {
    private final Set<String> seen = new HashSet<>();
    private final List<String> out = new ArrayList<>();
    private final int n;
    private final String shown;

    Picked(String answerNorm, int n, String shown) {
      seen.add(answerNorm);
      this.n = n;
      this.shown = shown;
    }

    /** Takes {@code candidate} (words {@code norm}) if it is new and room is left; whether full. */
    boolean offer(String candidate, String norm) {
      if (out.size() < n
          && !norm.isEmpty()
          && !Words.showsNorm(shown, Words.figures(norm))
          && seen.add(norm)) {
        out.add(candidate);
      }
      return out.size() >= n;
    }
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
