package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds names in one unit together with the context that makes them people in a role. */
final class PersonCandidates {
  /** A name in a unit: local [start, end), the role words, and how strong the evidence is. */
  record Candidate(Sentence unit, int start, int end, String name, String role, boolean strong) {}

  /** Forms of "be" that make a following "-ed" word a passive verb ("was crowned"). */
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been");

  /**
   * Words that a role never contains: reading back from a title or name, the role starts after the
   * last of them; after a name and a comma, one of them opens a clause, not a role.
   */
  static final Set<String> BOUNDARY =
      Set.of(
          "the",
          "a",
          "an",
          "by",
          "with",
          "and",
          "or",
          "of",
          "in",
          "on",
          "at",
          "to",
          "from",
          "that",
          "was",
          "is",
          "said",
          "says",
          "told",
          "who",
          "which",
          "as",
          "for",
          "his",
          "her",
          "their",
          "its",
          "after",
          "before",
          "while",
          "including",
          "were",
          "are",
          "had",
          "has",
          // prepositions: "the rebels under Gen. Lee" is not a role
          "under",
          "against",
          "behind",
          "near",
          "over",
          "into",
          "toward",
          "towards",
          "through",
          "between",
          "among",
          "beside",
          "than",
          "upon",
          "without",
          "across",
          "around",
          "during",
          "led",
          "commanded",
          "headed",
          "time");

  /**
   * Words of time and sequence, never part of a role: "That evening General Canterac signed", "then
   * Colonel Smith".
   */
  private static final Set<String> NOT_IN_ROLE =
      Set.of(
          "morning",
          "afternoon",
          "evening",
          "night",
          "day",
          "today",
          "tonight",
          "yesterday",
          "then",
          "now",
          "later",
          "also",
          "once",
          "soon",
          "still",
          "already",
          "meanwhile",
          "when",
          "where",
          "since",
          "until");

  /** Participles that describe a post: "the commanding general", "the acting president". */
  private static final Set<String> ROLE_PARTICIPLES =
      Set.of(
          "commanding",
          "acting",
          "reigning",
          "ruling",
          "outgoing",
          "incoming",
          "founding",
          "presiding",
          "governing",
          "managing",
          "ranking",
          "leading",
          "serving",
          "sitting");

  private static final Pattern MARKERS =
      Regexes.compile(
          "\\s*(?:†|‡|\\((?:POW|KIA|WIA|MIA|alleged|[^)]*)\\)|(?<=\\p{Ll})(?:KIA|POW|WIA|MIA)\\b)");
  private static final Pattern TITLE_PREFIX =
      Regexes.compile("^(?:" + PersonPatterns.FORMAL_TITLE + ")\\s+");

  private static final Prefixes TITLE_STARTS = Prefixes.of(TITLE_PREFIX);

  /** Titles and honorifics without a name: "Admiral Sir" before a known "Edward Hawke". */
  private static final Pattern TITLES_ONLY =
      Regexes.compile(
          "(?:(?:"
              + PersonPatterns.FORMAL_TITLE
              + "|"
              + PersonPatterns.HONORIFIC
              + "|Sir|Lord|Lady|Dame|the Hon)\\.?\\s*)+");

  /** Captions and list lines lack a sentence end; names in them are not people in roles. */
  static final Pattern SENTENCE_END = Regexes.compile("[.!?][\"”’')\\]]*(?:\\[\\d+\\])*$");

  /** The closing quotes and brackets {@link #SENTENCE_END} allows after the mark. */
  private static final String CLOSERS = "\"”’')]";

  /** "the BBC's John Simpson": the possessor is not the person. */
  private static final Pattern POSSESSOR = Regexes.compile("['’]s\\s+");

  private static final Pattern DETERMINER =
      Regexes.compile(
          "\\b(?:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)\\s|\\b\\p{Lu}\\p{L}+['’]s\\s");

