package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.PersonFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Names of other people as wrong answers, from a pool of facts whose names and roles are normalised
 * once when the pool is built. Immutable; the pool's order decides ties.
 */
final class PersonDistractors {
  /** A name of the pool with its words and normal form, at its first occurrence. */
  record Name(String name, String norm, List<String> words, String document) {}

  /** The names of one document and role, and their words longer than particles ("of", "bin"). */
  private record Role(Set<String> names, Set<String> longWords) {}

  private record RoleKey(String document, String role) {}

  private static final Role NO_ROLE = new Role(Set.of(), Set.of());

  private final List<Name> names;
  private final Map<RoleKey, Role> roles;

  /** The people of {@code pool}, other facts ignored. */
  PersonDistractors(List<? extends Fact> pool) {
    List<Name> distinct = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<RoleKey, Role> byRole = new HashMap<>();
    for (Fact f : pool) {
      if (f instanceof PersonFact p) {
        String name = p.value().name();
        List<String> words = Words.of(name);
        RoleKey key = new RoleKey(p.evidence().document(), Words.norm(p.value().role()));
        Role role = byRole.computeIfAbsent(key, k -> new Role(new HashSet<>(), new HashSet<>()));
        role.names().add(name);
        for (String w : words) {
          if (w.length() > 3) {
            role.longWords().add(w);
          }
        }
        if (seen.add(name)) {
          distinct.add(new Name(name, String.join(" ", words), List.copyOf(words), key.document()));
        }
      }
    }
    this.names = List.copyOf(distinct);
    this.roles = byRole;
  }

  /**
   * Wrong names for {@code f}, shuffled by {@code rng}: first those of its own document, then the
   * others. Never a name sharing a word with the answer, nor one word for a longer answer; with
   * {@code otherRoles}, never a name of the answer's role in its document nor one sharing a long
   * word with such a name ("Harold" beside a listed "Harold Godwinson").
   */
  List<Name> candidates(PersonFact f, RandomGenerator rng, boolean otherRoles) {
    List<String> answerWords = Words.of(f.value().name());
    boolean severalWords = new HashSet<>(answerWords).size() > 1;
    String doc = f.evidence().document();
    Role role =
        otherRoles
            ? roles.getOrDefault(new RoleKey(doc, Words.norm(f.value().role())), NO_ROLE)
            : NO_ROLE;
    List<Name> sameDoc = new ArrayList<>();
    List<Name> others = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      boolean same = n.document().equals(doc);
      if (anyIn(n.words(), answerWords)
          || n.words().size() == 1 && severalWords
          || otherRoles
              && (same && role.names().contains(n.name()) || anyIn(n.words(), role.longWords()))) {
        continue;
      }
      (same ? sameDoc : others).add(n);
    }
    Distractors.shuffle(sameDoc, rng);
    Distractors.shuffle(others, rng);
    sameDoc.addAll(others);
    return sameDoc;
  }

  private static boolean anyIn(List<String> words, Collection<String> set) {
    for (int i = 0; i < words.size(); i++) {
      if (set.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
