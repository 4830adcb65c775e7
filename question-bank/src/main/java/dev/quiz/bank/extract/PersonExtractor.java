package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.TableRows;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people in roles: infobox commanders (with KIA, POW, "(alleged)" marks removed), titles
 * ("General", "Mullah"), appositions ("the Taliban's spokesperson, Zabihullah Mujahid"), speakers,
 * possessives ("Dostum's forces"); short and misspelt forms are linked to the fullest name the
 * document uses. Stateless, thread-safe.
 */
public final class PersonExtractor implements FactExtractor<PersonFact> {
  private static final Pattern BARE_TITLE =
      Regexes.compile("(?:" + PersonPatterns.FORMAL_TITLE + ")\\.?");

  /** A phrase that ends in a role noun: "British commander", "Chief spokesman". */
  private static final Pattern ENDS_IN_ROLE =
      Regexes.compile("(?i)(?:[\\p{L}'’-]+\\s+){0,4}" + PersonPatterns.ROLE_NOUN);

  /**
   * Whether {@code key}, a list line's key ("British commander" of "British commander: Vice-Admiral
   * Horatio Nelson"), names a role: up to five words, the last a role noun.
   */
  public static boolean namesARole(String key) {
    return ENDS_IN_ROLE.matcher(key).matches();
  }

  /** The role of a unit's commander in an order of battle; the unit's name follows it. */
  /** A role's noun at the end of a role: "his physician", "the Italian sculptor". */
  private static final Pattern ROLE_NOUN_END =
      Regexes.compile("(?i)\\b" + PersonPatterns.ROLE_NOUN + "s?$");

  /** Whether {@code role} ends with a noun of a role ("his physician"), not "often called". */
  public static boolean endsWithRoleNoun(String role) {
    return ROLE_NOUN_END.matcher(role).find();
  }

  public static final String COMMANDED = "commander of the ";

  /** A list line naming a unit and its commander: "1st Infantry Division, under Maj. Gen. X". */
  private static final Pattern ORDER_OF_BATTLE =
      Regexes.compile(
          "^(?:[-•*]\\s+)?(?<unit>(?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu})[^,()]{1,60}?"
              + "(?:Division|Brigade|Regiment|Battalions?|Corps|Army|Fleet|Squadron|Group|Company"
              + "|Wing|Force|Reserve|Column|Detachment|Vanguard|Rearguard|Flotilla|[Ss]ector|[Ll]ine)s?"
              + "(?:\\s+\\([^()]{2,30}\\))?),?\\s+(?:under|led by|commanded by)\\s+"
              + "(?:"
              + PersonPatterns.FORMAL_TITLE
              + "\\s+|General\\p{Ll}+\\s+)*(?<name>"
              + Names.NAME
              + ")\\.?$");

  /** A list line naming a person and then the role: "Kim Il-sung – leader of North Korea". */
  private static final Pattern NAMED_ROLE =
      Regexes.compile(
          "^(?:[-•*]\\s+)?"
              // "Air Chief Marshal Sir Hugh Dowding – head of RAF Fighter Command"
              + "(?:(?:"
              + PersonPatterns.FORMAL_TITLE
              + ")\\s+){0,3}"
              + "(?<name>"
              + Names.NAME
              + ")\\s+[–—-]\\s+(?<role>\\p{Ll}(?:[^.;:()]|(?<=\\bNo)\\.){2,80}?)\\.?\\s*$");

  /** A clause the role's line opens but does not finish: ", which", ", who defended". */
  private static final Pattern OPEN_CLAUSE =
      Regexes.compile(",\\s*(?:which|who|whose|that|where|and)\\b.*$");

  /** A line that names a role, then its holder: "Commanding Officer: Lt-Col J.D. Frost". */
  private static final Pattern LABELLED =
      Regexes.compile(
          "^(?<role>\\p{Lu}[\\p{L}'’ -]{2,40}?):\\s+(?:"
              + PersonPatterns.FORMAL_TITLE
              + "\\s+)?(?<name>"
              + Names.NAME
              + ")\\.?\\s*$");

