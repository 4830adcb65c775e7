package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The contexts that show a name is a person in a role. Stateless. */
final class PersonPatterns {
  static final String FORMAL_TITLE =
      "(?:(?:Rear|Vice)[- ]Admiral|Admiral of the Fleet|Air (?:Chief |Vice[- ])?Marshal"
          // air force ranks: "Pilot Officer Jack Ellerby", "Squadron Leader Douglas Bader"
          + "|Pilot Officer|Flying Officer|Flight Lieutenant|Flight Sergeant|Squadron Leader"
          + "|Wing Commander|Group Captain|Air Commodore"
          // German ranks: "Gefreiter Otto Brandt", "Hauptmann Hans Schmidt"
          + "|Obergefreiter|Gefreiter|Unteroffizier|Feldwebel|Oberleutnant|Leutnant"
          + "|Oberstleutnant|Oberst|Hauptmann"
          + "|(?:Chief |Vice[- ])Marshal|Reichsmarschall|Generalfeldmarschall|Feldmarschall"
          + "|Generaloberst|Generalleutnant|Generalmajor|Großadmiral|Grand Admiral"
          + "|Field[- ]Marshal|Lieutenant[- ](?:General|Colonel|Commander)|Lt\\.?[- ]Gen\\.?"
          + "|Lt\\.?[- ]Col\\.?|Lieut\\.?[- ]Gen\\.?|Lieut\\.?[- ]Col\\.?|Lieut\\."
          // plurals before a list: "Brigadier Generals John M. Jones and Leroy A. Stafford"
          + "|Major[- ]Generals?|Maj\\.?[- ]Gen\\.?|Brigadier(?:[- ]Generals?)?|Brig\\.?[- ]Gen\\.?"
          + "|Generals?"
          // abbreviated ranks, with or without the period as British usage writes them ("Lt J.H.
          // Grayburn", "Maj Gough")
          + "|Gen\\.?|Genl\\.?|Colonel|Col\\.?|Lieutenant|Lt\\.?|Captain"
          + "|Capt\\.?|Major|Maj\\.?|Brig\\.?|Sergeant|Sgt\\.?|Admiral|Adm\\.|Marshal|Commander"
          + "|Constable"
          // US ranks as the services abbreviate them: "LTG Frederick M. Franks Jr.", "CPT H. R.
          // McMaster", "SGT Nels A. Moller"
          + "|GEN|LTG|MG|BG|COL|LTC|MAJ|CPT|1LT|2LT|CW[2-5]|CSM|SGM|1SG|MSG|SFC|SSG|SGT|CPL|SPC|PFC"
          + "|PVT|ADM|VADM|RADM|CAPT|CDR|LCDR|ENS|LtGen|MajGen|BGen|LtCol"
          // enlisted ranks: "Lance Cpl. Brian A. Medina", "Spc. John Doe", "Pfc. Lynndie England"
          + "|Lance Cpl\\.?|Lance Corporal|Staff Sgt\\.?|Staff Sergeant|Cpl\\.?|Corporal|Spc\\.|Specialist"
          + "|Pfc\\.|Pvt\\.|Pte\\.?|Private First Class|Privates?|Petty Officer"
          + "|Vice President|President|Prime Minister|Premier|Chancellor|Kings?|Queen|Emperor|Empress"
          + "|Crown Prince|Crown Princess|Prince|Princess|Grand Duke|Archduke|Duke|Elector|Margrave|Viscount|Baron|Marquess"
          + "|Grand Vizier|Vizier"
          + "|Marquis|Count|Earl|Lord|Sir|Pope|Cardinal|Archbishop|Bishop|Sultan|Emir|Tsar"
          + "|Czar|Kaiser|Secretary of State|Secretary of Defense|Secretary|Foreign Minister"
          + "|Defence Minister|Defense Minister|Minister|Ambassador|Senator|Sen\\.|Governor|Gov\\."
          + "|Mayor|Councillor|Councilor|Councilman|Councilwoman|Alderman|Commissioner|Sheriff"
          + "|Judge|Justice|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Professor|Prof\\.)";

  /** Honorifics that are part of how the person is known ("Mullah Omar"). */
  static final String HONORIFIC = "(?:Mullah|Maulvi|Mawlawi|Sheikh|Imam|Ayatollah)";

