package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DateFact;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.PersonExtractor;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Token;
import dev.quiz.core.model.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the clause that states a fact into a question: "How many fighters did the Taliban attempt
 * to move …?", "When did …?", "Who fought …?". Uses part-of-speech tags and lemmas for
 * subject–auxiliary inversion; gives up rather than produce a broken question. Stateless.
 */
final class ShortAnswerGenerator {
  private static final Set<String> DATE_PREPOSITIONS =
      Set.of(
          "on", "in", "by", "since", "from", "during", "at", "until", "between", "late", "early",
          "through", "of", "around", "about", "into", "before", "after");
  private static final Set<String> PARTS_OF_DAY =
      Set.of(
          "morning",
          "afternoon",
          "evening",
          "night",
          "eve",
          "dawn",
          "dusk",
          "day",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter");

  /** Words after a name that make it one of several subjects. */
  private static final Set<String> SHARED_SUBJECT = Set.of("and", "or", "&", "with", "together");

  /** Prepositions that bound a time instead of placing the event in it ("until 1071"). */
  private static final Set<String> BOUNDS =
      Set.of("until", "till", "since", "by", "before", "after");

  private static final Set<String> NOT_ROLES =
      Set.of(
          "killed",
          "wounded",
          "dead",
          "captured",
          "injured",
          "executed",
          "assassinated",
          "missing",
          "arrested",
          "commander",
          "death",
          "killing",
          "assassination",
          "capture",
          "arrest",
          "execution",
          "murder",
          "surrender",
          "resignation",
          "");
  private static final int MAX_WORDS = 32;

  /** Words a question cannot end with: it was cut mid-phrase ("… liberated from the?"). */
  private static final Set<String> DANGLING =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "from",
          "to",
          "in",
          "on",
          "at",
          "by",
          "with",
          "and",
          "or",
          "that",
          "for",
          "into",
          "his",
          "her",
          "its",
          "their",
          "our",
          "my",
          "your",
          "as",
          "than",
          "but",
          // a modal without its verb: "warn that an attack on the city would?"
          "would",
          "could",
          "should",
          "will",
          "can",
          "might",
          "must",
          "shall");

  /** Words opening an introduction whose date is another event's ("after", "before", "since"). */
  private static final Set<String> RELATIVE_OPENERS =
      Set.of("after", "before", "since", "following", "until", "till", "prior", "unlike", "like");

  /** Bare titles make vague questions ("Who was the Major General?"). */
  private static final String FORMAL_TITLE =
      "(?i)(?:field marshal|(?:(?:lieutenant|major|brigadier|lt|maj|brig)\\.?[\\s-]+)?(?:general|gen\\.?)"
          + "|(?:(?:lieutenant|lt\\.?)[\\s-]+)?(?:colonel|col\\.?|commander)|brigadier"
          + "|(?:(?:rear|vice)[\\s-]+)?admiral(?: of the fleet)?|air (?:chief |vice[\\s-]+)?marshal"
          + "|captain|capt\\.?|major|adm\\.?|marshal|constable"
          + "|(?:lance|staff)[\\s-]+(?:corporal|cpl\\.?|sergeant|sgt\\.?)|petty officer"
          + "|president|prime minister|king|queen|emperor|mr|mrs|dr|sir|lord|governor|gov\\.?|senator"
          + "|sen\\.?|minister|secretary)";

  // precompiled: these run for every fact
  private static final Pattern FORMAL = Regexes.compile("(?:" + FORMAL_TITLE + ")");
  private static final Pattern VAGUE_PART =
      Regexes.compile(
          "(?i).*\\b(?:spring|summer|autumn|fall|winter|early|late|mid"
              + "|beginning|end|middle)\\b.*");
  private static final Pattern MONTH_ONLY = Regexes.compile("--\\d\\d");
  private static final Pattern CLOCK = Regexes.compile("(?i).*\\d\\s?(am|pm|a\\.m\\.|p\\.m\\.).*");
  private static final Pattern DAY = Regexes.compile("(?i).*day.*");

  /** "How many of them were killed?": whom "them" means is not in the question. */
  private static final Pattern UNRESOLVED =
      Regexes.compile("How many of (?:them|these|those|us|whom)\\b");

  /** "… took part, Churchill's?": a possessor whose noun was cut off (a quoted "Few"). */
  private static final Pattern POSSESSOR_END = Regexes.compile("['’]s\\?$");

  /** A question's text that ends with a clock time's "a.m." or "p.m.". */
  private static final Pattern CLOCK_END = Regexes.compile("\\b[ap]\\.m$");

  /** A possessive's own token: "'s" of "Iraq's". */
  private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s");

  /** What ends a relative clause after a name. */
  private static final Set<String> RELATIVE_END =
      Set.of(",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "\"", "“", "”");

  private static final Map<String, String> PAST_AUXILIARIES =
      Map.of("is", "was", "are", "were", "has", "had", "have", "had");

