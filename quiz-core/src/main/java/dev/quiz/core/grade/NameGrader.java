package dev.quiz.core.grade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades a typed name against a person. Case, accents, punctuation and titles ("General", "Mullah")
 * are ignored, and each word may have {@link Text#allowedTypos} typos.
 *
 * <ul>
 *   <li>correct: the whole name; or some of its words in order, including the last (surname), e.g.
 *       "Dostum" or "Rashid Dostum" for "Abdul Rashid Dostum", unless the surname alone is shared
 *       by another known person of the bank, which makes it partial;
 *   <li>partial: words of the name without the surname (a first name only);
 *   <li>wrong: anything else.
 * </ul>
 */
final class NameGrader {
  private static final Set<String> TITLES =
      new HashSet<>(
          Arrays.asList(
              "general",
              "gen",
              "mullah",
              "mulla",
              "president",
              "commander",
              "cmdr",
              "mr",
              "mrs",
              "ms",
              "dr",
              "sheikh",
              "shaikh",
              "maulvi",
              "maulana",
              "marshal",
              "field",
              "colonel",
              "col",
              "lt",
              "major",
              "minister",
              "prime",
              "king",
              "queen",
              "sir",
              "lord",
              "haji",
              "hajji",
              "emir",
              "captain",
              "capt",
              "admiral",
              "sergeant",
              "sgt",
              "it",
              "was",
              "the",
              "he",
              "she"));

  private NameGrader() {}

  static Grade grade(String name, String expected, String typed, Collection<String> knownNames) {
    List<String> want = words(name);
    List<String> got = words(typed);
    String understood = String.join(" ", got);
    if (got.isEmpty()) {
      return Grade.wrong(expected, understood, "no name given");
    }
    if (want.isEmpty() || Text.closeEnough(understood, String.join(" ", want))) {
      return Grade.correct(expected, understood);
    }
    int matched = inOrder(got, want);
    if (matched < 0) {
      return Grade.wrong(expected, understood, "not the person asked for");
    }
    boolean hasSurname = matched == want.size() - 1;
    if (!hasSurname) {
      return Grade.partial(expected, understood, "give the surname too");
    }
    if (got.size() == 1 && sharedSurname(want, knownNames)) {
      return Grade.partial(
          expected, understood, "more than one person has that name: give it in full");
    }
    return Grade.correct(expected, understood);
  }

  /** The folded words of a name without titles. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : Text.fold(name).split(" ")) {
      if (!w.isEmpty() && !TITLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Index in {@code want} of the last word matched when every typed word matches a word of the name
   * in order; -1 when one does not.
   */
  private static int inOrder(List<String> got, List<String> want) {
    int j = 0;
    int last = -1;
    for (String g : got) {
      while (j < want.size() && !Text.closeEnough(g, want.get(j))) {
        j++;
      }
      if (j == want.size()) {
        return -1;
      }
      last = j++;
    }
    return last;
  }

  private static boolean sharedSurname(List<String> want, Collection<String> knownNames) {
    String surname = want.get(want.size() - 1);
    String full = String.join(" ", want);
    for (String other : knownNames) {
      List<String> w = words(other);
      if (!w.isEmpty()
          && w.get(w.size() - 1).equals(surname)
          && !String.join(" ", w).equals(full)) {
        return true;
      }
    }
    return false;
  }
}