  static final String ROLE_NOUN =
      "(?:commander|warlord|leader|chief|spokesman|spokeswoman|spokesperson|cleric|founder"
          + "|extremist|militant|journalist|correspondent|reporter|historian|author|writer|architect"
          + "|playwright|poet|novelist|officer|official|minister|president|ambassador|general"
          + "|envoy|governor|king|queen|emperor|colonel|captain|prince|diplomat|analyst|resident"
          + "|activist|deputy|adviser|advisor|aide|negotiator|head|director|chairman|chargé"
          + "|figure|brother|sister|son|daughter|wife|husband|father|mother|member|soldier|fighter"
          // kin and rank of other eras: "Artaphernes, a nephew of Darius", "a noble from Media"
          + "|nephew|niece|uncle|cousin|grandson|granddaughter|noble"
          // who carried word: "a runner named Pheidippides"
          + "|runner|messenger|courier"
          + "|secretary|premier|chancellor|mayor|senator|lawyer|judge|doctor|witness|survivor"
          + "|photographer|editor|producer|engineer|scholar|professor|ruler|marshal|admiral"
          + "|strategist|representative|lieutenant|sergeant|militia leader|warlords|commanders"
          + "|coordinator|mediator|administrator|commissioner|inspector|investigator|prosecutor"
          + "|pilot|surgeon|chaplain|researcher|curator|biographer|veteran"
          // chairs of councils and the clergy: "co-chair Leila Mustafa", "the monk Gennadios"
          + "|co-chair|chair|chairwoman|chairperson|monk|priest|bishop|archbishop|patriarch|pope"
          + "|abbot|cardinal|friar"
          // offices of other eras: "the Viceroy of Peru, José de la Serna"
          + "|viceroy|regent|sultan|shah|emir|caliph|vizier|consul|chieftain|shogun|pharaoh"
          + "|constable|hetman|ataman|tsar|khan|speaker|nawab|raja|rajah|maharaja|maharajah|peshwa"
          + "|nizam"
          // learning and the arts: "the Israeli archaeologist Yigael Yadin", "the sculptor Antonio
          // Sciortino", "the American scholars Edward Robinson and Eli Smith"
          + "|archaeologist|sociologist|anthropologist|economist|philosopher|theologian|chronicler"
          + "|scientist|physicist|chemist|mathematician|astronomer|geographer|cartographer"
          + "|translator|publisher|sculptor|painter|artist|composer|explorer|adventurer|navigator"
          + "|missionary|physician|nurse|merchant|knight|nobleman|courtier"
          + "|scholars|historians|archaeologists|explorers|generals"
          // rulers and pretenders: "the dictator Nicolás de Piérola", "the widowed empress Eudokia"
          + "|dictator|empress|princess|duchess|tyrant|usurper|claimant|pretender"
          // people of the home front and the ranks: "the conductor Karl Eliasberg", "an
          // eleven-year-old schoolgirl, Tanya Savicheva"
          + "|conductor|musician|singer|actor|actress|student|schoolgirl|schoolboy|teacher|farmer"
          + "|businessman|banker|sailor|seaman|airman|gunner|sniper|medic|partisan|guerrilla"
          + "|volunteer|hostage|refugee|eyewitness|nun|imam|rabbi|heir|successor|predecessor)";

  private static final String N = "(?<name>" + Names.NAME + ")";

  /**
   * A character of a role in an apposition: not a clause mark, but the period of an initialism
   * ("the U.S. commander in Vietnam").
   */
  private static final String ROLE_CHAR =
      "(?:[^,.;:“”\"()]|(?<=(?:^|[^\\p{L}.])\\p{Lu}|\\.\\p{Lu})\\.(?=\\p{Lu}|\\s+\\p{Ll}))";

  /**
   * "US Secretary of State Colin Powell", "General Robert E. Lee", "warlord Abdul Rashid Dostum".
   */
  static final Pattern TITLED =
      Regexes.compile(
          "(?<![\\p{L}])(?<title>"
              + FORMAL_TITLE
              + "|"
              + ROLE_NOUN
              // "a Persian commander named Artabazus", "a soldier called Arimnestus"
              + ")\\s+(?:(?:named|called)\\s+)?"
              // "his physician Dr. Hunter McGuire": a role, then the title the name goes by
              + "(?:(?<=[\\p{Ll}]\\s)(?:Dr\\.?|Mr\\.?|Mrs\\.?|Sir|Lord|Lady|Captain|Colonel|General)\\s+)?"
              + "(?<name>(?:"
              + HONORIFIC
              + "\\s+)?"
              + Names.NAME
              + ")");