  /** Dates placed only by their text: "the next day", "two days later", "dawn". */
  private static final Pattern UNPLACED =
      Regexes.compile(
          "(?i).*\\b(?:next|following|previous|same|later|earlier|before|after|that)\\b.*"
              + "|(?:at\\s+)?(?:dawn|dusk|daybreak|nightfall|midnight|noon|night)");

  /** What makes a date answer a range: "from 9 to 10 November", "7 and 8 November", "12–13". */
  private static final Pattern RANGE_WORDS = Regexes.compile(" to | and | until |[–—-]\\s*\\d");

  /** A role owned by a pronoun ("its commanding officer"): whose is not in the question. */
  private static final Pattern PRONOUN_OWNER = Regexes.compile("(?i)(?:its|his|her|their|our)\\s");

  /**
   * First and second person: a question built inside a quotation ("How many other generals are in
   * my coach?") speaks as the quoted person. "I" after a capitalised word is a numeral ("World War
   * I").
   */
  private static final Pattern SPEAKER_PERSON =
      Regexes.compile("\\bI\\b(?<!\\p{Lu}\\p{L}{0,20}\\sI)|\\b(?:me|my|we|us|our|you|your)\\b");

  private static final Pattern PERCENT = Regexes.compile("%|per ?cent");

  private static final Pattern SPACES = Regexes.compile("\\s+");

  /**
   * "Who was a former security chief?" has many right answers: a role with "a" or "an" makes a
   * question only when it says this much more ("an Egyptian militant and a key figure in …").
   */
  private static final int INDEFINITE_ROLE_WORDS = 7;

  /**
   * Words the tagger may call a conjunction (CCONJ, SCONJ) or the clause finder skips as one: a
   * name after any other word cannot open its clause.
   */
  private static final Set<String> CONJUNCTIONS =
      Set.of(
          "and",
          "or",
          "but",
          "nor",
          "yet",
          "so",
          "for",
          "either",
          "neither",
          "both",
          "plus",
          "as",
          "because",
          "if",
          "that",
          "though",
          "although",
          "while",
          "whilst",
          "whereas",
          "whether",
          "since",
          "after",
          "before",
          "until",
          "till",
          "unless",
          "once",
          "when",
          "where",
          "whenever",
          "wherever",
          "than",
          "like",
          "lest",
          "how",
          "why",
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "then",
          "except",
          "save",
          "wherein",
          "whereby",
          "whereupon");

  /**
   * The word after an answer with a unit that belongs with it ("200 meters away", "40 feet high").
   */
  private static final Pattern MEASURE =
      Regexes.compile("(away|long|wide|high|deep|tall|old|apart|thick)\\b\\s*");

  /** Words after a span of time that make it an offset ("three weeks after the invasion"). */
  private static final Pattern OFFSET =
      Regexes.compile("(?i)(?:after|before|later|earlier|ago|since|on from|into)\\b");

  private static final Pattern TIME_UNIT =
      Regexes.compile(
          "(?i)(?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))s?");

  private static final Pattern INDEFINITE = Regexes.compile("(?is)^(a|an)\\s.*");

  /** A role one of several hold: "one of the brothers who led the group". */
  private static final Pattern ONE_OF = Regexes.compile("(?is)^(?:one|each|either)\\s+of\\s.*");

  private static final Pattern ARTICLE = Regexes.compile("(?is)^(a|an|the)\\s.*");
  private static final Pattern POSSESSIVE = Regexes.compile("(?s)^\\p{Lu}\\p{L}*['’]s\\s.*");
  private static final Pattern SPACE_BEFORE_MARK = Regexes.compile("\\s+([,.;:!?])");

  /** A sentence's period left inside a question ("near Prokhorovka.[4] on 12 July"). */
  private static final Pattern INNER_PERIOD =
      Regexes.compile("\\.(?<=\\p{Ll}{3}\\.)\\s+(?=\\p{Ll})");

  private static final Pattern TRAILING = Regexes.compile("[,;:.\\s]+$");