  /** Roles of a document's own making, not of its history: "Author: …", "Photographer: …". */
  private static final Pattern BYLINE_ROLE =
      Regexes.compile(
          "(?i)\\b(?:author|writer|reporter|editor|correspondent|journalist|photographer"
              + "|contributor|translator|producer|presenter|host)s?\\b");

  private static final Pattern COMMANDER_KEY = Regexes.compile("(?i)commander|leader");

  /** A wire report's last line: "… contributed to this report." */
  private static final Pattern CONTRIBUTED =
      Regexes.compile(
          "\\bcontributed(?:\\s+(?:to\\s+)?(?:this|the)\\s+(?:report|story|article))?\\.?$");

  static final Pattern PLACE_CONTEXT =
      Regexes.compile(
          "\\b(?:in|at|to|from|near|into|towards|toward|outside|across|of the city of"
              // a sentence may open with its place: "In Washington, a Pentagon spokesman said"
              + "|In|At|From|Near|Outside"
              // "the Battle of Stalingrad": a battle is named by its place
              + "|(?:Battle|Siege|Fall|Sack|Relief|Defence|Defense|Liberation) of"
              + "|(?:district|province|town|village|suburb|neighbourhood|neighborhood|quarter) of)"
              + "\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+(?:e|i|al|el|de)?\\s*\\p{Lu}[\\p{L}-]+)*)(?![\\p{L}'’])");
  private static final Prefixes PLACE_WORDS = Prefixes.of(PLACE_CONTEXT);

  /** One more place of a list: ", Mafeking", " and Kimberley". */
  private static final Pattern MORE_PLACES =
      Regexes.compile(
          "(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)(?![\\p{L}'’])");

  private static final Pattern HONORIFIC_LED = Regexes.compile(PersonPatterns.HONORIFIC + "\\s");

  /**
   * A kind of ship right before a name, maybe over a first name and "and": "the armoured cruisers
   * Admiral Nakhimov and Vladimir Monomakh", "the coast-defence ships General-Admiral Apraksin":
   * ships named after people, not the people.
   */
  private static final Pattern SHIP_BEFORE =
      Regexes.compile(
          "\\b(?:battleships?|cruisers?|ships?|destroyers?|frigates?|steamers?|vessels?|gunboats?"
              + "|ironclads?|carriers?|submarines?|flagship|monitors?|corvettes?|sloops?|schooners?"
              + "|brigs?|liners?|yachts?|steamships?)\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}"
              + "(?:and\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2})?$");

  /** A unit's noun right after a name: "Third Pacific Squadron" names the unit. */
  private static final Pattern UNIT_AFTER =
      Regexes.compile(
          "\\s+(?:Squadron|Fleet|Flotilla|Army|Division|Brigade|Regiment|Battalion|Corps)\\b"
              // a class of ships or arms named for a person: "the Queen Elizabeth class"
              + "|[\\s-]class\\b");

  /** A unit's noun ending a name: "Third Pacific Squadron" is the unit's name. */
  private static final Pattern UNIT_END = Regexes.compile("\\s(?:Squadron|Flotilla)$");

  /** How far before a name {@link #SHIP_BEFORE} is looked for. */
  private static final int SHIP_REACH = 70;

  /** Whether a kind of ship stands before the name at {@code start} of {@code text}. */
  private static boolean namesAShip(String text, int start) {
    int from = Math.max(0, start - SHIP_REACH);
    return SHIP_BEFORE.matcher(text.substring(from, start)).find();
  }