  /** "… and Sickles" or "… and Gen. Sickles" after a titled name: the second name, group 1. */
  private static final Pattern AND_NAME =
      Regexes.compile(
          "\\s+and\\s+(?:(" + PersonPatterns.FORMAL_TITLE + ")\\s+)?(" + Names.NAME + ")");

  /** A unit's name in brackets after a commander's: " (10th Corps)", " (1st Armored Division)". */
  private static final Pattern UNIT_IN_BRACKETS =
      Regexes.compile(
          "\\s*\\(((?:\\d{1,3}(?:st|nd|rd|th)|[IVXL]+)(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}?\\s+"
              + "(?:Corps|Division|Army|Brigade|Regiment|Battalion|Fleet|Squadron|Group))\\)");

  /**
   * A count and the names it counts: "three marshals, Bazaine, Canrobert and Le Boeuf", "two, Ehud
   * Goldwasser and Eldad Regev,": as many names as the count says.
   */
  private static final Pattern COUNTED_NAMES =
      Regexes.compile(
          "\\b(?<count>two|three|four|five|six|seven|eight|nine|ten)(?:\\s+(?<role>\\p{Ll}{3,}s))?,\\s+"
              + "(?<list>(?:"
              + Names.NAME
              + ",\\s+){0,8}"
              + Names.NAME
              + ",?\\s+and\\s+"
              + Names.NAME
              + ")");

  private static final Pattern LIST_SEPARATORS = Regexes.compile(",?\\s+and\\s+|,\\s+");

  /** Ranks in small letters, as a count names them: "three marshals", "two generals". */
  private static final Pattern RANKS =
      Regexes.compile("(?i)" + PersonPatterns.FORMAL_TITLE + "|soldier|officer|man|woman|hostage");

  /** What stands between a role and the name it gives: " named ", " called ". */
  private static final Pattern NAMED = Regexes.compile("\\s+(?:named|called)\\s+");

  /** Titles of rulers, whose one-word names take their land: "King John of Bohemia". */
  private static final Set<String> ROYAL =
      Set.of(
          "King",
          "Queen",
          "Emperor",
          "Empress",
          "Prince",
          "Princess",
          "Duke",
          "Count",
          "Earl",
          "Elector",
          "Archduke",
          "Grand Duke",
          "Margrave",
          "Tsar",
          "Czar",
          "Kaiser",
          "Sultan");

  /** " of Bohemia" after a ruler's name. */
  private static final Pattern OF_LAND =
      Regexes.compile("\\s+of\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{Ll}(?![\\p{L}\\p{M}])");