  /** "Mullah Omar", "Sheikh X". */
  static final Pattern HONORED =
      Regexes.compile("(?<![\\p{L}])(?<name>" + HONORIFIC + "\\s+" + Names.NAME + ")");

  /** Any name: the patterns below are tried after each one ({@code lookingAt} at its end). */
  static final Pattern NAME = Regexes.compile(Names.NAME);

  /** After a name: ", an Egyptian militant"; ", head of the provincial council". */
  static final Pattern APPOSITION_AFTER =
      Regexes.compile(
          ",\\s+(?<role>(?:(?:a|an|the|[\\p{Lu}][\\p{L}]+['’]s)\\s+|(?=\\p{Ll})"
              + "|(?=\\p{Lu}\\p{Ll}+\\s+(?:of|for)\\s))"
              + ROLE_CHAR
              + "{2,70}?)(?=\\s*(?:,|\\.(?!\\p{Lu}|\\s+\\p{Ll})|;|$|\\s+who\\s|\\s+whose\\s|\\s+that\\s))");

  /**
   * How an apposition before a name ends: ", Zabihullah Mujahid" and a comma, stop, semicolon or
   * end.
   */
  private static final String APPOSITION_TAIL = ",\\s+" + N + "(?=\\s*[,.;]|\\s*$)";

  /** "the Taliban's spokesperson, Zabihullah Mujahid". */
  static final Pattern APPOSITION_BEFORE =
      Regexes.compile(
          "(?<role>(?:\\b(?:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)|[\\p{Lu}]"
              + "[\\p{L}]+['’]s)\\s+"
              + ROLE_CHAR
              + "{2,60}?)"
              + APPOSITION_TAIL);

  private static final Pattern APPOSITION_END = Regexes.compile(APPOSITION_TAIL);

  /** After a name: " said". */
  static final Pattern SPEAKER =
      Regexes.compile(
          "\\s+(?:said|says|told|added|urged|claimed|stated|reported|tweeted|wrote"
              + "|announced|insisted|warned|denied|confirmed)\\b");

  /** "said Azad Singh Toor". */
  static final Pattern SPEAKER_AFTER =
      Regexes.compile("\\b(?:said|says|told|according to)\\s+" + N);

  /**
   * After a name, the post it held: " as defence minister", " as the Pentagon's press secretary", "
   * as chief of staff" (up to three words before the role's head, and what it is of).
   */
  static final Pattern AS_ROLE =
      Regexes.compile(
          "\\s+as\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(?<role>(?:[\\p{L}'’-]+\\s+){0,3}?"
              + ROLE_NOUN
              // what it is of: " as chief of staff", " as commander of the Fifth Army"
              + "(?:\\s+of\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?"
              + ")(?=[\\s,.;:)]|$)(?!\\s+(?:of|and|or|to|in|for)\\b\\s+\\p{Ll})");

  /** After a name: " is wounded", " is certainly killed". */
  static final Pattern STATE =
      Regexes.compile(
          "\\s+(?:is|was|has been|had been)\\s+(?:\\p{Ll}+ly\\s+)?(?<role>killed|wounded"
              + "|dead|captured|injured|executed|assassinated|missing|arrested)\\b");

  /**
   * "The German 5th Army, commanded by Crown Prince Wilhelm,", "the 20th Maine under Colonel Joshua
   * Chamberlain": a unit and the name of its commander.
   */
  static final Pattern COMMANDED_UNIT =
      Regexes.compile(
          "(?<![\\p{L}\\d])(?<unit>(?:(?:\\p{Lu}[\\p{L}.'’-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}"
              + "(?:Division|Brigade|Regiment|Battalion|Corps|Army|Fleet|Squadron|Group|Company"
              + "|Wing|Legion|Infantry|Cavalry|Artillery)s?),?\\s+"
              + "(?:commanded by|led by|under the command of|under)\\s+"
              + "(?:"
              + FORMAL_TITLE
              + "\\s+)*"
              + N);