  @Override
  public List<PersonFact> extract(DocumentContext doc) {
    List<PersonCandidates.Candidate> prose = new ArrayList<>();
    Set<String> places = new HashSet<>();
    for (Sentence s : doc.units()) {
      if (s.kind() == Sentence.Kind.DATELINE) {
        datelinePlace(s.text()).ifPresent(places::add);
      }
      if (Units.usable(s) && s.kind() != Sentence.Kind.INFOBOX) {
        prose.addAll(PersonCandidates.inProse(s));
        String t = s.text();
        SkipMatcher p = placeContexts(t);
        while (p.find()) {
          if (toAPerson(t, p.matcher().start())) {
            continue;
          }
          places.add(p.matcher().group(1));
          // "at Ladysmith, Mafeking and Kimberley": the places listed after the first
          Matcher more = MORE_PLACES.matcher(t).region(p.matcher().end(1), t.length());
          while (more.lookingAt()) {
            places.add(more.group(1));
            more.region(more.end(), t.length());
          }
        }
      }
    }
    List<PersonCandidates.Candidate> accepted = accept(prose, places);
    List<String> known = new ArrayList<>();
    for (PersonCandidates.Candidate c : accepted) {
      known.add(c.name());
    }
    for (Sentence s : doc.units()) {
      accepted.addAll(listed(s, known));
    }
    for (PersonCandidates.Candidate c : accepted) {
      known.add(c.name());
    }
    KnownNames names = new KnownNames(known);
    accepted.addAll(mentions(doc, accepted, known, names));
    return facts(doc, accepted, names);
  }

  /**
   * The matches of {@link #PLACE_CONTEXT} in {@code t}, tried only at its words followed by white
   * space and a capital ("of" may lead "of the city of").
   */
  static SkipMatcher placeContexts(String t) {
    int[] starts =
        PLACE_WORDS.ledByLetters()
            ? PLACE_WORDS.among(t, Chars.wordStarts(t))
            : PLACE_WORDS.wordPositions(t);
    return new SkipMatcher(PLACE_CONTEXT, t, starts, i -> beforeCapital(t, i));
  }

  /** Words before "to" that a person follows rather than a place: "according to Herodotus". */
  private static final Set<String> TO_A_PERSON =
      Set.of(
          "according",
          "happened",
          "wrote",
          "written",
          "letter",
          "letters",
          "loyal",
          "married",
          "belonged",
          "reported",
          "report",
          "surrendered",
          "spoke",
          "talked",
          "said",
          "next",
          "succeeded",
          "appealed",
          "replied",
          "answered",
          "owing",
          "thanks",
          "due",
          "close",
          "attributed",
          "ascribed",
          "allegiance",
          "message",
          "tribute");

  /** Whether the "to" at {@code i} follows a word of {@link #TO_A_PERSON}. */
  private static boolean toAPerson(String t, int i) {
    return t.startsWith("to", i)
        && TO_A_PERSON.contains(Chars.letterWordBefore(t, i).toLowerCase(Locale.ROOT));
  }

  private static boolean beforeCapital(String t, int i) {
    int j = Chars.asciiLettersEnd(t, i);
    int k = Chars.spacesEnd(t, j);
    if (k > j && j > i + 2 && t.startsWith("of ", k)) {
      k = Chars.spacesEnd(t, k + 2); // "district of Sheikh Maqsoud"
    }
    return k > j
        && k < t.length()
        && (PersonPatterns.mayBeCapital(t.charAt(k)) || j == i + 2 && t.startsWith("of", i));
  }

  /** Whether {@code t} has a dash between spaces, as every {@link #NAMED_ROLE} line has. */
  private static boolean hasSpacedDash(String t) {
    return t.contains(" – ") || t.contains(" — ") || t.contains(" - ");
  }

