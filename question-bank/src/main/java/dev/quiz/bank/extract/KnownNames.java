package dev.quiz.bank.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The names a document uses, with their words split once, for linking short forms to full names
 * ({@link Names#canonical}) without re-splitting every known name for every mention. Not
 * thread-safe (one per document).
 */
final class KnownNames {
  private final List<String> names;
  private final List<List<String>> words;
  private final Map<String, String> canonical = new HashMap<>();

  /** The known names in order (duplicates ignored: they never change a link). */
  KnownNames(List<String> known) {
    this.names = new ArrayList<>(new LinkedHashSet<>(known));
    this.words = new ArrayList<>(names.size());
    for (String k : names) {
      words.add(Names.tokens(k));
    }
  }

  /** Same as {@link Names#canonical(String, List)} over the known names, remembered per name. */
  String canonical(String name) {
    String c = canonical.get(name);
    if (c == null) {
      c = link(name);
      canonical.put(name, c);
    }
    return c;
  }

  private String link(String name) {
    List<String> mine = Names.tokens(name);
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> theirs = words.get(i);
      if (theirs.size() > mine.size() && Names.containsAll(theirs, mine)) {
        matches.add(i);
      }
    }
    if (matches.isEmpty()) {
      return name;
    }
    int best = matches.get(0);
    for (int m : matches) {
      List<String> mw = words.get(m);
      List<String> bw = words.get(best);
      if (!Names.containsAll(mw, bw) && !Names.containsAll(bw, mw)) {
        return name;
      }
      best = mw.size() > bw.size() ? m : best;
    }
    return names.get(best);
  }
}