  /**
   * A body of men and who led it, or a government and its head: "an Anglo-Egyptian army under
   * Herbert Kitchener", "a large detachment under Joseph Tarchaneiotes", "the British government of
   * William Gladstone" ("under Ottoman rule" names no one; "the army of Metz" is a place's).
   */
  static final Pattern LED_BODY =
      Regexes.compile(
          "\\b(?:(?:army|armies|forces?|fleet|squadron|column|detachment|troops|men|corps|division"
              + "|brigade|regiment|contingent|garrison|expedition|flotilla|vanguard|rearguard|mercenaries"
              + ")\\s+(?:under(?:\\s+the\\s+command\\s+of)?|led\\s+by|commanded\\s+by)"
              + "|(?:government|administration|regime|cabinet)\\s+of)\\s+(?:"
              + FORMAL_TITLE
              + "\\s+)*"
              + N
              + "(?!\\s+(?:rule|control|command|occupation|siege|fire|attack|pressure|protection"
              + "|sovereignty|administration|authority|influence|flag|banner|law|regulars|troops"
              + "|soldiers|mercenaries|levies|forces|men|knights|infantry|cavalry|archers|warriors"
              + "|fighters|units|ships|officers)\\b)");

  /**
   * One who led men, named after what he was: "led by the English adventurer Thomas Stukeley",
   * "commanded by the veteran engineer Ramon Testa".
   */
  static final Pattern LED_BY_ROLE =
      Regexes.compile(
          "\\b(?:led|commanded|headed)\\s+by\\s+(?:the|a|an)\\s+"
              + "(?<role>(?:[\\p{L}-]+\\s+){0,3}?\\p{Ll}[\\p{Ll}-]+)\\s+"
              + N);

  /** "the death of McClellan". */
  static final Pattern OBJECT =
      Regexes.compile(
          "\\b(?<role>death|killing|assassination|arrest|execution|murder"
              + "|resignation)\\s+of\\s+"
              + N);

  /** "by Leo Tolstoy". */
  /**
   * "by Lee", not "by New Hampshire militia": a name before the noun of a body of men is its
   * place's, not a person's (the name is taken whole: no shorter name is tried instead).
   */
  static final Pattern AGENT =
      Regexes.compile(
          "\\bby\\s+(?>"
              + N
              + ")(?!['’]s|\\s+(?:militia|militiamen|troops|forces|soldiers|army|armies|men|fighters"
              + "|regiments?|volunteers|cavalry|infantry|artillery|gunmen|rebels|police|guards?)\\b)");

  /** After a name: "'s forces", "'s III Corps". */
  static final Pattern POSSESSIVE =
      Regexes.compile(
          "['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?<what>forces|faction|army|Army|Fleet|troops|men"
              + "|fighters|Corps|corps|militia|division|brigade|network|preaching|plan|followers|regime"
              + "|supporters|soldiers|command|headquarters|government|administration|cabinet|party"
              // a maker's work: "George Peele's play", "J.P. Dutta's 1997 film Border"
              + "|play|novel|poem|film|painting|memoir|memoirs|diary|biography|opera|symphony)\\b");

  /** After a name that opens a clause: " fought", " invaded". */
  static final Pattern SUBJECT =
      Regexes.compile(
          "\\s+(?<role>fought|led|commanded|captured|defeated"
              + "|ordered|invaded|attacked|won|lost|took|sent|became|ruled|founded|signed|declared"
              + "|marched|besieged|surrendered|negotiated|resigned|fled)\\b");

  static final Pattern ROLE_HEAD = Regexes.compile("(?i)\\b" + ROLE_NOUN + "s?\\b");

  private static final Prefixes TITLES = Prefixes.of(TITLED);
  private static final Prefixes HONORIFICS = Prefixes.of(HONORED);
  private static final String DETERMINER = "the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its";
  private static final Prefixes DETERMINERS = Prefixes.of(false, DETERMINER);
  private static final Set<String> DETERMINER_WORDS = Set.of(DETERMINER.split("\\|"));
  private static final Prefixes SPEECH_WORDS = Prefixes.of(SPEAKER_AFTER);
  private static final Prefixes FATES = Prefixes.of(OBJECT);
  private static final Prefixes BODIES = Prefixes.of(LED_BODY);
  private static final Prefixes BY = Prefixes.of(AGENT);
  private static final Prefixes ROLE_HEADS = Prefixes.of(ROLE_HEAD);