  /**
   * A question for the fact from its sentence's tokens ({@code tagged} is asked only when needed),
   * or empty.
   */
  Optional<String> question(Fact f, Supplier<List<Token>> tagged) {
    Optional<String> q = Optional.empty();
    // most numbers cannot be asked "How many ...?": their sentence is then not tagged at all
    boolean needsTokens =
        f instanceof NumberFact n
            ? mayAskHowMany(n)
            : !(f instanceof PersonFact) || mayOpenClause(f) || relativeAfter(f);
    List<Token> tokens = needsTokens ? tagged.get() : List.of();
    int[] range = answerTokens(tokens, f.evidence().answerSpan());
    if (f instanceof DateFact && range[0] == 0 && range[1] < tokens.size()) {
      tokens = withCellMark(tokens, range[1], f);
    }
    String particle = "";
    if (range[0] >= 0) {
      Clause c = Clause.around(tokens, range[0], range[1]);
      if (c != null) {
        particle = c.particle();
        if (f instanceof NumberFact n) {
          q = howMany(c, n);
        } else if (f instanceof DateFact d) {
          q = when(c, d);
        } else {
          q = who(c);
        }
        if (reportsNothing(c)) {
          q = Optional.empty();
        }
      }
    }
    if (!q.isPresent() && f instanceof PersonFact p && statesRole(p)) {
      q = byRole(p);
    }
    if (!q.isPresent() && f instanceof PersonFact && range[0] >= 0) {
      q = relativeWho(tokens, range[1]);
    }
    if (q.isPresent() && !(f instanceof DateFact) && range[0] >= 0) {
      // "The deadliest year was 2009, when 108 personnel died": the year the clause hangs on
      String year = yearBeforeWhen(tokens, range[0]);
      if (!year.isEmpty() && !q.get().contains(year)) {
        q = Optional.of(q.get() + " in " + year);
      }
    }
    String verbParticle = particle;
    return q.map(ShortAnswerGenerator::tidy)
        .filter(
            s -> {
              String norm = Words.norm(s);
              int words = Words.countIn(norm);
              String last = norm.substring(norm.lastIndexOf(' ') + 1);
              return !Words.showsNorm(norm, Words.norm(f.answer()))
                  && !SPEAKER_PERSON.matcher(s).find()
                  && words <= MAX_WORDS
                  && words >= 4
                  && (!DANGLING.contains(last) || last.equals(verbParticle))
                  && !UNRESOLVED.matcher(s).lookingAt()
                  && !POSSESSOR_END.matcher(s).find();
            });
  }

