package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contexts that follow a name in one unit and make it a person: an apposition (", an Egyptian
 * militant"), speech (" said"), a state (" is wounded"), a possessive ("'s forces"), a clause
 * subject (" fought"). Each pattern has one matcher for the whole unit, moved from name to name.
 * Not thread-safe: one per unit.
 */
final class NameContexts {
  private static final Pattern POSSESSIVE_INSIDE = Regexes.compile("['’]s(?=\\s|$)");
  private static final Pattern MILITARY =
      Regexes.compile(
          "(?i)forces|army|fleet|troops|men|fighters|corps|militia|division|brigade|play|novel|poem"
              + "|film|painting|memoirs?|diary|biography|opera|symphony");
  static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** A verb of reporting ending an apposition: ", a TASS correspondent reported". */
  private static final Pattern REPORTED =
      Regexes.compile("\\s(?:reported|reports|said|says|wrote|writes|added|adds|told)\\s*$");

  /** A verb of taking over a post, with the holder's kin word, right before a name. */
  private static final Pattern REPLACED =
      Regexes.compile(
          "\\b(?:replaced|replacing|replaces|succeeded|succeeding|succeeds|relieved|relieving)\\s+"
              + "(?:(?:his|her|their|the)\\s+\\p{Ll}+\\s+)?$");

  /** Words that open a clause, never a role, after a name's comma. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "but",
          "yet",
          "so",
          "although",
          "though",
          "because",
          "whereas",
          "whilst",
          "if",
          "unless",
          "until",
          "when",
          "where",
          "then");

  /** The characters the role of {@link PersonPatterns#APPOSITION_AFTER} cannot hold. */
  private static final String ROLE_STOPS = ",.;:“”\"()";

  private static final Pattern SPACES = Regexes.compile("\\s+");

  /** The words {@link PersonPatterns#SPEAKER} and the like start with after their white space. */
  private static final Prefixes SPEECH = wordsAfterSpaces(PersonPatterns.SPEAKER);

  private static final Prefixes STATES = wordsAfterSpaces(PersonPatterns.STATE);
  private static final Prefixes DEEDS = wordsAfterSpaces(PersonPatterns.SUBJECT);
  private static final Prefixes AS = wordsAfterSpaces(PersonPatterns.AS_ROLE);

  private final Sentence s;
  private final String t;
  private final List<PersonCandidates.Candidate> out;

  /** The matcher of each context, made when first needed (most units need few of them). */
  private Matcher possessiveInside;

  private Matcher apposition;
  private Matcher speaker;
  private Matcher state;
  private Matcher possessive;
  private Matcher subject;
  private Matcher asRole;

  /** The contexts of names in {@code s}; candidates found are added to {@code out}. */
  NameContexts(Sentence s, List<PersonCandidates.Candidate> out) {
    this.s = s;
    this.t = s.text();
    this.out = out;
  }

  /**
   * Adds the candidates for the name at [start, end) that the text after it makes a person. Each
   * context is tried only when the character or word it starts with is there.
   */
  void after(int start, int end) {
    int nameEnd = possessiveInside(start, end);
    char next = nameEnd < t.length() ? t.charAt(nameEnd) : '\0';
    if (next == ','
        && mayStartRole(nameEnd + 1)
        && !clauseAfter(t, nameEnd + 1)
        && tail(apposition = make(apposition, PersonPatterns.APPOSITION_AFTER), nameEnd)) {
      String role = apposition.group("role");
      String first = firstWords(role, 1).toLowerCase(Locale.ROOT);
      boolean clause =
          PersonCandidates.BOUNDARY.contains(first) && !ARTICLES.contains(first)
              // "the Blitz, giving Fighter Command time": a participle opens a clause
              || !role.isBlank() && PersonCandidates.isParticiple(role.strip(), 0, first)
              // "Mafeking, defended by Colonel Baden-Powell, was relieved": a passive clause
              || first.length() > 3 && first.endsWith("ed") && role.strip().startsWith(first)
              || PersonCandidates.afterThe(t, start)
              // "the Duke of Normandy, Edward's cousin": the cousin is the duke, not the land
              || PersonCandidates.afterTitleOf(t, start)
              // "saved Europe, but most historians think …": a conjunction opens a clause
              || CLAUSE_OPENERS.contains(first)
              // "the Battle of Stalingrad, a TASS correspondent reported": the role says who spoke
              || REPORTED.matcher(role).find();
      if (!clause && (PersonPatterns.hasRoleHead(firstWords(role, 4)) || endsInRoleHead(role))) {
        add(start, nameEnd, role, true);
      }
    }
    int word = Chars.spacesEnd(t, nameEnd);
    boolean spaced = word > nameEnd && word < t.length();
    if (spaced
        && SPEECH.at(t, word)
        && tail(speaker = make(speaker, PersonPatterns.SPEAKER), nameEnd)) {
      add(start, nameEnd, "", false);
    }
    if (spaced && AS.at(t, word) && tail(asRole = make(asRole, PersonPatterns.AS_ROLE), nameEnd)) {
      // "with Amir Peretz as defence minister": the post he held
      String role = asRole.group("role");
      String first = firstWords(role, 1).toLowerCase(Locale.ROOT);
      if (!PersonCandidates.BOUNDARY.contains(first) && !PersonCandidates.afterThe(t, start)) {
        // "Küchler replaced Leeb as commander": both held the post, so it asks for no one
        boolean replaced = REPLACED.matcher(t.substring(Math.max(0, start - 40), start)).find();
        add(
            start,
            nameEnd,
            replaced ? "" : role,
            !replaced && t.substring(start, nameEnd).trim().contains(" "));
      }
    }
    if (spaced && STATES.at(t, word) && tail(state = make(state, PersonPatterns.STATE), nameEnd)) {
      // towns, forts and ships are captured or missing too: that alone is weak evidence
      String role = state.group("role");
      add(start, nameEnd, role, !role.equals("captured") && !role.equals("missing"));
    }
    if ((next == '\'' || next == '’')
        && tail(possessive = make(possessive, PersonPatterns.POSSESSIVE), nameEnd)) {
      add(start, nameEnd, "", MILITARY.matcher(possessive.group("what")).matches());
    }
    if (spaced
        && DEEDS.at(t, word)
        && opensClause(start)
        && tail(subject = make(subject, PersonPatterns.SUBJECT), nameEnd)) {
      add(start, nameEnd, "", t.substring(start, nameEnd).trim().contains(" "));
    }
  }

  /**
   * Where the name at [start, end) ends before a possessive inside it ("Dostum's forces" in a
   * longer name), the rest tried as a name of its own when it has two words; else {@code end}.
   */
  private int possessiveInside(int start, int end) {
    if (!hasQuote(start, end)) {
      return end;
    }
    possessiveInside = make(possessiveInside, POSSESSIVE_INSIDE);
    if (possessiveInside.region(start, end).find()) {
      int possStart = possessiveInside.start();
      int restStart = possessiveInside.end() + 1;
      if (restStart < end && t.substring(restStart, end).trim().contains(" ")) {
        after(restStart, end);
      }
      return possStart;
    }
    return end;
  }

  /**
   * Whether the role of {@link PersonPatterns#APPOSITION_AFTER} can start after white space at
   * {@code i}: with a lower-case letter ("a", "the", "head of") or a possessive ("Taliban's").
   */
  private boolean mayStartRole(int i) {
    int k = Chars.spacesEnd(t, i);
    if (k == i || k == t.length()) {
      return false;
    }
    char c = t.charAt(k);
    if (Character.isLowerCase(c) || Character.isSurrogate(c)) {
      return true;
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    int j = k + 1;
    while (j < t.length()
        && (Character.isLetter(t.charAt(j)) || Character.isSurrogate(t.charAt(j)))) {
      j++;
    }
    if (j > k + 1
        && j + 2 < t.length()
        && (t.charAt(j) == '\'' || t.charAt(j) == '’')
        && t.charAt(j + 1) == 's'
        && Chars.isSpace(t.charAt(j + 2))) {
      return true;
    }
    // a role written with its capital before what it is of or for: ", Spokesperson for the UN
    // Secretary-General,", ", Bishop of Norwich,"
    return j > k + 1
        && (t.startsWith(" of ", j) || t.startsWith(" for ", j))
        && PersonPatterns.hasRoleHead(t.substring(k, j));
  }

  /**
   * Whether the word after the white space at {@code i} is one that makes an apposition a clause
   * (", and", ", who"): its first word is then that word, whatever the regex takes as the role, and
   * the role is refused. False where that cannot be read so simply: a control character there, or a
   * line terminator at the end of the text (where '$' may cut the word).
   */
  static boolean clauseAfter(String t, int i) {
    int k = Chars.spacesEnd(t, i);
    char last = t.charAt(t.length() - 1);
    if (k == t.length()
        || t.charAt(k) < ' '
        || last == '\u0085'
        || last == '\u2028'
        || last == '\u2029') {
      return false;
    }
    int e = k;
    while (e < t.length() && !Chars.isSpace(t.charAt(e)) && ROLE_STOPS.indexOf(t.charAt(e)) < 0) {
      e++;
    }
    String first = t.substring(k, e).toLowerCase(Locale.ROOT);
    return PersonCandidates.BOUNDARY.contains(first) && !ARTICLES.contains(first);
  }

  private boolean hasQuote(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (c == '\'' || c == '’') {
        return true;
      }
    }
    return false;
  }

  /** {@code m}, or a matcher of {@code p} over the text when it is not made yet. */
  private Matcher make(Matcher m, Pattern p) {
    return m != null ? m : p.matcher(t);
  }

  /** What the words of a pattern that starts with white space ({@code \s+}) start with. */
  private static Prefixes wordsAfterSpaces(Pattern p) {
    String regex = p.pattern();
    if (!regex.startsWith("\\s+")) {
      throw new IllegalArgumentException("pattern does not start with \\s+: " + regex);
    }
    return Prefixes.of(false, regex.substring(3));
  }

  /** Whether {@code m} matches right at {@code end} (seeing nothing before it). */
  private boolean tail(Matcher m, int end) {
    return m.region(end, t.length()).lookingAt();
  }

  /** Whether only white space, or a ',' or ';' and white space, comes before {@code start}. */
  private boolean opensClause(int start) {
    int b = start;
    while (b > 0 && t.charAt(b - 1) <= ' ') {
      b--;
    }
    return b == 0 || t.charAt(b - 1) == ',' || t.charAt(b - 1) == ';';
  }

  private void add(int start, int end, String role, boolean strong) {
    PersonCandidates.add(out, s, start, end, role, strong);
  }

  /**
   * Whether a longer apposition is a noun phrase ending in its role: "the wartime Bosnian Serb
   * political leader", "the city's former police chief" (up to eight words, no clause word).
   */
  private static boolean endsInRoleHead(String role) {
    String[] w = SPACES.split(role.trim());
    if (w.length < 5 || w.length > 8) {
      return false;
    }
    for (String x : w) {
      if (NOT_IN_NOUN_PHRASE.contains(x.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return PersonPatterns.hasRoleHead(w[w.length - 1]);
  }

  /** Words that open a clause or a verb phrase, never inside a role's noun phrase. */
  private static final java.util.Set<String> NOT_IN_NOUN_PHRASE =
      java.util.Set.of(
          "who", "whom", "whose", "which", "that", "where", "when", "while", "as", "was", "were",
          "is", "are", "had", "has", "have", "and", "or", "but", "to", "with", "by", "after",
          "before", "in", "on", "at", "from", "became", "said", "says");

  static String firstWords(String s, int n) {
    String[] w = SPACES.split(s.trim());
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
  }
}
