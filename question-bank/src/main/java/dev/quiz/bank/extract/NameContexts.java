package dev.quiz.bank.extract;

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
  private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("['’]s(?=\\s|$)");
  private static final Pattern MILITARY =
      Pattern.compile("(?i)forces|army|troops|men|fighters|corps|militia|division|brigade");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Sentence s;
  private final String t;
  private final List<PersonCandidates.Candidate> out;
  private final Matcher possessiveInside;
  private final Matcher apposition;
  private final Matcher speaker;
  private final Matcher state;
  private final Matcher possessive;
  private final Matcher subject;

  /** The contexts of names in {@code s}; candidates found are added to {@code out}. */
  NameContexts(Sentence s, List<PersonCandidates.Candidate> out) {
    this.s = s;
    this.t = s.text();
    this.out = out;
    this.possessiveInside = POSSESSIVE_INSIDE.matcher(t);
    this.apposition = PersonPatterns.APPOSITION_AFTER.matcher(t);
    this.speaker = PersonPatterns.SPEAKER.matcher(t);
    this.state = PersonPatterns.STATE.matcher(t);
    this.possessive = PersonPatterns.POSSESSIVE.matcher(t);
    this.subject = PersonPatterns.SUBJECT.matcher(t);
  }

  /** Adds the candidates for the name at [start, end) that the text after it makes a person. */
  void after(int start, int end) {
    int nameEnd = end;
    if (possessiveInside.region(start, end).find()) {
      int possStart = possessiveInside.start();
      int restStart = possessiveInside.end() + 1;
      if (restStart < end && t.substring(restStart, end).trim().contains(" ")) {
        after(restStart, end);
      }
      nameEnd = possStart;
    }
    if (tail(apposition, nameEnd)) {
      String role = apposition.group("role");
      String first = firstWords(role, 1).toLowerCase(Locale.ROOT);
      boolean clause = PersonCandidates.BOUNDARY.contains(first) && !ARTICLES.contains(first);
      if (!clause && PersonPatterns.hasRoleHead(firstWords(role, 4))) {
        add(start, nameEnd, role, true);
      }
    }
    if (tail(speaker, nameEnd)) {
      add(start, nameEnd, "", false);
    }
    if (tail(state, nameEnd)) {
      add(start, nameEnd, state.group("role"), true);
    }
    if (tail(possessive, nameEnd)) {
      add(start, nameEnd, "", MILITARY.matcher(possessive.group("what")).matches());
    }
    if (opensClause(start) && tail(subject, nameEnd)) {
      add(start, nameEnd, "", t.substring(start, nameEnd).trim().contains(" "));
    }
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

  private static String firstWords(String s, int n) {
    String[] w = SPACES.split(s.trim());
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
  }
}