  /** Titles held of a place: "Duke of Normandy", "Bishop of Bayeux". */
  private static final Set<String> HELD_OF_A_PLACE =
      java.util.stream.Stream.concat(
              ROYAL.stream(),
              java.util.stream.Stream.of(
                  "Lord",
                  "Lady",
                  "Bishop",
                  "Archbishop",
                  "Cardinal",
                  "Marquis",
                  "Marquess",
                  "Baron",
                  "Viscount",
                  "Governor",
                  "Mayor",
                  "Sheriff",
                  "Constable",
                  "Master",
                  "Regent"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** " of Bayeux" closing a list item after a one-word name. */
  private static final Pattern OF_PLACE =
      Regexes.compile("\\s+of\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{Ll}(?=\\s*$)");

  /** A role noun in the plural ("warlords", "commanders"): a role several names share. */
  private static final Pattern PLURAL_ROLE = Regexes.compile("\\p{Ll}+[^s]s");

  private static final Pattern NAME_ONLY = Regexes.compile("^" + Names.NAME);
  private static final Pattern SPACES = Regexes.compile("\\s+");
  private static final Pattern PARTS = Regexes.compile("[^,;]+");
  private static final Pattern CELL_PARTS = Regexes.compile("[^,;/]+");
  private static final Pattern FINAL_DOT = Regexes.compile("\\.$");
  private static final Pattern THE_BEFORE = Regexes.compile("(?s).*\\b[Tt]he\\s+$");
  private static final Pattern ARTICLE_FIRST = Regexes.compile("(?i)^(the|a|an)\\s.*");
  private static final Pattern LEADING_THE = Regexes.compile("^(?:[Tt]he)\\s+");
  private static final Pattern PLURAL_END = Regexes.compile("(?<=[a-z])s$");

  private PersonCandidates() {}

  static List<Candidate> inProse(Sentence s) {
    List<Candidate> out = new ArrayList<>();
    String t = s.text();
    // a sentence that ends in a colon before a quotation is running text too
    if (!endsSentence(t)
        && s.kind() != Sentence.Kind.TITLE
        && !(s.kind() == Sentence.Kind.PROSE && SentenceSplitter.introducesQuote(t))) {
      return out;
    }
    int[] starts = Chars.wordStarts(t);
    int[] words = PersonPatterns.cueWords(t, starts);
    SkipMatcher titled = PersonPatterns.titled(t, words);
    while (titled.find()) {
      Matcher m = titled.matcher();
      String title = m.group("title");
      if (title.endsWith("Generals") || title.equals("Kings") || title.equals("Privates")) {
        // "Brigadier Generals John M. Jones and Leroy A. Stafford": each is one
        title = title.substring(0, title.length() - 1);
      }
      // "the southern warlords Sun Quan and Liu Bei": a role shared by several names is no
      // one's to be asked by ("Who was the southern warlord?" has two answers)
      boolean shared = PLURAL_ROLE.matcher(title).matches();
      String before = wordsBefore(t, m.start("title"), 3);
      String role = shared ? "" : roleWords(before) + title;
      if (!shared && NAMED.matcher(t).region(m.end("title"), m.start("name")).lookingAt()) {
        // "a Persian commander named Artabazus": one of several, asked by no "Who was the …?"
        String[] ws = SPACES.split(before.strip());
        String kept = role.substring(0, role.length() - title.length()).strip();
        int at = ws.length - 1 - (kept.isEmpty() ? 0 : SPACES.split(kept).length);
        String article = at >= 0 ? ws[at].toLowerCase(Locale.ROOT) : "";
        if (article.equals("a") || article.equals("an")) {
          role = article + " " + role;
        }
      }
      int nameEnd = m.end("name");
      if (ROYAL.contains(title) && m.group("name").indexOf(' ') < 0) {
        // "King John of Bohemia", "Prince Eugene of Savoy": a ruler is known by his land
        Matcher of = OF_LAND.matcher(t).region(nameEnd, t.length());
        nameEnd = of.lookingAt() ? of.end() : nameEnd;
      }
      Matcher unit = UNIT_IN_BRACKETS.matcher(t).region(nameEnd, t.length());
      // "Lieut.-Gen. H. Lumsden (10th Corps)": the unit he commanded
      String held =
          unit.lookingAt()
              ? PersonExtractor.COMMANDED + unit.group(1)
              : FINAL_DOT.matcher(role).replaceAll("");
      add(out, s, m.start("name"), nameEnd, held, true);
      Matcher and = AND_NAME.matcher(t).region(m.end(), t.length());
      // "Prime Minister Nikol Pashinyan and Russian President Vladimir Putin": the second name
      // has a title of its own, found next
      if (and.lookingAt()
          && !PersonPatterns.TITLED.matcher(t).region(and.start(2), and.end(2)).find()) {
        // "… and Flight Lieutenant Ann Testly": her own title is her role
        String second = and.group(1) != null ? and.group(1) : singular(role);
        add(out, s, and.start(2), and.end(2), FINAL_DOT.matcher(second).replaceAll(""), true);
      }
    }
    addAll(out, s, PersonPatterns.honored(t, words), "", true);
    SkipMatcher names = PersonPatterns.names(t, starts);
    NameContexts contexts = new NameContexts(s, out);
    while (names.find()) {
      contexts.after(names.matcher().start(), names.matcher().end());
    }
    // every apposition before a name ends in a comma: units without one skip the search
    if (t.indexOf(',') >= 0) {
      SkipMatcher before = PersonPatterns.appositionsBefore(t);
      while (before.find()) {
        Matcher m = before.matcher();
        String role = shortestRole(m.group("role"));
        if (!role.isEmpty()) {
          add(out, s, m.start("name"), m.end("name"), roleTail(role), true);
        }
      }
    }
    addAll(out, s, PersonPatterns.objects(t, words), "role", true);
    if (t.contains(" and ") && t.indexOf(',') >= 0) {
      counted(out, s, t);
    }
    if (t.contains(" under ") || t.contains(" by ") || t.contains(" of ")) {
      addAll(out, s, PersonPatterns.ledBodies(t, starts), "", true);
    }
    if (t.contains(" by ") || t.contains(" under ")) {
      // tried only at capitals and digits, where a unit's name can start
      SkipMatcher units =
          new SkipMatcher(
              PersonPatterns.COMMANDED_UNIT,
              t,
              i -> Character.isUpperCase(t.charAt(i)) || SkipMatcher.isDigit(t.charAt(i)));
      while (units.find()) {
        Matcher unit = units.matcher();
        String name = unit.group("unit");
        add(
            out,
            s,
            unit.start("name"),
            unit.end("name"),
            PersonExtractor.COMMANDED + LEADING_THE.matcher(name).replaceFirst(""),
            true);
      }
    }
    addAll(out, s, PersonPatterns.speakersAfter(t, words), "", false);
    if (t.contains(" by the ") || t.contains(" by a")) {
      Matcher led = PersonPatterns.LED_BY_ROLE.matcher(t);
      while (led.find()) {
        add(out, s, led.start("name"), led.end("name"), led.group("role"), true);
      }
    }
    SkipMatcher agents = PersonPatterns.agents(t, words);
    while (agents.find()) {
      Matcher m = agents.matcher();
      boolean led = ledBy(t, m.start());
      int nameEnd = m.end("name");
      if (led && m.group("name").indexOf(' ') < 0) {
        // "commanded by John of Austria": a leader known by his land
        Matcher of = OF_LAND.matcher(t).region(nameEnd, t.length());
        nameEnd = of.lookingAt() ? of.end() : nameEnd;
      }
      add(out, s, m.start("name"), nameEnd, "", led);
    }
    return out;
  }

  /**
   * Whether {@link #SENTENCE_END} is found in {@code t}: read back from the end (closing footnote
   * marks, then closing quotes and brackets, then '.', '!' or '?'); by the regex when the text ends
   * with a line terminator, before which '$' also matches.
   */
  static boolean endsSentence(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return new SkipMatcher(SENTENCE_END, t, i -> ".!?".indexOf(t.charAt(i)) >= 0).find();
    }
    int end = t.length();
    int before = footnoteStart(t, end);
    while (before < end) {
      end = before;
      before = footnoteStart(t, end);
    }
    while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?".indexOf(t.charAt(end - 1)) >= 0;
  }

  /** Where a footnote mark ("[12]") that ends at {@code end} starts; {@code end} when none does. */
  private static int footnoteStart(String t, int end) {
    if (end < 3 || t.charAt(end - 1) != ']') {
      return end;
    }
    int i = end - 1;
    while (i > 0 && Chars.isDigit(t.charAt(i - 1))) {
      i--;
    }
    return i < end - 1 && i > 0 && t.charAt(i - 1) == '[' ? i - 1 : end;
  }

  /** Names listed in an infobox commander line or a flattened "Commanders" block line. */
  static List<Candidate> inList(Sentence s, int from, List<String> known) {
    List<Candidate> out = new ArrayList<>();
    String t = s.text();
    if (t.indexOf(',', from) < 0) {
      for (String k : known) {
        int i = t.indexOf(k, from);
        if (i >= 0 && k.contains(" ")) {
          add(out, s, i, i + k.length(), "commander", true);
        }
      }
      if (!out.isEmpty()) {
        addBetween(out, s, from);
        return out;
      }
    }
    addParts(out, s, PARTS.matcher(t).region(from, t.length()), from);
    return out;
  }

  /**
   * The names in one cell of a table row whose column holds commanders ("John de Robeck / Cevat
   * Pasha" under "Commanders (Allied / Ottoman)"): parted by commas, semicolons and slashes.
   */
  static List<Candidate> inCell(Sentence s, int from, int to) {
    List<Candidate> out = new ArrayList<>();
    addParts(out, s, CELL_PARTS.matcher(s.text()).region(from, to), from);
    return out;
  }

  /** A name at the start of each part {@code parts} finds, after a title, markers aside. */
  private static void addParts(List<Candidate> out, Sentence s, Matcher parts, int from) {
    String t = s.text();
    while (parts.find()) {
      int ps = parts.start();
      String part = parts.group();
      String trimmed = part.trim();
      Matcher title = TITLE_PREFIX.matcher(trimmed);
      boolean titled = !trimmed.isEmpty() && TITLE_STARTS.at(trimmed, 0) && title.find();
      int lead = part.length() - part.stripLeading().length() + (titled ? title.end() : 0);
      String rest = dropMarkers(part.substring(lead));
      Matcher n = NAME_ONLY.matcher(rest);
      if (n.find() && SPACES.split(n.group()).length <= 5) {
        // a listed "Odo of Bayeux" is one person: the place is part of how he is known
        Matcher of = OF_PLACE.matcher(rest).region(n.end(), rest.length());
        // after a name and a comma, a title with its land is that name's ("William, Duke of
        // Normandy"); another one-word name is a person of the list ("Raynald of Châtillon")
        boolean ownPart =
            ps == from || t.charAt(ps - 1) == ';' || !HELD_OF_A_PLACE.contains(n.group());
        int end = ownPart && !n.group().contains(" ") && of.lookingAt() ? of.end() : n.end();
        add(out, s, ps + lead, ps + lead + end, "commander", true);
      }
    }
  }

  /**
   * The names between the known ones of a list without commas ("Antonio José de Sucre José de La
   * Mar José María Córdova", Sucre and Córdova known): a stretch that is a whole name of two words
   * or more, markers ("†", "(POW)") aside, is one more person.
   */
  private static void addBetween(List<Candidate> out, Sentence s, int from) {
    String t = s.text();
    List<int[]> taken = new ArrayList<>();
    for (Candidate c : out) {
      taken.add(new int[] {c.start(), c.end()});
    }
    taken.sort((a, b) -> a[0] - b[0]);
    int at = from;
    List<int[]> gaps = new ArrayList<>();
    for (int[] span : taken) {
      if (span[0] > at) {
        gaps.add(new int[] {at, span[0]});
      }
      at = Math.max(at, span[1]);
    }
    gaps.add(new int[] {at, t.length()});
    for (int[] gap : gaps) {
      String part = t.substring(gap[0], gap[1]);
      int lead = part.length() - part.stripLeading().length();
      String rest = part.substring(lead);
      Matcher n = NAME_ONLY.matcher(rest);
      if (n.find()
          && n.group().indexOf(' ') > 0
          && !TITLES_ONLY.matcher(n.group()).matches()
          && dropMarkers(rest.substring(n.end())).isBlank()) {
        add(out, s, gap[0] + lead, gap[0] + lead + n.end(), "commander", true);
      }
    }
  }

  /** {@code part} without the {@link #MARKERS}, run only when one of their marks is there. */
  private static String dropMarkers(String part) {
    boolean marked =
        part.indexOf('†') >= 0
            || part.indexOf('‡') >= 0
            || part.indexOf('(') >= 0
            || part.contains("KIA")
            || part.contains("POW")
            || part.contains("WIA")
            || part.contains("MIA");
    return marked ? MARKERS.matcher(part).replaceAll("") : part;
  }

  /**
   * Verbs before "by" that name a person: who led men ("led by Aristides"), who followed a ruler.
   */
  private static final Set<String> LEADING = Set.of("led", "commanded", "headed", "succeeded");

  /** Whether the "by" at {@code by} follows a verb of {@link #LEADING}. */
  private static boolean ledBy(String t, int by) {
    return LEADING.contains(Chars.letterWordBefore(t, by));
  }

  private static void addAll(
      List<Candidate> out, Sentence s, SkipMatcher found, String roleGroup, boolean strong) {
    while (found.find()) {
      Matcher m = found.matcher();
      String role = roleGroup.isEmpty() ? "" : m.group(roleGroup);
      add(out, s, m.start("name"), m.end("name"), role, strong);
    }
  }

  static void add(
      List<Candidate> out, Sentence s, int start, int end, String role, boolean strong) {
    String raw = s.text().substring(start, end);
    Matcher poss = POSSESSOR.matcher(raw);
    if ((raw.indexOf('\'') >= 0 || raw.indexOf('’') >= 0) && poss.find()) {
      String after = raw.substring(poss.end());
      if (SPACES.split(after.trim()).length >= 2) {
        start += poss.end();
        raw = after;
      } else {
        raw = raw.substring(0, poss.start());
      }
    }
    String name = Names.clean(raw);
    int shift = raw.indexOf(name);
    start += Math.max(0, shift);
    // titles one after another: "Marshal Sir Douglas Haig"
    Matcher title = TITLE_PREFIX.matcher(name);
    while (!name.isEmpty()
        && TITLE_STARTS.at(name, 0)
        && title.find()
        && !name.startsWith("Mullah")) {
      start += title.end();
      name = name.substring(title.end());
      title = TITLE_PREFIX.matcher(name);
    }
    boolean people =
        PEOPLES.matcher(name).matches()
            && (afterThe(s.text(), start) || name.endsWith("ians") || name.endsWith("eans"));
    if (Names.plausible(name) && !people) {
      out.add(new Candidate(s, start, start + name.length(), name, role.trim(), strong));
    }
  }

  /**
   * A people in the plural: "Persians", "Athenians", "the Spartans" ("Evans" and "Hans" are names:
   * a plural in "-ans" counts only after "the").
   */
  private static final Pattern PEOPLES = Regexes.compile("\\p{Lu}\\p{Ll}+(?:ians|eans|ans|ites)");

  /** Up to {@code n} words right before {@code pos}, as written. */
  private static String wordsBefore(String t, int pos, int n) {
    int i = pos;
    int words = 0;
    while (i > 0 && words < n) {
      int j = i;
      while (j > 0 && t.charAt(j - 1) == ' ') {
        j--;
      }
      int k = j;
      // a possessive stays one word: "Ukraine's President"
      while (k > 0
          && (Character.isLetter(t.charAt(k - 1))
              || t.charAt(k - 1) == '-'
              || (t.charAt(k - 1) == '\'' || t.charAt(k - 1) == '’')
                  && k > 1
                  && Character.isLetter(t.charAt(k - 2)))) {
        k--;
      }
      if (k == j || j == i && i != pos || k > 0 && Character.isDigit(t.charAt(k - 1))) {
        break; // no word, no space before it, or the letters of "1st"
      }
      i = k;
      words++;
    }
    return t.substring(i, pos);
  }

  /**
   * The words of {@code mods} after the last one that ends a role (a preposition, a verb), as
   * written, so that a hyphen before the title stays ("Rear-" of "Rear-Admiral").
   */
  private static String roleWords(String mods) {
    int from = 0;
    int i = 0;
    String previous = "";
    while (i < mods.length()) {
      int j = i;
      while (j < mods.length() && mods.charAt(j) != ' ') {
        j++;
      }
      String w = mods.substring(i, j).toLowerCase(Locale.ROOT);
      // "was crowned King William": the participle of a passive is the verb's, not the role's
      if (j > i
          && (BOUNDARY.contains(w)
              || NOT_IN_ROLE.contains(w)
              || PASSIVE.contains(previous) && w.endsWith("ed")
              || isParticiple(mods, i, w))) {
        from = j;
      }
      previous = w;
      i = j + 1;
    }
    String kept =
        SPACES.matcher(mods.substring(Math.min(from, mods.length())).strip()).replaceAll(" ");
    if (mods.endsWith("-") && !kept.isEmpty()) {
      return kept;
    }
    return kept.isEmpty() ? kept : kept + " ";
  }

  /**
   * Whether "the " or "The " stands right before {@code i} of {@code t}: "the Blitz", "the Boers"
   * are a thing or a people, not a person.
   */
  static boolean afterThe(String t, int i) {
    return i >= 4 && (t.startsWith("the ", i - 4) || t.startsWith("The ", i - 4));
  }

  /**
   * Whether the word at {@code i} follows a capitalized word and "of": the land of a title ("the
   * Duke of Normandy", "D of Normandy"), no person.
   */
  static boolean afterTitleOf(String t, int i) {
    if (i < 4 || !t.startsWith(" of ", i - 4)) {
      return false;
    }
    int k = i - 4;
    while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    return k < i - 4 && Character.isUpperCase(t.charAt(k));
  }

  /**
   * Whether word {@code w} (lower-cased, at {@code i} of {@code mods}) is a lower-case participle
   * that ends a clause before the title ("leaving Lieutenant Colonel Pulleine in command"), not one
   * of the few that describe a post ("commanding general", "acting president").
   */
  static boolean isParticiple(String mods, int i, String w) {
    return w.length() > 4
        && w.endsWith("ing")
        && Character.isLowerCase(mods.charAt(i))
        && !ROLE_PARTICIPLES.contains(w);
  }

  /** "The whereabouts of Mr Rabbani and the prime minister" → "the prime minister". */
  private static String shortestRole(String role) {
    Matcher d = DETERMINER.matcher(role);
    List<Integer> starts = new ArrayList<>();
    while (d.find()) {
      starts.add(d.start());
    }
    for (int i = starts.size() - 1; i >= 0; i--) {
      int st = starts.get(i);
      if (THE_BEFORE.matcher(role.substring(0, st)).matches()) {
        st = role.substring(0, st).lastIndexOf("he ") - 1;
      }
      String r = role.substring(Math.max(0, st));
      if (PersonPatterns.hasRoleHead(r)) {
        return r;
      }
    }
    return "";
  }

  private static String roleTail(String role) {
    String r = role.trim();
    return Character.isUpperCase(r.charAt(0)) && ARTICLE_FIRST.matcher(r).matches()
        ? Character.toLowerCase(r.charAt(0)) + r.substring(1)
        : r;
  }

  /** Adds the names of {@link #COUNTED_NAMES} when there are as many as counted. */
  private static void counted(List<Candidate> out, Sentence s, String t) {
    Matcher m = COUNTED_NAMES.matcher(t);
    while (m.find()) {
      OptionalDouble n = NumberWords.cardinal(m.group("count"));
      String[] names = LIST_SEPARATORS.split(m.group("list"));
      if (n.isEmpty() || names.length != (int) n.getAsDouble()) {
        continue;
      }
      String role = m.group("role") == null ? "" : singular(m.group("role"));
      if (!role.isEmpty() && !PersonPatterns.hasRoleHead(role) && !RANKS.matcher(role).matches()) {
        continue; // "three divisions, Alpha, Bravo and Charlie": no people
      }
      int from = m.start("list");
      for (String name : names) {
        int at = t.indexOf(name, from);
        add(out, s, at, at + name.length(), role, true);
        from = at + name.length();
      }
    }
  }

  private static String singular(String role) {
    return PLURAL_END.matcher(role).replaceAll("").trim();
  }
}