  /** Where any of the patterns led by a word (title, honorific, "death", "said", "by") start. */
  private static final Prefixes CUE_WORDS =
      Prefixes.ofAny(List.of(TITLED, HONORED, OBJECT, SPEAKER_AFTER, AGENT));

  private static final boolean CUE_LED_BY_LETTERS = CUE_WORDS.ledByLetters();

  /** The lower-case words a name may have (see {@link Names#NAME}). */
  private static final Set<String> PARTICLES =
      Set.of(
          "bin", "ibn", "al", "de", "da", "di", "van", "von", "der", "du", "la", "le", "del", "of",
          "d", "dos", "das", "las", "los", "den");

  /** What ends the role of {@link #APPOSITION_BEFORE}: its comma must be the first of these. */
  private static final String ROLE_STOPS = ",.;:“”\"()";

  private PersonPatterns() {}

  /**
   * The positions in {@code t} where a word starts that may lead {@link #TITLED}, {@link #HONORED},
   * {@link #OBJECT}, {@link #SPEAKER_AFTER} or {@link #AGENT}: the {@code words} that their
   * matchers below take.
   */
  static int[] cueWords(String t) {
    return cueWords(t, Chars.wordStarts(t));
  }

  /** {@link #cueWords(String)} among the {@code starts} of {@link Chars#wordStarts}. */
  static int[] cueWords(String t, int[] starts) {
    return CUE_LED_BY_LETTERS ? CUE_WORDS.among(t, starts) : CUE_WORDS.wordPositions(t);
  }

  /** The matches of {@link #TITLED} in {@code t}, tried only at title and role words. */
  static SkipMatcher titled(String t, int[] words) {
    return new SkipMatcher(TITLED, t, words, TITLES);
  }

  /** The matches of {@link #HONORED} in {@code t}, tried only at honorifics. */
  static SkipMatcher honored(String t, int[] words) {
    return new SkipMatcher(HONORED, t, words, HONORIFICS);
  }

  /** The matches of {@link #NAME} in {@code t}, tried only at capitals that start a word. */
  static SkipMatcher names(String t) {
    return names(t, Chars.wordStarts(t));
  }

  /** {@link #names(String)} tried only among the {@code starts} of {@link Chars#wordStarts}. */
  static SkipMatcher names(String t, int[] starts) {
    return new SkipMatcher(NAME, t, starts, i -> mayBeCapital(t.charAt(i)));
  }

  /**
   * The matches of {@link #APPOSITION_BEFORE} in {@code t}, tried only at a determiner or a
   * possessive ("Taliban's") whose clause ends in a comma before a name.
   */
  static SkipMatcher appositionsBefore(String t) {
    return new SkipMatcher(APPOSITION_BEFORE, t, roleStarts(t), i -> true);
  }

