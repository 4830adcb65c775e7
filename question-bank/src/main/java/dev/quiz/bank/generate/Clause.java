package dev.quiz.bank.generate;

import dev.quiz.bank.text.Abbreviations;
import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The clause of a sentence that holds an answer, split into an optional introduction, subject, verb
 * group and rest, from part-of-speech tags. Immutable after construction.
 */
final class Clause {
  private static final Pattern FINAL_Y = Regexes.compile("y$");

  /** A stem that takes back an "e" ("forc" → "force"). */
  private static final Pattern SILENT_E =
      // one syllable of one vowel before one consonant: "vot", "stak" (of "voted", "staked")
      Regexes.compile(".*(?:[vzcg]|ur|us|[^aeiou][rl])$|^[^aeiou]+[aeiou][^aeiouwxy]$");

  private static final Pattern DEMONYM =
      Regexes.compile(
          "\\p{Lu}\\p{L}*(?:an|ish|ese|i|ch|ic)|Yugoslav|Slav|Welsh|Swiss|Greek|Cypriot|Thai|Basque");

  /** Nouns that need an article as a subject: "Battle fought on …" opens an entry, no clause. */
  private static final Set<String> BARE_ENTRY_NOUNS =
      Set.of(
          "battle",
          "war",
          "siege",
          "treaty",
          "campaign",
          "attack",
          "revolt",
          "rebellion",
          "uprising",
          "massacre",
          "raid",
          "offensive",
          "invasion",
          "conflict",
          "engagement");

  private static final Set<String> BREAKS = Set.of(";", ":", "—", "–", "(", ")", "\"", "“", "”");

  /** Verbs whose past is written as their base form ("read", "put", "set"). */
  private static final Set<String> SAME_IN_PAST =
      Set.of(
          "read",
          "put",
          "set",
          "cut",
          "hit",
          "let",
          "cost",
          "spread",
          "shut",
          "beat",
          "bet",
          "burst",
          "cast",
          "quit",
          "split",
          "thrust",
          "upset",
          "broadcast",
          "forecast",
          "hurt",
          "shed",
          "rid",
          "bid",
          "offset",
          "reset",
          "recast");