  /**
   * {@code tokens} with a dash at {@code at} when a tab parts the date that opens the unit from the
   * text after it: a timeline table's row ("24 June 1916 [tab] A week-long bombardment begins")
   * reads as a timeline entry ("24 June 1916 – …"); else {@code tokens} as they are.
   */
  private static List<Token> withCellMark(List<Token> tokens, int at, Fact f) {
    String s = f.evidence().sentence();
    int end = f.evidence().localAnswer().end();
    int k = end;
    boolean tab = false;
    while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
      tab |= s.charAt(k) == '\t';
      k++;
    }
    if (!tab || k >= s.length() || !Character.isUpperCase(s.charAt(k))) {
      return tokens;
    }
    int offset = f.evidence().sentenceSpan().start() + end;
    List<Token> marked = new java.util.ArrayList<>(tokens);
    marked.add(at, new Token("–", new TextSpan(offset, offset + 1), "PUNCT", "–"));
    return marked;
  }

  private static int[] answerTokens(List<Token> tokens, TextSpan answer) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().overlaps(answer)) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    return new int[] {from, to};
  }

  /**
   * False when the name cannot open its clause or follow the clause's first comma, as "Who …?"
   * needs: the word before it is not a conjunction ("by Dostum", "General Dostum", "the BBC's John
   * Simpson"). Punctuation before it, or the start of the sentence, leaves the question possible.
   */
  private static boolean mayOpenClause(Fact f) {
    String s = f.evidence().sentence();
    int i = f.evidence().localAnswer().start();
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
      return true;
    }
    int j = i;
    while (j > 0 && Character.isLetter(s.charAt(j - 1))) {
      j--;
    }
    return j < i && CONJUNCTIONS.contains(s.substring(j, i).toLowerCase(Locale.ROOT));
  }

  /** Whether ", who" follows the name: "Iyad Allawi, who ordered the offensive, said …". */
  private static boolean relativeAfter(Fact f) {
    return f.evidence().sentence().startsWith(", who ", f.evidence().localAnswer().end());
  }

  /** False when the number cannot make a "How many" question whatever its sentence's syntax. */
  private static boolean mayAskHowMany(NumberFact n) {
    String counted = n.about();
    return !(counted.isEmpty()
        || counted.endsWith("ed")
        || n.style().unit().startsWith("-")
        || n.style().form() == dev.quiz.bank.extract.NumberStyle.Form.ORDINAL
        || n.style().form() == dev.quiz.bank.extract.NumberStyle.Form.FRACTION
        || !Character.isLetter(counted.charAt(0)));
  }

  private static Optional<String> howMany(Clause c, NumberFact n) {
    String counted = n.about();
    boolean nominal = c.answerFrom > 0 && c.tokens.get(c.answerFrom - 1).is("DET");
    if (nominal || !mayAskHowMany(n) || isWhole(c)) {
      return Optional.empty();
    }
    int countEnd = c.answerTo + Words.count(counted);
    if (n.style().unit().trim().length() > 1) {
      countEnd = c.answerTo;
    }
    countEnd = Math.min(countEnd, c.tokens.size());
    String head = "How many " + counted;
    // "Two days later Hitler postponed …", "came three weeks after the invasion": an offset from
    // another event, not a count to ask
    if (TIME_UNIT.matcher(counted).matches()
        && OFFSET.matcher(c.text(countEnd, c.tokens.size())).lookingAt()) {
      return Optional.empty();
    }
    // "marched some 28,000 men around the flank": what is counted ends at a preposition
    for (int k = c.answerTo + 1; k < countEnd; k++) {
      if (c.tokens.get(k).is("ADP") && !c.tokens.get(k).lower().equals("of")) {
        counted = c.text(c.answerTo, k);
        countEnd = k;
        head = "How many " + counted;
        break;
      }
    }
    // "said 42 trucks carrying food … had crossed": the number heads another clause
    if (!c.answerInSubject()
        && countEnd < c.tokens.size()
        && c.tokens.get(countEnd).isVerb()
        && c.tokens.get(countEnd).lower().endsWith("ing")) {
      return Optional.empty();
    }
    // "Boys as young as 12 carried gunpowder": nothing counted stands between number and verb
    if (c.answerInSubject() && c.verb == c.answerTo) {
      return Optional.empty();
    }
    if (c.answerInSubject()) {
      // "a bombardment of seven days in which … shells had been fired": the number is not the
      // subject's head when a relative clause parts it from the verb
      if (c.relativeBeforeVerb(c.answerTo)) {
        return Optional.empty();
      }
      // "About 70 percent of the French army passed …" asks "What percentage of the French army
      // passed …?"; a share of nothing named is not asked
      if (PERCENT.matcher(n.style().unit()).find()) {
        return countEnd < c.verb && c.tokens.get(countEnd).lower().equals("of")
            ? Optional.of(
                "What percentage "
                    + c.text(countEnd, c.verb)
                    + " "
                    + c.text(c.verb, c.predicateEnd())
                    + intro(c))
            : Optional.empty();
      }
      // what is counted ends where the verb starts: "Nineteen Viet Cong | took part in …"
      String subject =
          c.verb > c.answerTo && Words.count(counted) > c.verb - c.answerTo
              ? "How many " + c.text(c.answerTo, c.verb)
              : head;
      return Optional.of(subject + " " + c.text(c.verb, c.predicateEnd()) + intro(c));
    }
    if (c.answerFrom <= c.verb
        || !c.directlyAfterVerb(c.answerFrom)
        || c.answerTo > c.predicateEnd()
        || n.value().high() == 1) {
      return Optional.empty();
    }
    if (PERCENT.matcher(n.style().unit()).find()) {
      return percentage(c, countEnd);
    }
    // "followed four days of fighting": "How many days of fighting did … follow?"
    int ofEnd = nounComplementEnd(c, countEnd);
    if (n.style().unit().trim().length() > 1 && ofEnd > countEnd) {
      head += " " + c.text(countEnd, ofEnd);
      countEnd = ofEnd;
    }
    String rest = c.text(countEnd, c.predicateEnd());
    // "says about 600 intruders, most of them from …, are still holding …": what was said goes on
    // past the apposition, which the question would end with instead
    if (rest.startsWith(",") && SPEECH_VERBS.contains(c.tokens.get(c.verb).lemma())) {
      return Optional.empty();
    }
    // "are some 200 meters away" asks "How many meters away are …?"
    Matcher measure = MEASURE.matcher(rest);
    boolean measured = n.style().unit().trim().length() > 1 && measure.lookingAt();
    String asked = measured ? head + " " + measure.group(1) : head;
    String after = measured ? rest.substring(measure.end()) : rest;
    return inverted(c, c.answerFrom, after).map(v -> asked + " " + v + intro(c));
  }

  /**
   * Whether the clause's verb is "be" before a noun phrase ("Omaha was the code name for … in the
   * landings on 6 June 1944", "The Battle of Lepanto was a naval battle fought on 7 October 1571"):
   * the date belongs to the noun phrase, and "When was … ?" would ask when the subject was it.
   */
  private static boolean namesWhatItIs(Clause c) {
    int next = c.verb + 1;
    return c.tokens.get(c.verb).lemma().equals("be")
        && next < c.answerFrom
        && c.tokens.get(next).is("DET");
  }

  /**
   * Whether the answer is the whole of a share counted before it ("some 116,000 of its 140,000
   * people were left homeless", "29 of Iraq's 42 divisions"): the clause counts the share.
   */
  private static boolean isWhole(Clause c) {
    int k = c.answerFrom - 1;
    if (k >= 0 && (c.tokens.get(k).is("DET") || c.tokens.get(k).is("PRON"))) {
      k--;
    } else if (k >= 1 && POSSESSIVE_MARKS.contains(c.tokens.get(k).lower())) {
      k -= 2; // "29 of Iraq's 42 divisions"
    }
    return k >= 1 && c.tokens.get(k).lower().equals("of") && c.tokens.get(k - 1).is("NUM");
  }

  /**
   * The end of an "of" and a bare noun at {@code k} that completes a measure ("days of fighting",
   * "tons of bombs"), within the predicate; {@code k} when there is none.
   */
  private static int nounComplementEnd(Clause c, int k) {
    int end = c.predicateEnd();
    if (k + 1 >= end || !c.tokens.get(k).lower().equals("of")) {
      return k;
    }
    int j = k + 1;
    while (j < end && (c.tokens.get(j).is("ADJ") || c.tokens.get(j).is("NOUN"))) {
      j++;
    }
    return j > k + 1 && c.tokens.get(j - 1).is("NOUN") ? j : k;
  }

  /**
   * "lost more than 80 per cent of their men within minutes" as "What percentage of their men did
   * some battalions lose within minutes?"; {@code countEnd} is the token after "per cent".
   */
  private static Optional<String> percentage(Clause c, int countEnd) {
    int end = c.predicateEnd();
    String whole = "What percentage";
    int restFrom = countEnd;
    if (countEnd < end && c.tokens.get(countEnd).lower().equals("of")) {
      int j = countEnd + 1;
      while (j < end
          && !c.tokens.get(j).is("ADP")
          && !c.tokens.get(j).is("PUNCT")
          && !c.tokens.get(j).is("CCONJ")
          && !c.tokens.get(j).isVerb()) {
        j++;
      }
      whole += " " + c.text(countEnd, j);
      restFrom = j;
    }
    // "lost about 13 percent of its territory and one-tenth of its population": one share asked
    if (restFrom < end && c.tokens.get(restFrom).is("CCONJ")) {
      end = restFrom;
    }
    String asked = whole;
    return inverted(c, c.answerFrom, c.text(restFrom, end)).map(v -> asked + " " + v + intro(c));
  }

  private static Optional<String> when(Clause c, DateFact d) {
    // "launched a dawn attack": a date inside a noun phrase dates the thing, not the clause;
    // "the next day" or "dawn" without a calendar date answers nothing out of its text
    // "the liberation of Raqqa, which the SDF announced on Oct. 17": the verb's object went with
    // "which" ("When did the SDF announce?")
    if (c.answerInSubject()
        || c.answerFrom > 0 && c.tokens.get(c.answerFrom - 1).is("DET")
        || d.value().start().isEmpty() && UNPLACED.matcher(d.answer()).matches()
        || namesWhatItIs(c)
        || c.afterObjectRelative()) {
      return Optional.empty();
    }
    boolean vaguePart = VAGUE_PART.matcher(d.answer()).matches();
    String word =
        d.value()
            .start()
            .filter(s -> !vaguePart)
            .filter(s -> d.value().end().map(s::equals).orElse(true)) // a range: "When"
            .map(s -> s.startsWith("-") ? s.substring(1) : s) // a year before Christ
            .map(
                s ->
                    MONTH_ONLY.matcher(s).matches() || s.length() == 7
                        ? "In what month"
                        : s.length() == 4 ? "In what year" : "When")
            .orElse(
                CLOCK.matcher(d.answer()).matches()
                    ? "At what time"
                    : DAY.matcher(d.answer()).matches() ? "On what day" : "When");
    if (c.answerInIntro()) {
      // "After his victory in 217 BC, Hannibal wintered …": the date is the victory's, not the
      // clause's
      if (RELATIVE_OPENERS.contains(c.tokens.get(0).lower())) {
        return Optional.empty();
      }
      // "By early September the defenders had lost …" asks "By when", as in the predicate
      String lead = c.tokens.get(0).lower();
      String asked = BOUNDS.contains(lead) && c.answerFrom == 1 ? bounded(lead, word) : word;
      return inverted(c, c.predicateEnd(), "").map(v -> asked + " " + v);
    }
    int from = c.answerFrom;
    if (from <= c.verb || !c.directlyAfterVerbOrPreposition(from)) {
      return Optional.empty();
    }
    String bound = "";
    while (from > c.verb + 1
        && bound.isEmpty()
        && DATE_PREPOSITIONS.contains(c.tokens.get(from - 1).lower())) {
      from--;
      // "went on until 1071": "on" belongs to the verb once "until" bounds the date
      bound = BOUNDS.contains(c.tokens.get(from).lower()) ? c.tokens.get(from).lower() : "";
    }
    from = partOfDayStart(c, from);
    if (relativeBefore(c, from)) {
      return Optional.empty();
    }
    String rest = c.text(c.answerTo, c.predicateEnd());
    if (rest.startsWith("and ") || rest.startsWith("to ") || c.answerTo > c.predicateEnd()) {
      return Optional.empty();
    }
    // "fought on Sunday, 18 June 1815, near Waterloo" asks "… fought near Waterloo …"
    if (rest.startsWith(", ") && c.tokens.get(c.answerTo + 1).is("ADP")) {
      rest = rest.substring(2);
    } else if (rest.startsWith(", ") && c.tokens.get(c.answerTo + 1).is("DET")) {
      rest = ""; // "… 1914, the first month of World War I": the date's own apposition goes too
    }
    // "Casualty lists received up to last night contain …": a verb right after the date is the
    // clause's own, so the date sits in a phrase of the subject
    if (c.answerTo < c.tokens.size()
        && c.tokens.get(c.answerTo).is("VERB")
        && !c.tokens.get(c.answerTo).lower().endsWith("ing")) {
      return Optional.empty();
    }
    String intro = c.subjectStart > 0 ? intro(c) : "";
    // "until 1071" asks "Until what year", not "In what year": that would be when it began
    // an answer that starts with its own bound ("from about 9 am") asks "From what time"
    String own = d.answer().substring(0, Math.max(0, d.answer().indexOf(' ')));
    if (bound.isEmpty()
        && (BOUNDS.contains(own) || own.equals("from"))
        && d.value().end().isEmpty()
        && !RANGE_WORDS.matcher(d.answer()).find()) {
      bound = own;
    }
    String asked = bound.isEmpty() ? word : bounded(bound, word);
    return inverted(c, from, rest).map(v -> asked + " " + v + intro);
  }

  /**
   * Whether "after", "before", "since" … stands between the verb and the date at {@code from}:
   * "shared power after a coup in October 2021" dates the coup, not the sharing.
   */
  private static boolean relativeBefore(Clause c, int from) {
    for (int i = c.verb + 1; i < from; i++) {
      if (RELATIVE_OPENERS.contains(c.tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where "on the evening of" starts when it stands before the date's "of" at {@code from}, so that
   * the question does not end "… leave Scapa Flow on the evening?"; else {@code from}.
   */
  private static int partOfDayStart(Clause c, int from) {
    if (from >= c.verb + 4
        && c.tokens.get(from).lower().equals("of")
        && PARTS_OF_DAY.contains(c.tokens.get(from - 1).lower())
        && c.tokens.get(from - 2).lower().equals("the")
        && DATE_PREPOSITIONS.contains(c.tokens.get(from - 3).lower())) {
      return from - 3;
    }
    return from;
  }

  /**
   * {@code role} with the capital it has only for opening its sentence made small: "Local historian
   * Margaret Hale said …" asks "Who was the local historian?"; "Afghan", "US", "Prime Minister" and
   * "Mariupol's mayor" keep theirs.
   */
  private static String withoutOpeningCapital(String role, PersonFact p) {
    String[] words = SPACES.split(role);
    String first = words[0];
    boolean capitalised =
        first.length() > 1
            && Character.isUpperCase(first.charAt(0))
            && Character.isLowerCase(first.charAt(1));
    if (!capitalised
        || !p.evidence().sentence().startsWith(role)
        || Clause.demonym(first)
        || first.endsWith("'s") // "Mariupol's mayor": the owner is named
        || first.endsWith("’s")
        || Character.isUpperCase(words[words.length - 1].charAt(0))) {
      return role;
    }
    return Character.toLowerCase(first.charAt(0)) + role.substring(1);
  }

  /** "Until" and "In what year" as "Until what year"; "Since" and "When" as "Since when". */
  private static String bounded(String bound, String word) {
    String w = word.equals("When") ? "when" : word.substring(word.indexOf(' ') + 1);
    return Character.toUpperCase(bound.charAt(0)) + bound.substring(1) + " " + w;
  }

  private static Optional<String> who(Clause c) {
    // the name opens the subject, maybe after its title: "Brigadier General Porfirio Díaz …"
    boolean titled =
        c.answerFrom > c.subjectStart
            && FORMAL.matcher(c.text(c.subjectStart, c.answerFrom)).matches();
    if (!c.answerInSubject() || c.answerFrom != c.subjectStart && !titled) {
      return Optional.empty();
    }
    // "the village, which Tallard had packed with …": the verb's object went with "which"
    if (c.afterObjectRelative()) {
      return Optional.empty();
    }
    // "Richard's army was larger": what the name owns is described, not the person ("Dostum's
    // forces advanced" may ask "Who advanced …?": the forces' deed is their leader's)
    String last = c.tokens.get(c.answerTo - 1).text();
    if (c.answerTo < c.verb
        && c.tokens.get(c.verb).lemma().equals("be")
        && (POSSESSIVE_MARKS.contains(c.tokens.get(c.answerTo).lower())
            || last.endsWith("'s")
            || last.endsWith("’s"))) {
      return Optional.empty();
    }
    // "Saladin's mounted archers harassed …": a verb right after the possessor is a misread
    // word of what he owns ("Who mounted archers harassed …?")
    boolean markNext =
        c.answerTo < c.tokens.size() && POSSESSIVE_MARKS.contains(c.tokens.get(c.answerTo).lower());
    if (markNext
        ? c.verb == c.answerTo + 1
        : c.verb == c.answerTo && (last.endsWith("'s") || last.endsWith("’s"))) {
      return Optional.empty();
    }
    // "Sun Quan and Liu Bei together had …": one of several subjects does not answer "Who had …?"
    if (c.answerTo < c.verb && SHARED_SUBJECT.contains(c.tokens.get(c.answerTo).lower())) {
      return Optional.empty();
    }
    // '"… are met," Bush said in a televised address': what was said is not in the clause
    int after = c.verb + 1;
    if (SPEECH_VERBS.contains(c.tokens.get(c.verb).lemma())
        && !c.text(c.verb, c.predicateEnd()).contains(" that ")
        && (after >= c.predicateEnd()
            || !c.tokens.get(after).is("DET")
                && !c.tokens.get(after).is("SCONJ")
                && !c.tokens.get(after).is("PRON")
                && !c.tokens.get(after).is("NOUN")
                && !c.tokens.get(after).is("PROPN"))) {
      return Optional.empty();
    }
    String lead = c.subjectStart > 0 ? c.text(0, c.subjectStart) + " who " : "Who ";
    return Optional.of(lead + c.text(c.verb, c.predicateEnd()));
  }

  /** Verbs of speech whose object (what was said) may stand outside the clause. */
  private static final Set<String> SPEECH_VERBS =
      Set.of("say", "tell", "add", "state", "declare", "announce", "write", "reply", "insist");

  /** Speech verbs whose listener, not what was said, may follow them ("told the House"). */
  private static final Set<String> TOLD_WITHOUT_WHAT = Set.of("say", "tell", "add", "reply");

  /** Words after a speech verb that open what was said: "that", "whether", "to" + verb … */
  private static final Set<String> REPORTED_OPENERS =
      Set.of(
          "that", "whether", "if", "how", "what", "why", "who", "to", "about", ":", "\"", "“", "‘");

  /**
   * Whether the clause's verb tells of speech but what was said stands outside it ("“…,” Churchill
   * told the House of Commons on 4 June"): "When did Churchill tell the House of Commons?" asks
   * about nothing a student can place. A verb ("say had been killed") or a word that opens a
   * reported clause after the speech verb keeps the question.
   */
  private static boolean reportsNothing(Clause c) {
    if (c.verb < 0 || !TOLD_WITHOUT_WHAT.contains(c.tokens.get(c.verb).lemma())) {
      return false;
    }
    int end = Math.max(c.predicateEnd(), c.answerTo);
    for (int k = c.verb + 1; k < end; k++) {
      Token t = c.tokens.get(k);
      if (k >= c.answerFrom && k < c.answerTo) {
        continue;
      }
      if (k >= c.answerTo && (t.text().equals(",") || t.text().equals(";"))) {
        break; // the question ends there: "As the Prime Minister told the House last night, …"
      }
      if (t.isVerb() || REPORTED_OPENERS.contains(t.lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Prime Minister Iyad Allawi, who ordered the offensive, said …" asks "Who ordered the
   * offensive?": the relative clause after the name, to its next clause mark.
   */
  private static Optional<String> relativeWho(List<Token> tokens, int answerTo) {
    int verb = answerTo + 2;
    if (verb >= tokens.size()
        || !tokens.get(answerTo).text().equals(",")
        || !tokens.get(answerTo + 1).lower().equals("who")
        || !tokens.get(verb).isVerb()
        || tokens.get(verb).lower().endsWith("ing")) {
      return Optional.empty();
    }
    int end = verb + 1;
    while (end < tokens.size() && !RELATIVE_END.contains(tokens.get(end).text())) {
      end++;
    }
    return Optional.of("Who " + Clause.join(tokens, verb, end));
  }

  /**
   * Whether the fact's own sentence states the person's role: its unit for a commander ("Centre
   * sector"), else a word of it of four letters or more. A mention elsewhere ("Peruvian forces
   * under Andrés Avelino Cáceres") is no evidence of the role another sentence gives, so it asks
   * nothing by it.
   */
  static boolean statesRole(PersonFact p) {
    String role = p.value().role().trim();
    // a word broken over two lines ("Com-\nmander-in-Chief") as the role has it
    String sentence =
        p.evidence().sentence().replace("-\n", "").replace('\n', ' ').toLowerCase(Locale.ROOT);
    if (role.startsWith(PersonExtractor.COMMANDED)) {
      return sentence.contains(
          role.substring(PersonExtractor.COMMANDED.length()).toLowerCase(Locale.ROOT));
    }
    boolean any = false;
    for (String w : SPACES.split(role.toLowerCase(Locale.ROOT))) {
      if (w.length() >= 4) {
        any = true;
        if (sentence.contains(w)) {
          return true;
        }
      }
    }
    return !any;
  }

  /** A courtesy title that ends a role ("his physician Dr"): the role is the words before it. */
  private static final Pattern COURTESY_END =
      Regexes.compile("\\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madame|Monsieur|Herr|Frau)\\.?$");

  private static Optional<String> byRole(PersonFact p) {
    String role = COURTESY_END.matcher(p.value().role().trim()).replaceFirst("");
    // "his physician Dr. Hunter McGuire" asks for the physician; "Saw Mr. Venning in the queue"
    // and "often called Sir John Moore" name no role before the title
    if (!role.equals(p.value().role().trim()) && !PersonExtractor.endsWithRoleNoun(role)) {
      return Optional.empty();
    }
    if (role.startsWith(PersonExtractor.COMMANDED)) {
      return Optional.of("Who commanded the " + role.substring(PersonExtractor.COMMANDED.length()));
    }
    int words = SPACES.split(role).length;
    if (NOT_ROLES.contains(role.toLowerCase(Locale.ROOT))
        || words < 2
        || PRONOUN_OWNER.matcher(role).lookingAt()
        || FORMAL.matcher(role).matches()
        || ONE_OF.matcher(role).matches() // "Who was one of the brothers?" has several answers
        || INDEFINITE.matcher(role).matches() && words < INDEFINITE_ROLE_WORDS) {
      return Optional.empty();
    }
    boolean article = ARTICLE.matcher(role).matches() || POSSESSIVE.matcher(role).matches();
    return Optional.of("Who was " + (article ? "" : "the ") + withoutOpeningCapital(role, p));
  }

  /** "{aux} {subject} {verb group up to cut} {rest}" or with do-support. */
  private static Optional<String> inverted(Clause c, int cut, String rest) {
    String subject = c.subjectAfterInversion();
    // "his grandson Charlemagne was crowned …": whose grandson, the question cannot say
    if (subject.isEmpty()
        || c.subjectStart >= c.verb
        || PRONOUN_OWNER.matcher(subject).lookingAt()) {
      return Optional.empty();
    }
    int aux = c.auxiliary();
    String middle;
    if (aux >= 0) {
      String word = c.tokens.get(aux).lower();
      // a timeline's "are encircled" happened: "When were … encircled?"
      word = c.timeline ? PAST_AUXILIARIES.getOrDefault(word, word) : word;
      middle = word + " " + subject + " " + c.text(aux + 1, cut);
    } else {
      String lemma = c.lemma();
      middle = c.doSupport() + " " + subject + " " + lemma + " " + c.text(c.verb + 1, cut);
    }
    return Optional.of(middle.trim() + (rest.isEmpty() ? "" : " " + rest));
  }

  /**
   * The year ("2009") or month and year ("May 1940") right before ", when" that opens the clause of
   * the answer at token {@code from}, or "" when the clause is not such a "when" clause.
   */
  static String yearBeforeWhen(List<Token> tokens, int from) {
    int k = from - 1;
    while (k >= 0 && !tokens.get(k).lower().equals("when") && !Clause.isBreak(tokens, k)) {
      k--;
    }
    if (k < 2 || !tokens.get(k).lower().equals("when") || !tokens.get(k - 1).text().equals(",")) {
      return "";
    }
    String y = tokens.get(k - 2).text();
    if (y.length() != 4 || !y.chars().allMatch(Character::isDigit)) {
      return "";
    }
    String month = k >= 3 ? tokens.get(k - 3).text() : "";
    return isMonthName(month) ? month + " " + y : y;
  }

  /** Whether {@code w} is a month's English name in full ("May"). */
  private static boolean isMonthName(String w) {
    for (java.time.Month m : java.time.Month.values()) {
      if (m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).equals(w)) {
        return true;
      }
    }
    return false;
  }

  private static String intro(Clause c) {
    if (c.subjectStart <= 1 || c.answerInIntro()) {
      return "";
    }
    // "In November 1941, the ration …" or, without its comma, "In November 1941 the ration …"
    boolean comma = c.tokens.get(c.subjectStart - 1).text().equals(",");
    String s = c.text(0, c.subjectStart - (comma ? 1 : 0));
    Token first = c.tokens.get(0);
    return " "
        + (first.is("PROPN") || !c.capitalisedForPlace(0)
            ? s
            : Character.toLowerCase(s.charAt(0)) + s.substring(1));
  }

  private static String tidy(String q) {
    String s =
        TRAILING
            .matcher(
                SPACE_BEFORE_MARK
                    .matcher(
                        INNER_PERIOD
                            .matcher(ClozeGenerator.withoutCitations(Words.oneLine(q)))
                            .replaceAll(" "))
                    .replaceAll("$1"))
            .replaceAll("");
    if (CLOCK_END.matcher(s).find()) {
      s += "."; // "… at 7.30 a.m.?": the abbreviation keeps its period
    }
    s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return s + "?";
  }
}
