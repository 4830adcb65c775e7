package dev.quiz.bank.pipeline;

import dev.quiz.bank.extract.Evidence;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Regexes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges facts across documents: the same value stated for the same thing is one fact with several
 * sources; ranks of the same thing that differ ("fourth-largest city" vs "second largest city") are
 * both kept and marked as a conflict. Stateless.
 */
final class FactMerger {
  private static final Pattern CAPITALIZED =
      Regexes.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?");

  private FactMerger() {}

  static List<MergedFact> merge(List<Fact> facts) {
    Map<String, List<Fact>> same = new LinkedHashMap<>();
    for (Fact f : facts) {
      same.computeIfAbsent(identity(f), k -> new ArrayList<>()).add(f);
    }
    Map<String, Set<String>> valuesBySubject = new LinkedHashMap<>();
    for (Fact f : facts) {
      for (String s : rankSubjects(f)) {
        valuesBySubject.computeIfAbsent(s, k -> new HashSet<>()).add(f.value().toString());
      }
    }
    List<MergedFact> out = new ArrayList<>();
    for (List<Fact> group : same.values()) {
      Fact first = group.get(0);
      List<Evidence> sources = new ArrayList<>();
      for (Fact f : group) {
        sources.add(f.evidence());
      }
      boolean conflict =
          rankSubjects(first).stream().anyMatch(s -> valuesBySubject.get(s).size() > 1);
      out.add(new MergedFact(first, sources, conflict));
    }
    return out;
  }

  private static String identity(Fact f) {
    if (f instanceof PersonFact p) {
      return "person|"
          + p.value().name().toLowerCase(Locale.ROOT)
          + "|"
          + p.evidence().document()
          + "|"
          + p.evidence().sentenceIndex();
    }
    return f.kind().code() + "|" + f.value() + "|" + normal(f.about());
  }

  /** For a rank ("fourth-largest city"): keys naming what is ranked, one per nearby name. */
  private static Set<String> rankSubjects(Fact f) {
    Set<String> out = new HashSet<>();
    if (!(f instanceof NumberFact n) || n.style().form() != NumberStyle.Form.ORDINAL) {
      return out;
    }
    String s = f.evidence().sentence();
    int a = f.evidence().localAnswer().start();
    String before = s.substring(Math.max(0, a - 80), a);
    Matcher m = CAPITALIZED.matcher(before);
    while (m.find()) {
      String skeleton =
          m.group()
              .toLowerCase(Locale.ROOT)
              .replaceAll("['’]s$", "")
              .replaceAll("[^a-z]", "")
              .replaceAll("[aeiou]", "");
      if (skeleton.length() >= 4) {
        out.add(skeleton + "|" + normal(n.about()));
      }
    }
    return out;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