  /**
   * The positions where the role of {@link #APPOSITION_BEFORE} may start, ascending: where {@link
   * #leadsRole} admits, among those whose first of {@link #ROLE_STOPS} is a comma that {@link
   * #APPOSITION_END} matches at (that part of the match does not depend on what comes before it).
   * Each comma is checked once: whether words that may be a name follow it, then whether a role may
   * start before it, and only then by the regex.
   */
  static int[] roleStarts(String t) {
    int[] out = new int[8];
    int n = 0;
    Matcher end = null;
    for (int k = t.indexOf(','); k >= 0; k = t.indexOf(',', k + 1)) {
      if (!nameWordsAfter(t, k)) {
        continue;
      }
      int from = k;
      while (from > 0 && ROLE_STOPS.indexOf(t.charAt(from - 1)) < 0) {
        from--;
      }
      int before = n;
      for (int i = from; i < k; i++) {
        if (leadsRole(t, i)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, 2 * n);
          }
          out[n++] = i;
        }
      }
      if (n > before) {
        if (end == null) {
          end = APPOSITION_END.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (!end.region(k, t.length()).lookingAt()) {
          n = before;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The matches of {@link #OBJECT} in {@code t}, tried only at its nouns ("death"). */
  /** The matches of {@link #LED_BODY} in {@code t}, tried only at its nouns. */
  static SkipMatcher ledBodies(String t, int[] words) {
    return new SkipMatcher(LED_BODY, t, words, BODIES);
  }

  static SkipMatcher objects(String t, int[] words) {
    return new SkipMatcher(OBJECT, t, words, FATES);
  }

  /** The matches of {@link #SPEAKER_AFTER} in {@code t}, tried only at "said", "told"... */
  static SkipMatcher speakersAfter(String t, int[] words) {
    return new SkipMatcher(SPEAKER_AFTER, t, words, SPEECH_WORDS);
  }

  /** The matches of {@link #AGENT} in {@code t}, tried only at "by". */
  static SkipMatcher agents(String t, int[] words) {
    return new SkipMatcher(AGENT, t, words, BY);
  }

  /** Whether {@link #ROLE_HEAD} is found in {@code s}, tried only at role words. */
  static boolean hasRoleHead(String s) {
    return new SkipMatcher(ROLE_HEAD, s, i -> ROLE_HEADS.atWord(s, i)).find();
  }

  /** Whether {@code c} may start a {@code \p{Lu}} (surrogate pairs are let through). */
  static boolean mayBeCapital(char c) {
    return Character.isUpperCase(c) || Character.isSurrogate(c);
  }

  /**
   * Whether the role of {@link #APPOSITION_BEFORE} can start at {@code i}: a determiner followed by
   * white space, or a capital, letters, "'s" and white space (a surrogate is let through).
   */
  private static boolean leadsRole(String t, int i) {
    char c = t.charAt(i);
    if (Character.isSurrogate(c)) {
      return true;
    }
    if (Character.isUpperCase(c)) {
      int j = i + 1;
      while (j < t.length()
          && (Character.isLetter(t.charAt(j)) || Character.isSurrogate(t.charAt(j)))) {
        j++;
      }
      if (j > i + 1
          && j + 2 < t.length()
          && (t.charAt(j) == '\'' || t.charAt(j) == '’')
          && t.charAt(j + 1) == 's'
          && isSpace(t.charAt(j + 2))) {
        return true;
      }
    }
    if (!DETERMINERS.atWord(t, i)) {
      return false;
    }
    int j = Chars.asciiLettersEnd(t, i);
    return j < t.length() && isSpace(t.charAt(j)) && DETERMINER_WORDS.contains(t.substring(i, j));
  }

  /**
   * Whether white space follows the comma at {@code comma} and every word after it up to the next
   * ',', '.', ';' or the end may be part of a name: it starts with a capital or an apostrophe, or
   * is a particle ("al", "van", "of", "d'"); a word that starts with a line separator ends the
   * search, as the name may be followed by the end of the text there.
   */
  private static boolean nameWordsAfter(String t, int comma) {
    int k = comma + 1;
    if (k >= t.length() || !isSpace(t.charAt(k))) {
      return false;
    }
    while (true) {
      while (k < t.length() && isSpace(t.charAt(k))) {
        k++;
      }
      if (k >= t.length() || t.charAt(k) == ',' || t.charAt(k) == '.' || t.charAt(k) == ';') {
        return true; // "the Grand Vizier, Kara Mustafa Pasha; the defence …" too
      }
      char c = t.charAt(k);
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true; // a line separator at the very end, where '$' also matches
      }
      int w = k;
      while (w < t.length() && Character.isLetter(t.charAt(w))) {
        w++;
      }
      if (!mayBeCapital(c)
          && c != '\''
          && c != '’'
          && !PARTICLES.contains(t.substring(k, w))
          && !isPatronymic(t, k, w)) {
        return false;
      }
      while (k < t.length()
          && !isSpace(t.charAt(k))
          && t.charAt(k) != ','
          && t.charAt(k) != '.'
          && t.charAt(k) != ';') {
        k++;
      }
    }
  }

  /** Whether the word [k, w) of {@code t} is a Zulu patronymic: "kaMahole". */
  private static boolean isPatronymic(String t, int k, int w) {
    return w > k + 3 && t.startsWith("ka", k) && Character.isUpperCase(t.charAt(k + 2));
  }

  /** Whether {@code c} is a character of regex {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