  private static List<PersonCandidates.Candidate> listed(Sentence s, List<String> known) {
    if (s.kind() == Sentence.Kind.LINE && s.text().length() < 160) {
      // an order of battle: "- 1st Infantry Division, under Major General Clarence R. Huebner"
      Matcher m = ORDER_OF_BATTLE.matcher(s.text());
      // every order-of-battle line has "under", "led by" or "commanded by"
      if ((s.text().contains("under") || s.text().contains(" by ")) && m.matches()) {
        List<PersonCandidates.Candidate> out = new ArrayList<>();
        String unit = m.group("unit").trim();
        PersonCandidates.add(out, s, m.start("name"), m.end("name"), COMMANDED + unit, true);
        return out;
      }
      // a role and its holder: "Commanding Officer: Lt-Col J.D. Frost"
      Matcher labelled = LABELLED.matcher(s.text());
      if (s.text().indexOf(':') > 0
          && labelled.matches()
          && PersonPatterns.hasRoleHead(labelled.group("role").toLowerCase(Locale.ROOT))
          && !BYLINE_ROLE.matcher(labelled.group("role")).find()
          && Names.plausible(labelled.group("name"))) {
        List<PersonCandidates.Candidate> out = new ArrayList<>();
        PersonCandidates.add(
            out, s, labelled.start("name"), labelled.end("name"), labelled.group("role"), true);
        return out;
      }
      // a list of people: "Syngman Rhee – president of South Korea"
      Matcher person = NAMED_ROLE.matcher(s.text());
      if (hasSpacedDash(s.text())
          && person.matches()
          && PersonPatterns.hasRoleHead(NameContexts.firstWords(person.group("role"), 3))) {
        List<PersonCandidates.Candidate> out = new ArrayList<>();
        // "commander of No. 11 Group, which" (a line cut where a box wraps it): the role
        String role = OPEN_CLAUSE.matcher(person.group("role").trim()).replaceFirst("");
        PersonCandidates.add(out, s, person.start("name"), person.end("name"), role, true);
        return out;
      }
    }
    if (s.kind() == Sentence.Kind.INFOBOX && COMMANDER_KEY.matcher(s.label().orElse("")).find()) {
      int colon = s.text().indexOf(':');
      // an item under its key ("- Parmenion (left wing)" under "- Commanders and leaders:")
      int from = colon >= 0 ? colon + 1 : s.text().startsWith("- ") ? 2 : 0;
      return PersonCandidates.inList(s, from, known);
    }
    List<String> columns =
        s.kind() == Sentence.Kind.LINE ? TableRows.columns(s.label()).orElse(List.of()) : List.of();
    if (!columns.isEmpty()) {
      List<int[]> cells = TableRows.cells(s.text());
      List<PersonCandidates.Candidate> out = new ArrayList<>();
      // a table's commanders row ("Commander | Emperor Menelik II | General Oreste Baratieri")
      boolean commanders =
          !cells.isEmpty()
              && COMMANDER_KEY.matcher(s.text().substring(cells.get(0)[0], cells.get(0)[1])).find();
      for (int k = commanders ? 1 : 0; k < columns.size() && k < cells.size(); k++) {
        // or column: "Naval attack | 18 March 1915 | John de Robeck / Cevat Pasha"
        if (commanders || COMMANDER_KEY.matcher(columns.get(k)).find()) {
          out.addAll(PersonCandidates.inCell(s, cells.get(k)[0], cells.get(k)[1]));
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    boolean block = s.label().orElse("").toLowerCase(Locale.ROOT).startsWith("commander");
    if (block
        && s.kind() != Sentence.Kind.INFOBOX
        && !s.text().toLowerCase(Locale.ROOT).startsWith("commander")
        && Units.usable(s)) {
      return PersonCandidates.inList(s, 0, known);
    }
    return List.of();
  }

  /**
   * The place a dateline opens with, as prose writes it: "Kyiv" of "KYIV, May 21 (Reuters) -", so
   * that "Kyiv said on Sunday" is not taken for a person.
   */
  static java.util.Optional<String> datelinePlace(String dateline) {
    Matcher m = DATELINE_PLACE.matcher(dateline);
    if (!m.lookingAt()) {
      return java.util.Optional.empty();
    }
    String place = m.group(1);
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return java.util.Optional.of(place);
    }
    StringBuilder sb = new StringBuilder(place.length());
    boolean start = true;
    for (char c : place.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return java.util.Optional.of(sb.toString());
  }

  /** A dateline's place before its comma or its agency: "KYIV, …", "TEL AVIV (AP) —". */
  private static final Pattern DATELINE_PLACE =
      Regexes.compile("(\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,2})(?=,|\\s+\\()");

  private static List<PersonCandidates.Candidate> accept(
      List<PersonCandidates.Candidate> all, Set<String> places) {
    Map<String, Integer> seen = new HashMap<>();
    for (PersonCandidates.Candidate c : all) {
      seen.merge(c.name(), 1, Integer::sum);
    }
    // words of the names with strong evidence: a weak single name that is one of them is kept
    Set<String> strongWords = new HashSet<>();
    for (PersonCandidates.Candidate c : all) {
      if (c.strong()) {
        strongWords.addAll(Names.tokens(c.name()));
      }
    }
    List<PersonCandidates.Candidate> out = new ArrayList<>();
    for (PersonCandidates.Candidate c : all) {
      if (namesAShip(c.unit().text(), c.start())
          || UNIT_AFTER
              .matcher(c.unit().text())
              .region(c.end(), c.unit().text().length())
              .lookingAt()
          || UNIT_END.matcher(c.name()).find()) {
        continue; // "the cruisers Admiral Nakhimov and Vladimir Monomakh": ships; "Third Pacific
        // Squadron"
      }
      boolean single = !c.name().contains(" ");
      if (single && (counted(c) || PersonCandidates.afterThe(c.unit().text(), c.start()))) {
        continue; // "79 Americans had been killed", "the Boers besieged": a people, not a person
      }
      // "the district of Sheikh Maqsoud": an honorific names places too
      if (places.contains(c.name())
          && (single || !c.strong() || HONORIFIC_LED.matcher(c.name()).lookingAt())) {
        continue;
      }
      if (c.strong()
          || !single
          || seen.get(c.name()) > 1
          || strongWords.contains(c.name().toLowerCase(Locale.ROOT))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Other units that name a known person: "Dostum and Atta Muhammad Nur's forces advanced". */
  private static List<PersonCandidates.Candidate> mentions(
      DocumentContext doc,
      List<PersonCandidates.Candidate> accepted,
      List<String> known,
      KnownNames names) {
    Set<String> covered = new HashSet<>();
    for (PersonCandidates.Candidate c : accepted) {
      covered.add(c.unit().index() + "|" + names.canonical(c.name()));
    }
    List<PersonCandidates.Candidate> out = new ArrayList<>();
    // surnames alone are searched too, each only where it names the person (asPerson)
    Set<String> bare = surnames(known);
    Set<String> all = new HashSet<>(known);
    all.addAll(bare);
    List<String> forms = new ArrayList<>(all);
    boolean[] surrogates = new boolean[forms.size()];
    int[][] pairs = new int[forms.size()][];
    for (int k = 0; k < forms.size(); k++) {
      surrogates[k] = hasSurrogate(forms.get(k));
      pairs[k] = Bigrams.pairs(forms.get(k));
    }
    for (Sentence s : doc.units()) {
      if (!Units.usable(s) || s.kind() == Sentence.Kind.INFOBOX) {
        continue;
      }
      long[] bits = Bigrams.of(s.text());
      for (int k = 0; k < forms.size(); k++) {
        String f = forms.get(k);
        int at = Bigrams.mayContain(bits, pairs[k]) ? standalone(s.text(), f, surrogates[k]) : -1;
        if (at >= 0 && bare.contains(f)) {
          at = asPerson(s.text(), f, at, known);
        }
        if (at >= 0 && covered.add(s.index() + "|" + names.canonical(f))) {
          // "Philip II" where "Philip" is known: the ruler's numeral belongs to the name
          Matcher numeral =
              REGNAL_AFTER.matcher(s.text()).region(at + f.length(), s.text().length());
          int end = numeral.lookingAt() ? numeral.end() : at + f.length();
          out.add(
              new PersonCandidates.Candidate(s, at, end, s.text().substring(at, end), "", false));
        }
      }
    }
    return out;
  }

  /** A ruler's numeral after a name, as a word of its own: " II", " XIV" (not " I", a pronoun). */
  private static final Pattern REGNAL_AFTER =
      Regexes.compile(" (?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX)(?![\\p{L}\\d])");

  /** Demonyms and other capitalised words that end a name but say no one ("Sir John French"). */
  private static final Pattern NOT_A_SURNAME =
      Regexes.compile(
          "\\p{Lu}\\p{L}*(?:ish|ese)|French|Dutch|Czech|Greek|Roman|Arab|Thai|Swiss|Iraqi|Israeli"
              + "|Pakistani|Saudi|Yemeni|Somali|Afghan|German|Russian|American|Italian|Persian"
              + "|Prussian|Austrian|Ottoman|Indian|African|Mexican|Korean|Asian|European"
              + "|Pasha|Bey|Khan|Jr|Sr|II|III|IV|VI");

  /**
   * The surnames of the known names of two words or more ("Sobieski" of "John III Sobieski"), each
   * the last word of one known person only: a later sentence may name the person by it alone.
   */
  static Set<String> surnames(List<String> known) {
    Map<String, String> of = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String name : known) {
      String[] w = name.trim().split("\\s+");
      String last = w[w.length - 1];
      if (w.length < 2
          // "bin Laden", "Henry V of England": the last word is no name alone
          || !Character.isUpperCase(w[w.length - 2].charAt(0))
          // "Hồ Chí Minh", "Lê Quảng Ba": a name of short syllables is said whole
          || w.length >= 3 && Arrays.stream(w).allMatch(x -> x.length() <= 4)
          || last.length() < 4
          || !Character.isUpperCase(last.charAt(0))
          || !last.chars().allMatch(Character::isLetter)
          || NOT_A_SURNAME.matcher(last).matches()
          || !Names.plausible(last)) {
        continue;
      }
      String other = of.putIfAbsent(last, name);
      if (other != null
          && !Names.containsAll(List.of(name.split("\\s+")), List.of(other.split("\\s+")))
          && !Names.containsAll(List.of(other.split("\\s+")), List.of(name.split("\\s+")))) {
        shared.add(last); // two people of one surname: "Smith" says neither
      }
    }
    of.keySet().removeAll(shared);
    for (String name : known) {
      of.remove(name); // a one-word name is searched as it is
    }
    return of.keySet();
  }

  /** Nouns a surname may name a body or time by: "the Maute group", "the Najibullah regime". */
  private static final Set<String> AFTER_A_SURNAME_NOT_A_PERSON =
      Set.of(
          "group",
          "groups",
          "family",
          "families",
          "clan",
          "brothers",
          "regime",
          "government",
          "administration",
          "dynasty",
          "era",
          "years",
          "line",
          "plan",
          "doctrine",
          "report",
          "house",
          "memorial",
          "street",
          "bridge",
          "island",
          "river",
          "county");

  /**
   * Where the surname {@code form} names the person in {@code text}, from its first stand-alone
   * place {@code at}: not after "the" nor before a noun it names a body by ("the Maute group"), nor
   * the end of a fuller name; or -1.
   */
  private static int asPerson(String text, String form, int at, List<String> known) {
    for (int i = at; i >= 0; ) {
      int e = i + form.length();
      int w = e;
      while (w < text.length() && text.charAt(w) == ' ') {
        w++;
      }
      int we = w;
      while (we < text.length() && Character.isLetter(text.charAt(we))) {
        we++;
      }
      boolean afterThe = i >= 4 && text.regionMatches(true, i - 4, "the ", 0, 4);
      // the end of a fuller name ("Leila Testa"), which is searched as it is
      boolean ofAName = false;
      for (String name : known) {
        ofAName =
            ofAName || name.length() > form.length() && text.startsWith(name, e - name.length());
      }
      if (!afterThe
          && !ofAName
          && !(w > e && AFTER_A_SURNAME_NOT_A_PERSON.contains(text.substring(w, we)))) {
        return i;
      }
      int next = standalone(text.substring(e), form, false);
      i = next < 0 ? -1 : e + next;
    }
    return -1;
  }

  /**
   * Where {@code form} first stands in {@code text} with no letter right before or after it (as
   * {@code (?<![\p{L}])form(?![\p{L}])} finds it), or -1.
   */
  static int standalone(String text, String form) {
    return standalone(text, form, hasSurrogate(form));
  }

  private static int standalone(String text, String form, boolean surrogate) {
    int i = text.indexOf(form);
    if (i < 0) {
      return -1;
    }
    if (surrogate) {
      Matcher m =
          Regexes.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(text);
      return m.find() ? m.start() : -1;
    }
    for (; i >= 0; i = text.indexOf(form, i + 1)) {
      int e = i + form.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (e == text.length() || !Character.isLetter(text.codePointAt(e)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A number right before a name: "79 Americans", "300 Spartans". */
  private static final Pattern COUNT_BEFORE =
      Regexes.compile(
          "(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand"
              + "|million|many|several|some))\\s+$");

  private static boolean counted(PersonCandidates.Candidate c) {
    String before = c.unit().text().substring(Math.max(0, c.start() - 12), c.start());
    return COUNT_BEFORE.matcher(before).find();
  }

  /**
   * Where the full name {@code full} of candidate {@code c} starts when its first words stand right
   * before the candidate's ("Sir Hugh Dowding, head of …" found as "Dowding"); else the candidate's
   * start.
   */
  private static int fullStart(PersonCandidates.Candidate c, String full) {
    if (full.length() <= c.name().length() || !full.endsWith(" " + c.name())) {
      return c.start();
    }
    String first = full.substring(0, full.length() - c.name().length());
    String before = c.unit().text().substring(0, c.start());
    return before.endsWith(first) ? c.start() - first.length() : c.start();
  }

  /**
   * Whether {@code role} says more than {@code old}: any role over none, and a described role ("the
   * U.S. commander in Vietnam") over a bare title ("Gen", "Major General") found first.
   */
  private static boolean better(String role, String old) {
    if (role.isEmpty()) {
      return false;
    }
    return old.isEmpty()
        || bareTitle(old)
            && !bareTitle(role)
            && role.indexOf(' ') > 0
            && PersonPatterns.hasRoleHead(role);
  }

  /** "Gen", "Gen.", "Major General": a title that says nothing of the person's part. */
  private static boolean bareTitle(String role) {
    return BARE_TITLE.matcher(role).matches() || BARE_TITLE.matcher(role + ".").matches();
  }

  private static List<PersonFact> facts(
      DocumentContext doc, List<PersonCandidates.Candidate> accepted, KnownNames names) {
    Map<String, String> bestRole = new HashMap<>();
    for (PersonCandidates.Candidate c : accepted) {
      String full = names.canonical(c.name());
      if (better(c.role(), bestRole.getOrDefault(full, ""))) {
        bestRole.put(full, c.role());
      }
    }
    Map<String, PersonFact> byUnitAndName = new LinkedHashMap<>();
    for (PersonCandidates.Candidate c : accepted) {
      if (CONTRIBUTED.matcher(c.unit().text()).find()
          && BYLINE_ROLE.matcher(c.unit().text()).find()) {
        continue; // "Associated Press writer X in Addis Ababa contributed.": the report's maker
      }
      String full = names.canonical(c.name());
      String role = c.role().isEmpty() ? bestRole.getOrDefault(full, "") : c.role();
      String key = c.unit().index() + "|" + full;
      int start = fullStart(c, full);
      PersonFact f =
          new PersonFact(
              role,
              c.unit().text().substring(start, c.end()),
              new AnswerValue.Person(full, role),
              Units.evidence(doc.name(), c.unit(), start, c.end()));
      PersonFact old = byUnitAndName.get(key);
      if (old == null || better(role, old.value().role())) {
        byUnitAndName.put(key, f);
      }
    }
    List<PersonFact> out = new ArrayList<>(byUnitAndName.values());
    out.sort((a, b) -> a.evidence().answerSpan().start() - b.evidence().answerSpan().start());
    return Collections.unmodifiableList(out);
  }
}
