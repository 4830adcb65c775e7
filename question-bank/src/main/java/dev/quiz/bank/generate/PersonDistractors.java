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
  /**
   * A name of the pool with its words and normal form, at its first occurrence, and the last word
   * of its role there ("admiral" of "Rear Admiral"; "" for none).
   */
  record Name(String name, String norm, List<String> words, String document, String rank) {}

  /**
   * The names of one document and role, their words longer than particles ("of", "bin"), and the
   * names the role's lines mark as killed or taken prisoner.
   */
  private record Role(
      Set<String> names, Set<String> longWords, Map<ClozeGenerator.Mark, Set<String>> marked) {}

  /**
   * A role in a document, and the side its infobox line gives ("- Commander2: …" gives "2"; "" for
   * any other line): the other side's commanders are the best wrong answers for one side's.
   */
  private record RoleKey(String document, String role, String side) {}

  private static final java.util.regex.Pattern SIDE_LINE =
      dev.quiz.bank.text.Regexes.compile("^-\\s*\\p{L}[\\p{L} ]*?(\\d)\\s*:");

  private static final Role NO_ROLE = new Role(Set.of(), Set.of(), Map.of());

  /**
   * The small words of names ("de" of "Charles de Lannoy", "of" of "Guy of Lusignan"): two names
   * sharing one are still two people, so it keeps neither from being the other's wrong answer.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "of", "the", "de", "la", "le", "du", "des", "del", "della", "di", "da", "dos", "das",
          "van", "von", "der", "den", "ten", "al", "el", "bin", "ibn", "ben", "y", "d");

  private final List<Name> names;

  /** The names of the pool that some fact names as a work's maker ({@link #isAuthor}). */
  private final Set<String> authors = new HashSet<>();

  private final Map<RoleKey, Role> roles;

  /**
   * For a document and role, the names of each infobox side ("1", "2"; lines of no side left out):
   * the other sides' names for one side's commander.
   */
  private final Map<RoleKey, Set<String>> sides = new HashMap<>();

  /** For each word, the indices in {@link #names} of the names that have it. */
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  /** The side of the infobox cell a fact stands in ("2"), or "" (see {@link #key}). */
  private final java.util.function.Function<? super Fact, String> cellSide;

  /** The people of {@code pool}, other facts ignored. */
  PersonDistractors(List<? extends Fact> pool) {
    this(pool, f -> "");
  }

  /**
   * The people of {@code pool}, other facts ignored; {@code cellSide} gives the side of the infobox
   * cell a fact stands in ("2" for a cell labelled "Commanders and leaders2"), or "".
   */
  PersonDistractors(
      List<? extends Fact> pool, java.util.function.Function<? super Fact, String> cellSide) {
    this.cellSide = cellSide;
    List<Name> distinct = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<RoleKey, Role> byRole = new HashMap<>();
    for (Fact f : pool) {
      if (f instanceof PersonFact p && !isKin(p)) {
        String name = p.value().name();
        if (isAuthor(p)) {
          authors.add(name);
        }
        List<String> words = Words.of(name);
        RoleKey key = key(p);
        Role role =
            byRole.computeIfAbsent(
                key, k -> new Role(new HashSet<>(), new HashSet<>(), new HashMap<>()));
        role.names().add(name);
        ClozeGenerator.Mark mark = ClozeGenerator.mark(p);
        if (mark != ClozeGenerator.Mark.NONE) {
          role.marked().computeIfAbsent(mark, k -> new HashSet<>()).add(name);
        }
        if (!key.side().isEmpty()) {
          sides
              .computeIfAbsent(new RoleKey(key.document(), key.role(), ""), k -> new HashSet<>())
              .add(name);
        }
        for (String w : words) {
          if (w.length() > 3) {
            role.longWords().add(w);
          }
        }
        if (seen.add(name)) {
          for (String w : new HashSet<>(words)) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(distinct.size());
          }
          distinct.add(
              new Name(name, String.join(" ", words), List.copyOf(words), key.document(), rank(p)));
        }
      }
    }
    this.names = List.copyOf(distinct);
    this.roles = byRole;
  }

  /** The last word of the person's role, normalised ("admiral" of "Rear Admiral"). */
  private static String rank(PersonFact p) {
    String role = Words.norm(p.value().role());
    return role.substring(role.lastIndexOf(' ') + 1);
  }

  private RoleKey key(PersonFact p) {
    String sentence = p.evidence().sentence();
    java.util.regex.Matcher side = sentence.startsWith("-") ? SIDE_LINE.matcher(sentence) : null;
    return new RoleKey(
        p.evidence().document(),
        Words.norm(p.value().role()),
        side != null && side.lookingAt() ? side.group(1) : cellSide.apply(p));
  }

  /** Works whose maker is named after "by": "the novel Romance of the Three Kingdoms by …". */
  private static final java.util.regex.Pattern WORK_BY =
      dev.quiz.bank.text.Regexes.compile(
          "(?i)\\b(?:novel|novella|book|poem|play|painting|portrait|film|documentary|memoir|memoirs"
              + "|chronicle|song|ballad|opera|symphony|epic|saga|biography|drama|screenplay)s?\\b"
              + "[^,;:.!?]{0,80}\\bby\\s+$");

  /** How far before "by" the work's noun may stand. */
  private static final int WORK_WINDOW = 100;

  /**
   * Whether the person is named as the maker of a work ("the novel … by Luo Guanzhong", "The book
   * War and Peace by Leo Tolstoy"): a writer of the battle, not one who fought it.
   */
  static boolean isAuthor(PersonFact p) {
    String s = p.evidence().sentence();
    int at = p.evidence().localAnswer().start();
    int b = at;
    while (b > 0 && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (b < 2 || !s.regionMatches(true, b - 2, "by", 0, 2)) {
      return false;
    }
    return WORK_BY.matcher(s).region(Math.max(0, at - WORK_WINDOW), at).find();
  }

  /** Roles of family: "his wife Sarah" is no one to swap for a marshal, nor a marshal for her. */
  private static final Set<String> KIN =
      Set.of(
          "wife",
          "husband",
          "mother",
          "father",
          "son",
          "daughter",
          "brother",
          "sister",
          "widow",
          "uncle",
          "aunt",
          "nephew",
          "niece",
          "cousin",
          "grandson",
          "granddaughter",
          "grandfather",
          "grandmother",
          "mistress",
          "fiancée",
          "fiancee");

  /** Whether the person's role is a family tie ("wife", "the king's son"). */
  static boolean isKin(PersonFact p) {
    String role = p.value().role();
    int space = role.lastIndexOf(' ');
    return KIN.contains(role.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Wrong names for {@code f}, shuffled by {@code rng}: first those of its own document, then
   * others of its rank, then the rest. Never a name sharing a word but a {@link #PARTICLES
   * particle} with the answer, nor one word for a longer answer unless it is the other side's in
   * the same infobox role; with {@code otherRoles}, never a name of the answer's role in its
   * document nor one sharing a long word with such a name ("Harold" beside a listed "Harold
   * Godwinson").
   */
  List<Name> candidates(PersonFact f, RandomGenerator rng, boolean otherRoles) {
    List<String> answerWords = Words.of(f.value().name());
    // a novelist is no wrong answer for a general (a writer is one for a writer)
    boolean author = isAuthor(f);
    boolean severalWords = new HashSet<>(answerWords).size() > 1;
    String doc = f.evidence().document();
    RoleKey own = key(f);
    Role role = otherRoles ? roles.getOrDefault(own, NO_ROLE) : NO_ROLE;
    // the other side's commanders, one name each or not ("Saladin" for "Guy of Lusignan")
    Set<String> otherSide =
        own.side().isEmpty()
            ? Set.of()
            : sides.getOrDefault(new RoleKey(own.document(), own.role(), ""), Set.of());
    boolean[] sharing = new boolean[names.size()];
    mark(answerWords.stream().filter(w -> !PARTICLES.contains(w)).toList(), sharing);
    mark(role.longWords(), sharing);
    // "which of these was taken prisoner?": the role's names without that mark come first
    ClozeGenerator.Mark asked = otherRoles ? ClozeGenerator.mark(f) : ClozeGenerator.Mark.NONE;
    Set<String> markedAlike = role.marked().getOrDefault(asked, Set.of());
    List<Name> unmarked = new ArrayList<>();
    List<Name> sameDoc = new ArrayList<>();
    List<Name> others = new ArrayList<>();
    // of other documents' people, those of the answer's rank first: admirals for an admiral,
    // spokesmen for a spokesman
    String rank = rank(f);
    List<Name> othersOfRank = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      boolean same = n.document().equals(doc);
      if (asked != ClozeGenerator.Mark.NONE
          && same
          && role.names().contains(n.name())
          && !markedAlike.contains(n.name())
          && !n.name().equals(f.value().name())) {
        unmarked.add(n);
        continue;
      }
      if (sharing[i]
          || !author && authors.contains(n.name())
          || n.words().size() == 1 && severalWords && !(same && otherSide.contains(n.name()))
          || same && role.names().contains(n.name())) {
        continue;
      }
      (same ? sameDoc : !rank.isEmpty() && rank.equals(n.rank()) ? othersOfRank : others).add(n);
    }
    Distractors.shuffle(sameDoc, rng);
    Distractors.shuffle(othersOfRank, rng);
    Distractors.shuffle(others, rng);
    if (!unmarked.isEmpty()) {
      Distractors.shuffle(unmarked, rng);
      unmarked.addAll(sameDoc);
      sameDoc = unmarked;
    }
    sameDoc.addAll(othersOfRank);
    sameDoc.addAll(others);
    return sameDoc;
  }

  /** Marks in {@code sharing} the names that have any of {@code words}. */
  private void mark(Collection<String> words, boolean[] sharing) {
    for (String w : words) {
      for (int i : byWord.getOrDefault(w, List.of())) {
        sharing[i] = true;
      }
    }
  }
}