  private static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "that", "whose");

  private static final Set<String> SUBORDINATORS =
      Set.of(
          "while",
          "but",
          "although",
          "though",
          "whereas",
          "which",
          "when",
          "after",
          "before",
          "as",
          "because",
          "since",
          "and");

  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /** Determiners that open a noun phrase of their own. */
  private static final Set<String> PHRASE_OPENERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our");

  /** Nouns of time a clause may follow without "when" or "that" ("the day the city fell"). */
  private static final Set<String> CLAUSE_TIME_NOUNS =
      Set.of(
          "time", "times", "moment", "day", "night", "morning", "evening", "week", "month", "year",
          "hour", "point", "instant");

  /** Pronouns that are a clause's subject ("I" left out: it is also a ruler's numeral). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");

  /** What parts a timeline entry's date from its clause. */
  private static final Set<String> ENTRY_MARKS = Set.of("–", "—", "-", ":");

  /** Words before a number that make it approximate ("about 20,000 Persians died"). */
  private static final Set<String> APPROXIMATORS =
      Set.of(
          "about",
          "around",
          "over",
          "under",
          "nearly",
          "almost",
          "roughly",
          "approximately",
          "some",
          "circa");

  /** Words that open a subordinate clause when a finite verb follows: the predicate ends there. */
  private static final Set<String> SUBORDINATE_OPENERS =
      Set.of("after", "before", "when", "while", "because", "although", "though", "whereas");

  /** Openers that after a noun of time are adverbs ("the day before", "a week after"). */
  private static final Set<String> ADVERB_AFTER_TIME = Set.of("after", "before");

  final List<Token> tokens;
  final int answerFrom;
  final int answerTo;

  /**
   * Whether the clause's first word opens its sentence (only punctuation or a label's colon before
   * it), so that its capital may be the sentence's and not the word's own.
   */
  final boolean opensSentence;

  int verb = -1;
  int subjectStart;

  /**
   * Whether the words dropped before the clause hold "which" or "whom" (set by {@link #around}).
   */
  private boolean objectRelative;

  /** Whether the clause is a timeline entry's, its present tense meaning the past. */
  boolean timeline;

  private Clause(List<Token> tokens, int answerFrom, int answerTo, boolean opensSentence) {
    this.tokens = tokens;
    this.answerFrom = answerFrom;
    this.answerTo = answerTo;
    this.opensSentence = opensSentence;
  }

  /**
   * The clause around the answer's tokens [from, to) of the sentence tokens, or null when the
   * sentence has no usable clause.
   */
  static Clause around(List<Token> all, int from, int to) {
    Clause entry = timelineEntry(all, from, to);
    if (entry != null) {
      return entry;
    }
    int s = from;
    while (s > 0 && !isBreak(all, s - 1)) {
      s--;
    }
    int e = to;
    while (e < all.size() && !isBreak(all, e)) {
      e++;
    }
    int opener = s;
    while (s < from
        && (all.get(s).is("CCONJ")
            || all.get(s).is("SCONJ")
            || SUBORDINATORS.contains(all.get(s).lower()))) {
      s++;
    }
    Clause c = of(all, s, e, from, to);
    if (c == null) {
      c = withoutApposition(all, s, e, from, to);
    }
    // "After his victory at X, Hannibal spent …": the word belongs to the introduction, not to a
    // clause joined to the one before
    if (c != null && opener < s) {
      Clause whole = of(all, opener, e, from, to);
      if (whole != null && whole.subjectStart > 0) {
        return whole;
      }
    }
    if (c != null) {
      for (int k = opener; k < s; k++) {
        c.objectRelative |= OBJECT_RELATIVES.contains(all.get(k).lower());
      }
    }
    return c;
  }

  /**
   * "June 25, 1950 – North Korean forces cross the 38th parallel …": the clause a timeline entry's
   * date introduces (told in the present, meaning the past), or null when the answer [from, to)
   * does not open its sentence before a dash or colon.
   */
  private static Clause timelineEntry(List<Token> all, int from, int to) {
    if (to + 2 >= all.size() || !opens(all, from) || !ENTRY_MARKS.contains(all.get(to).text())) {
      return null;
    }
    int e = to + 1;
    while (e < all.size() && !isBreak(all, e)) {
      e++;
    }
    List<Token> entry = new ArrayList<>(all.subList(from, e));
    Clause c = new Clause(entry, 0, to - from, true);
    c.timeline = true;
    c.findVerb();
    if (c.verb < 0) {
      // "Seoul falls to …", "Germany invades Poland": the tagger reads a name's verb in the
      // present as a plural noun; after a name, before a preposition, article or name, it is one
      for (int i = to - from + 2; i + 1 < entry.size(); i++) {
        Token t = entry.get(i);
        Token next = entry.get(i + 1);
        Token prev = entry.get(i - 1);
        if (t.is("NOUN")
            && t.text().endsWith("s")
            && Character.isLowerCase(t.text().charAt(0))
            // "Seoul falls to …", "The British army attacks at Beaumont"
            && (prev.is("PROPN") || prev.is("NOUN") && !prev.text().endsWith("s"))
            && (next.is("ADP") || next.is("DET") || next.is("PROPN"))) {
          entry.set(i, new Token(t.text(), t.span(), "VERB", presentLemma(t.lower())));
          c.findVerb();
          break;
        }
      }
    }
    return c.verb <= to - from || !c.subjectIsNounPhrase() ? null : c;
  }

  /**
   * "Fort Douaumont, the largest of the forts, fell on 25 February": the clause without the
   * apposition between its subject and its verb ("Fort Douaumont fell on 25 February"), or null
   * when the tokens [s, e) are not a name, an apposition opening with a determiner and a verb after
   * it, or the answer is in the apposition.
   */
  private static Clause withoutApposition(List<Token> all, int s, int e, int from, int to) {
    int open = s;
    while (open < e && !all.get(open).text().equals(",")) {
      if (all.get(open).isVerb() || all.get(open).is("ADP") && open == s) {
        return null;
      }
      open++;
    }
    int close = open + 1;
    while (close < e && !all.get(close).text().equals(",")) {
      if (all.get(close).isVerb()) {
        return null;
      }
      close++;
    }
    Token first = all.get(s);
    boolean named =
        open > s
            && (first.is("DET")
                || (first.is("PROPN") || first.is("NOUN"))
                    && Character.isUpperCase(first.text().charAt(0)));
    if (!named
        || close + 1 >= e
        || !all.get(open + 1).is("DET")
        || !all.get(close + 1).isVerb()
        || all.get(close + 1).lower().endsWith("ing")
        || from <= close) {
      return null;
    }
    List<Token> spliced = new ArrayList<>(all.subList(s, open));
    spliced.addAll(all.subList(close + 1, e));
    int cut = close + 1 - open;
    Clause c = new Clause(spliced, from - s - cut, to - s - cut, opens(all, s));
    c.findVerb();
    return c.verb < 0 || !c.subjectIsNounPhrase() ? null : c;
  }

  private static Clause of(List<Token> all, int s, int e, int from, int to) {
    Clause c = new Clause(new ArrayList<>(all.subList(s, e)), from - s, to - s, opens(all, s));
    c.findVerb();
    return c.verb < 0 || !c.subjectIsNounPhrase() ? null : c;
  }

  /**
   * The verb's particle in lower case ("on" of "went on until 1071", "up" of "gave up"): a word a
   * question may end with; "" when the word after the verb is not one.
   */
  String particle() {
    if (verb < 0 || verb + 2 >= tokens.size()) {
      return "";
    }
    Token next = tokens.get(verb + 1);
    boolean small = next.is("ADP") || next.is("PART") || next.is("ADV");
    // a particle, not a preposition: another preposition follows it ("on until", "up in")
    return small && tokens.get(verb + 2).is("ADP") ? next.lower() : "";
  }

  /**
   * Whether the clause opens with an object relative ("which", "that", "whom"): "which Tallard had
   * packed with …" has lost its object to the word.
   */
  boolean afterObjectRelative() {
    for (int i = 0; i < subjectStart && i < tokens.size(); i++) {
      if (OBJECT_RELATIVES.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return objectRelative;
  }

  /** Whether a relative word ("which", "who", "that") stands between {@code from} and the verb. */
  boolean relativeBeforeVerb(int from) {
    for (int i = from; i < verb; i++) {
      if (RELATIVES.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the name starts in a subject of lower-case nouns then only proper nouns ("chief General
   * Eduardo Año", the role's article or owner cut off before it); {@code subjectStart} otherwise.
   */
  private int nameAfterBareRole() {
    int k = subjectStart;
    while (k < verb
        && (tokens.get(k).is("NOUN") || tokens.get(k).is("ADJ"))
        && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
      k++;
    }
    if (k == subjectStart || verb - k < 2) {
      return subjectStart;
    }
    for (int i = k; i < verb; i++) {
      if (!tokens.get(i).is("PROPN")) {
        return subjectStart;
      }
    }
    return k;
  }

  /** Whether {@code word} is a people's or country's adjective ("Afghan", "British", "Iraqi"). */
  static boolean demonym(String word) {
    return DEMONYM.matcher(word).matches();
  }

  /** Whether only punctuation, or a label ending in a colon, comes before token {@code s}. */
  private static boolean opens(List<Token> all, int s) {
    if (s > 0 && all.get(s - 1).text().equals(":")) {
      return true;
    }
    for (int i = 0; i < s; i++) {
      if (Character.isLetterOrDigit(all.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at clause token {@code i} may be capitalised only for opening the sentence:
   * "The" of "The Taliban" may, "Jellicoe's" after ", and" and "Rear-Admiral" after "On 1 August
   * 1798," may not.
   */
  boolean capitalisedForPlace(int i) {
    if (!opensSentence) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (Character.isLetterOrDigit(tokens.get(k).text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBreak(List<Token> all, int i) {
    String t = all.get(i).text();
    if (t.equals(".") && closesAbbreviation(all, i)) {
      return false;
    }
    if (BREAKS.contains(t) || t.equals(".") || t.equals("?") || t.equals("!")) {
      return true;
    }
    // a dateline's dash may stay glued to its neighbours: "11.—President"
    if (t.length() > 1 && (t.indexOf('—') >= 0 || t.indexOf('–') >= 0)) {
      return true;
    }
    if (!t.equals(",") || i + 1 >= all.size()) {
      return false;
    }
    String next = all.get(i + 1).lower();
    if (next.equals("and") || next.equals("but")) {
      return i + 2 < all.size()
          && (all.get(i + 2).is("DET")
              || all.get(i + 2).is("PRON")
              || all.get(i + 2).is("PROPN")
              || all.get(i + 2).is("NUM"));
    }
    return SUBORDINATORS.contains(next);
  }

  /** The period of "Gen. Lee" or "Sept. 5", which the tokenizer may split from its word. */
  private static boolean closesAbbreviation(List<Token> all, int i) {
    if (i == 0) {
      return false;
    }
    Token before = all.get(i - 1);
    return before.span().end() == all.get(i).span().start()
        && Abbreviations.contains(before.text());
  }

  private void findVerb() {
    subjectStart = introEnd();
    for (int i = subjectStart; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isVerb()
          && !t.lower().endsWith("ing")
          && (i < answerFrom || i >= answerTo)
          && !attributive(i)) {
        // "… Council calls on member states to help …" with "calls" read as a noun: an
        // infinitive is no clause's verb
        if (i > 0 && tokens.get(i - 1).lower().equals("to")) {
          return;
        }
        verb = relativeInSubject(i) ? verbAfterRelative(i) : i;
        subjectStart = bareIntroEnd(subjectStart, verb);
        return;
      }
    }
  }

  /**
   * Where the subject starts after a prepositional phrase opening the clause without its comma
   * ("After the siege the garrison lost …", "In 1902 the army marched …"): at an article or a
   * subject pronoun right after a noun or number before the verb, as no noun phrase runs on so.
   * {@code from} when there is none, when the article opens a name's epithet ("Alexander the
   * Great"), or when the noun is one of time that a clause follows ("By the time the offensive was
   * halted").
   */
  private int bareIntroEnd(int from, int verb) {
    if (!tokens.get(from).is("ADP") && !tokens.get(from).is("SCONJ")
        || APPROXIMATORS.contains(tokens.get(from).lower())) {
      return from;
    }
    for (int k = from + 1; k < verb; k++) {
      Token t = tokens.get(k);
      Token prev = tokens.get(k - 1);
      boolean opensPhrase =
          t.is("DET") && PHRASE_OPENERS.contains(t.lower())
              || t.is("PRON") && SUBJECT_PRONOUNS.contains(t.lower());
      boolean afterNoun = prev.is("NOUN") || prev.is("PROPN") || prev.is("NUM");
      boolean epithet =
          prev.is("PROPN")
              && k + 1 < tokens.size()
              && Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
      if (opensPhrase && afterNoun && !epithet && !CLAUSE_TIME_NOUNS.contains(prev.lower())) {
        return k;
      }
    }
    return from;
  }

  /**
   * Whether a relative word right after a noun opens a clause before the verb at {@code i}: "a
   * German force that Burgoyne had sent …", whose verb ("had sent") is not the sentence's.
   */
  private boolean relativeInSubject(int i) {
    for (int k = subjectStart + 1; k < i; k++) {
      if (opensRelative(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a relative word right after a noun ("force that", "army which"). */
  private boolean opensRelative(int k) {
    Token prev = tokens.get(k - 1);
    return RELATIVES.contains(tokens.get(k).lower()) && (prev.is("NOUN") || prev.is("PROPN"));
  }

  /**
   * The verb of the sentence after a relative clause whose verb is at {@code i} ("… that Burgoyne
   * had sent to seize supplies was beaten" → "was"): the next finite verb after a noun, before a
   * clause mark; {@code i} when there is none.
   */
  private int verbAfterRelative(int i) {
    int k = i + 1;
    while (k < tokens.size() && tokens.get(k).isVerb()) {
      k++; // the relative clause's verb group
    }
    for (; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || isBreak(tokens, k) || SUBORDINATORS.contains(t.lower())) {
        return i;
      }
      Token prev = tokens.get(k - 1);
      if (t.isVerb()
          && !t.lower().endsWith("ing")
          && (k < answerFrom || k >= answerTo)
          && (prev.is("NOUN") || prev.is("PROPN"))) {
        return k;
      }
    }
    return i;
  }

  /** "the booby-trapped airfield": a participle used as an adjective, not the clause's verb. */
  private boolean attributive(int i) {
    if (i == 0 || !tokens.get(i).lower().endsWith("ed")) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    return prev.is("DET") || prev.is("ADJ") || prev.text().equals("-") || prev.text().endsWith("-");
  }

  /** The subject is a plain noun phrase: no verb, comma or pronoun-only subject. */
  boolean subjectIsNounPhrase() {
    if (verb <= subjectStart) {
      return true;
    }
    boolean adverbs = true;
    boolean relative = false;
    for (int i = subjectStart; i < verb; i++) {
      Token t = tokens.get(i);
      // "a German force that Burgoyne had sent …": a relative clause's verbs are the subject's
      relative |= i > subjectStart && opensRelative(i);
      if (t.isVerb() && !relative || t.text().equals(",") || t.is("SCONJ") && !relative) {
        return false;
      }
      adverbs &= t.is("ADV");
    }
    if (adverbs) {
      return false; // "On 15 September, now celebrated as …": a participle's phrase, no subject
    }
    // "Battle fought on 23 June 1757 near …": an entry's noun without its article heads a phrase
    // that has no verb of its own
    if (verb - subjectStart == 1
        && (tokens.get(subjectStart).is("NOUN") || tokens.get(subjectStart).is("PROPN"))
        && BARE_ENTRY_NOUNS.contains(tokens.get(subjectStart).lower())) {
      return false;
    }
    // a preposition opens no subject, but "about" or "over" before a number is the number's
    boolean approximate =
        subjectStart + 1 < verb
            && APPROXIMATORS.contains(tokens.get(subjectStart).lower())
            && tokens.get(subjectStart + 1).is("NUM");
    return !(verb - subjectStart == 1 && tokens.get(subjectStart).is("PRON"))
        && (!tokens.get(subjectStart).is("ADP") || approximate);
  }

  /** Only the verb group, particles, adverbs, adjectives and "to" + verb lie between verb and i. */
  boolean directlyAfterVerb(int i) {
    for (int k = verbGroupEnd(); k < i; k++) {
      Token t = tokens.get(k);
      boolean infinitive =
          t.lower().equals("to") || t.isVerb() && tokens.get(k - 1).lower().equals("to");
      if (!(infinitive
          || t.is("ADV")
          || t.is("ADJ")
          || t.is("PART")
          || t.is("DET")
          || t.is("AUX") && k == verb + 1)) {
        return false;
      }
    }
    return true;
  }

  /** The predicate's end by its clause marks alone (see {@link #predicateEnd()}). */
  private int cutPredicate() {
    boolean series = false;
    boolean list = false;
    for (int k = verb + 1; k < tokens.size() - 1; k++) {
      Token t = tokens.get(k);
      Token next = tokens.get(k + 1);
      if (k >= answerFrom && k < answerTo) {
        continue;
      }
      // "with blockhouses, farm burning and camps for …": a list of nouns after the verb
      list |= t.text().equals(",") && tokens.get(k - 1).is("NOUN") && next.is("NOUN");
      if (t.text().equals(",") && tokens.get(k - 1).isVerb() && next.isVerb()) {
        // "were killed, wounded, or went missing": one series of verbs, kept whole to its "or"
        series = true;
        continue;
      }
      if (series && (t.text().equals(",") && next.is("CCONJ") || t.is("CCONJ"))) {
        series = !t.is("CCONJ");
        continue;
      }
      if (t.text().equals(",")
          && (next.is("CCONJ") || next.is("SCONJ") || finiteVerbAfter(k + 1))) {
        return k;
      }
      // "launched a dawn attack and, after …, captured …"; not a list's last noun read as a verb
      // ("blockhouses, farm burning and camps for Boer families")
      if (t.is("CCONJ")
          && (next.isVerb() && !(list && pluralNounLike(next)) || next.text().equals(","))) {
        return k;
      }
      // "began their attack at 5am after the insurgents received …": another event's clause
      // but "killed the day before when …" keeps its "before": after a noun of time it is an adverb
      if (k >= answerTo
          && SUBORDINATE_OPENERS.contains(t.lower())
          && !(ADVERB_AFTER_TIME.contains(t.lower())
              && CLAUSE_TIME_NOUNS.contains(tokens.get(k - 1).lower()))
          && finiteVerbAfter(k + 1)) {
        return k;
      }
    }
    // "launched a dawn attack and, after …": the clause ended at the comma after its "and"
    int last = tokens.size() - 1;
    return last > verb && tokens.get(last).is("CCONJ") ? last : tokens.size();
  }

  /** A word in lower case ending in "s" that the tagger may have read as a verb ("camps"). */
  private static boolean pluralNounLike(Token t) {
    String w = t.text();
    return w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && Character.isLowerCase(w.charAt(0))
        && t.lemma().length() < w.length();
  }

  /**
   * Where the predicate ends: before ", but …", ", the city was …", "and made …" or "after the
   * insurgents received …", so a question keeps one clause; and before a "between" that the cut
   * leaves without its "and" ("fought on 14 October 1066 between the army of William, the Duke of
   * Normandy, and …").
   */
  int predicateEnd() {
    int end = cutPredicate();
    for (int k = Math.max(verb, answerTo); k < end; k++) {
      if (tokens.get(k).lower().equals("between")) {
        boolean paired = false;
        for (int j = k + 1; j < end; j++) {
          paired |= tokens.get(j).lower().equals("and");
        }
        if (!paired) {
          return k;
        }
      }
    }
    return end;
  }

  /**
   * Whether a finite verb follows before the next comma: the comma before {@code from} then opens a
   * clause. Not when a conjunction comes first: "Irpin, Bucha and the region had been taken" is a
   * list.
   */
  private boolean finiteVerbAfter(int from) {
    for (int k = from; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || t.is("CCONJ")) {
        return false;
      }
      if (t.isVerb() && !t.lower().endsWith("ing") && !tokens.get(k - 1).lower().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token after the verb group that the verb opens: the participles and verbs after its
   * auxiliaries and adverbs ("was captured", "had crossed", "had not yet been taken").
   */
  int verbGroupEnd() {
    int end = verb + 1;
    boolean auxiliary = isAuxiliary(tokens.get(verb));
    for (int k = verb + 1; k < tokens.size() && auxiliary; k++) {
      Token t = tokens.get(k);
      if (t.isVerb()) {
        end = k + 1;
        auxiliary = isAuxiliary(t);
      } else if (!t.is("ADV") || t.lower().equals("not") || t.lower().equals("n't")) {
        break;
      }
    }
    return end;
  }

  /** "was", "had", "will": not "did", whose verb group is a question's own do-support. */
  private static boolean isAuxiliary(Token t) {
    return !t.lemma().equals("do")
        && (t.is("AUX") || t.lemma().equals("be") || t.lemma().equals("have"));
  }

  /**
   * Like {@link #directlyAfterVerb} but prepositional phrases may come first ("on the city on").
   */
  boolean directlyAfterVerbOrPreposition(int i) {
    for (int k = verbGroupEnd(); k < i; k++) {
      Token t = tokens.get(k);
      if (t.isVerb() && !tokens.get(k - 1).lower().equals("to")
          || t.is("SCONJ")
          || t.text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * After "On 7 and 8 November," or "In the following days,": the first comma before any finite
   * verb ("According to Herodotus," and "To hold the pass," have only non-finite ones).
   */
  private int introEnd() {
    if (timeline) {
      return answerTo + 1;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean nonFinite =
          t.lower().endsWith("ing") || i > 0 && tokens.get(i - 1).lower().equals("to");
      if (t.isVerb() && !nonFinite) {
        return 0;
      }
      if (t.text().equals(",")) {
        return i + 1;
      }
    }
    return 0;
  }

  boolean answerInSubject() {
    return answerFrom >= subjectStart && answerFrom < verb;
  }

  boolean answerInIntro() {
    return answerTo <= subjectStart;
  }

  /** Tokens [from, to) joined as written (spaces only where the text had them). */
  String text(int from, int to) {
    return join(tokens, from, to);
  }

  /** {@code tokens} [from, to) joined as written (spaces only where the text had them). */
  static String join(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      if (sb.length() > 0 && tokens.get(i).span().start() > tokens.get(i - 1).span().end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }

  /** The auxiliary that leads the verb group, or -1 ("had suffered" → "had"). */
  int auxiliary() {
    Token v = tokens.get(verb);
    if (v.lemma().equals("do")) {
      return -1;
    }
    // "had suffered" is a perfect; "had roughly 100,000 troops" is the verb "have" itself
    if (v.lemma().equals("have")) {
      for (int k = verb + 1; k < Math.min(tokens.size(), verb + 3); k++) {
        if (tokens.get(k).isVerb() || participleReadAsAdjective(k)) {
          return verb;
        }
      }
      return -1;
    }
    if (v.is("AUX") || v.lemma().equals("be")) {
      return verb;
    }
    return -1;
  }

  /**
   * "had advanced about six miles" with "advanced" read as an adjective: an "-ed" word that no noun
   * follows ("had armored divisions" is the verb "have" itself).
   */
  private boolean participleReadAsAdjective(int k) {
    Token t = tokens.get(k);
    if (!t.is("ADJ") || !t.lower().endsWith("ed") || k + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k + 1);
    return !(next.is("NOUN") || next.is("PROPN") || next.is("ADJ"));
  }

  /** "did", "does" or "do" for the main verb's tense. */
  String doSupport() {
    Token v = tokens.get(verb);
    String w = v.lower();
    String lemma = lemma();
    if (timeline) {
      return "did";
    }
    if (w.equals(lemma)) {
      // "President Wilson read the terms": a singular subject without "-s" means the past
      return SAME_IN_PAST.contains(w) && singularSubject() ? "did" : "do";
    }
    if (w.endsWith("s")
        && (w.equals(lemma + "s")
            || w.equals(lemma + "es")
            || w.equals(FINAL_Y.matcher(lemma).replaceAll("ies")))) {
      return "does";
    }
    return "did";
  }

  /** Whether the word before the verb is a singular noun, a name or "he", "she", "it". */
  private boolean singularSubject() {
    Token last = tokens.get(verb - 1);
    String l = last.lower();
    return (last.is("PROPN") || last.is("NOUN")) && !l.endsWith("s")
        || l.equals("he")
        || l.equals("she")
        || l.equals("it");
  }

  /** The main verb's base form; past forms the model does not know are guessed ("massacred"). */
  String lemma() {
    Token v = tokens.get(verb);
    String w = v.lower();
    if (timeline) {
      return presentLemma(w);
    }
    if (!v.lemma().equals(w) || !w.endsWith("ed") || w.length() < 5) {
      return v.lemma();
    }
    if (w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    String stem = w.substring(0, w.length() - 2);
    char last = stem.charAt(stem.length() - 1);
    if (last == stem.charAt(stem.length() - 2) && "lsfz".indexOf(last) < 0 && stem.length() <= 6) {
      return stem.substring(0, stem.length() - 1);
    }
    if (SILENT_E.matcher(stem).matches()) {
      return stem + "e";
    }
    return stem;
  }

  /**
   * The base form of a present-tense verb, which is the word itself or the word without its "-s"
   * ("falls", "invades", "marches", "carries"): surer than the lemmatizer on single words.
   */
  private static String presentLemma(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The subject as it reads after an inverted auxiliary: "The Taliban" → "the Taliban". */
  String subjectAfterInversion() {
    String subj = text(subjectStart, verb);
    if (subj.isEmpty()) {
      return subj;
    }
    int named = nameAfterBareRole();
    if (named > subjectStart) {
      // "chief General Eduardo Año said …" asks "did General Eduardo Año say": a role without
      // its article or owner reads only before the name
      return text(named, verb);
    }
    Token first = tokens.get(subjectStart);
    boolean properNext = subjectStart + 1 < verb && tokens.get(subjectStart + 1).is("PROPN");
    // "PARIS, Nov. 11.— The armistice …", "17 September — The Soviet Union invades …": an
    // article capitalised after a dateline or a timeline's date is the sentence's capital too
    boolean openingArticle =
        first.is("DET") && ARTICLES.contains(first.text()) && subjectStart + 1 < verb;
    if (!capitalisedForPlace(subjectStart) && !openingArticle) {
      return subj;
    }
    boolean article = first.is("DET") && first.text().equals("A");
    boolean mixedCase = !first.text().equals(first.text().toUpperCase(Locale.ROOT));
    // "Intense fighting" opening the sentence: a common word capitalised for its place only
    // (not a people's or country's adjective: "Afghan", "British", "Chinese", "Iraqi")
    boolean common =
        (first.is("ADJ") || first.is("NOUN") || first.is("ADV"))
            && !DEMONYM.matcher(first.text()).matches()
            && !properNext
            && (subjectStart + 1 >= verb
                || !Character.isUpperCase(tokens.get(subjectStart + 1).text().charAt(0)));
    if (article
        || (first.is("DET")
                || first.is("PRON") && !DEMONYM.matcher(first.text()).matches()
                || common)
            && first.text().length() > 1
            && mixedCase) {
      return Character.toLowerCase(subj.charAt(0)) + subj.substring(1);
    }
    return subj;
  }
}
