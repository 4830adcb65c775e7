package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person's name looks like, what is not one, and linking of name forms. Stateless. */
final class Names {
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{Ll}[\\p{L}\\p{M}'’-]*";
  private static final String PART =
      "(?:"
          // a generation, with its period: "Carlito Galvez Jr."
          + "(?:Jr|Sr)\\.(?![\\p{L}])|"
          + WORD
          // an initial is followed by more of the name: "I." that ends a sentence is a numeral
          + "|\\p{Lu}\\.(?=\\s*\\p{Lu})"
          // particles, one or two: "Antonio José de Sucre", "José de la Serna", "van der Waals"
          + "|(?:bin|ibn|al|de|da|di|van|von|der|du|la|le|del|dos|das)"
          // before a capital or an Arabic article's name: "Khalid ibn al-Walid"
          + "(?=\\s+(?:(?:la|las|los|der|den)\\s+)?(?:\\p{Lu}|(?:al|el)-\\p{Lu}))"
          // Zulu patronymics: "Ntshingwayo kaMahole"
          + "|ka\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*"
          // Arabic names with their article: "Haider al-Abadi", "Abdel Fattah el-Sisi"
          + "|(?:al|el|ad|ash|as|at|az|an|ar|ud|ul|ur)-\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{Ll}[\\p{L}\\p{M}'’-]*"
          + "|d\\s?['’]\\s?\\p{Lu}\\p{L}+|(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)"
          + "(?![\\p{L}])(?!\\.\\p{L})(?:\\s+of\\s+\\p{Lu}\\p{L}+)?"
          // epithets: "Edward the Confessor", "Alan the Red"
          + "|the\\s+(?:Great|Confessor|Conqueror|Red|Bold|Fair|Good|Younger|Elder|Terrible"
          + "|Magnificent|Pious|Lionheart|Bald|Fat|Simple|Wise|Unready|Lion|Black|Just|Navigator"
          + "|Liberator|Victorious|Lame|Cruel|Brave|Hammer|Mad|Builder|Hardy|Silent)(?![\\p{L}]))";

  /** A name: a capitalized word, then up to four more parts (initials, particles, numerals). */
  static final String NAME =
      // initials before the first name: "H. Norman Schwarzkopf", "J. R. Smith", run together as
      // in "J.H. Grayburn" (not the "S." of "U.S.", nor "U.S." itself)
      "(?:(?<![\\p{L}\\p{M}'’.])(?!(?:U\\.[SKN]|E\\.U|D\\.C|B\\.C|A\\.D)\\.)(?:\\p{Lu}\\.){1,3}\\s*){0,3}"
          + "(?<![\\p{L}\\p{M}'’])"
          + WORD
          + "(?:\\s+"
          + PART
          + "){0,4}";

  /** Abbreviated titles: alone they are never a name ("Gen." before "Meade"). */
  private static final Set<String> TITLE_ABBREVIATIONS =
      Set.of(
          "Gen", "Genl", "Col", "Capt", "Lt", "Maj", "Sgt", "Adm", "Brig", "Sen", "Gov", "Rep",
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gens", "Cpl", "Pvt", "Cmdr", "Cdr", "Hon",
          "Lieut", "Pte", "Spc", "Pfc");

  /**
   * The English names of the countries of ISO 3166 ("Ukraine", "United States"), as Java has them.
   */
  private static final Set<String> COUNTRIES = countries();

  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          // months cut short: "by Nov. 15" ("Jan", "Jun" and "Mar" are names too)
          "feb",
          "apr",
          "jul",
          "aug",
          "sep",
          "oct",
          "nov",
          "dec",
          // continents and the like: "saved Christian Europe"
          "europe",
          "asia",
          "africa",
          "america",
          "christendom",
          // organisations of people: "run by Doctors Without Borders"
          "doctors",
          "borders",
          "reporters",
          "amnesty",
          "nations",
          "cross",
          "crescent",
          "command",
          "headquarters",
          "staff", // "commanded by Chief of Staff of the 8th Guards Army …"
          // offices named as a person is: "Mr. Speaker", "the General Officer Commanding"
          "speaker",
          "officer",
          "commanding",
          "labor",
          "labour",
          "committee",
          "commission",
          "tribunal",
          "bureau",
          "agency",
          "organization",
          "organisation",
          "press",
          "party",
          "movement",
          "association",
          "institute",
          "congress",
          "parliament",
          "senate",
          "assembly",
          "police",
          "afghanistan",
          "alliance",
          "army",
          "armies",
          "forces",
          "force",
          "taliban",
          "qaeda",
          "brigade",
          "corps",
          "state",
          "states",
          "kingdom",
          "republic",
          "union",
          "empire",
          "emirate",
          "islamic",
          "university",
          "ministry",
          "department",
          "council",
          "office",
          "province",
          "city",
          "street",
          "square",
          "war",
          "wars",
          "battle",
          "siege",
          "fall",
          "plain",
          "mountains",
          "river",
          "news",
          "times",
          "post",
          "guardian",
          "examiner",
          "republican",
          "house",
          "government",
          "administration",
          "front",
          "detachment",
          "special",
          "operations",
          "navy",
          "marine",
          "marines",
          "guard",
          "air",
          "airport",
          "base",
          "service",
          "services",
          "jazeera",
          "pentagon",
          "museum",
          "day",
          "church",
          "palace",
          "road",
          "highway",
          "bridge",
          "hill",
          "valley",
          "company",
          "group",
          "center",
          "centre",
          "hospital",
          "school",
          "college",
          "mujahideen",
          "coalition",
          "federation",
          "confederation",
          "campaign",
          "division",
          "regiment",
          "battalion",
          "fleet",
          "flotilla",
          "herald",
          "journal",
          "tribune",
          "picayune",
          "reuters",
          "encyclopedia",
          "media",
          "references",
          // a page's pictures and their captions: "Photograph, the surviving officers of …"
          "photograph",
          "photo",
          "picture",
          "illustration",
          "image",
          "caption",
          "contents",
          "result",
          "location",
          "strength",
          "casualties",
          "belligerents",
          "commanders",
          "date",
          "place",
          "american",
          "british",
          "french",
          "english",
          "russian",
          "austrian",
          "pakistani",
          "afghan",
          "soviet",
          "german",
          "italian",
          "spanish",
          "chinese",
          "japanese",
          "indian",
          "iranian",
          "egyptian",
          "saudi",
          "arab",
          "uzbek",
          "tajik",
          "pashtun",
          "shia",
          "sunni",
          "muslim",
          "confederate",
          "federal",
          "yankees",
          "rebels",
          "northern",
          "southern",
          "western",
          "eastern",
          "north",
          "south",
          "west",
          "east",
          "international",
          "national",
          "world",
          "civil",
          "hundred",
          "years",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "sept",
          "the",
          "this",
          "that",
          "these",
          "those",
          "it",
          "he",
          "she",
          "they",
          "we",
          "his",
          "her",
          "their",
          "its",
          "there",
          "here",
          "in",
          "on",
          "at",
          "of",
          "and",
          "but",
          "or",
          "if",
          "when",
          "after",
          "before",
          "during",
          "since",
          "while",
          "although",
          "however",
          "meanwhile",
          "according",
          "following",
          "including",
          "previously",
          "initially",
          "then",
          "both",
          "many",
          "most",
          "some",
          "several",
          "all",
          "one",
          "two",
          "three",
          "officials",
          "residents",
          "videos",
          "kids",
          "facts",
          "quick",
          "why",
          "how",
          "what",
          "who",
          "where",
          "modern",
          "infobox",
          "partof",
          "conflict",
          "combatant",
          "combatants",
          "units",
          "commander",
          "general",
          "president",
          "king",
          "minister",
          "secretary",
          "saint",
          "county",
          "district",
          "island",
          "islands",
          "sea",
          "ocean",
          "lake",
          "mount",
          "fort",
          "port");

  /** "Lee's", and the plural's mark of "Gen. Humphreys' division". */
  private static final Pattern POSSESSIVE_END = Regexes.compile("['’]s$|(?<=s)['’]$");

  private static final Pattern SPACES = Regexes.compile("\\s+");
  private static final Pattern TRAILING_MARKS = Regexes.compile("[,;:]+$");

  private Names() {}

  static Pattern compile(String regex) {
    return Regexes.compile(regex);
  }

  /** The words of a name, for linking: lower case, particles kept. */
  static List<String> tokens(String name) {
    return Arrays.asList(SPACES.split(dropPossessive(name.toLowerCase(Locale.ROOT))));
  }

  /** One initial or several run together: "H.", "J.H.". */
  private static final Pattern INITIAL = Regexes.compile("(?:\\p{Lu}\\.){1,3}");

  /** Whether a candidate could be a person's name: no organization, place or function words. */
  static boolean plausible(String name) {
    String n = name.trim();
    if (n.isEmpty() || n.length() > 60) {
      return false;
    }
    String[] words = SPACES.split(n);
    for (String w : words) {
      if (Character.isLowerCase(w.charAt(0))) {
        continue;
      }
      String l = dropPossessive(w.toLowerCase(Locale.ROOT));
      if (NOT_NAME_WORDS.contains(l) || l.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    int k = 0;
    while (k + 1 < words.length && INITIAL.matcher(words[k]).matches()) {
      k++; // "H. Norman Schwarzkopf": the initials lead the first name
    }
    String first = words[k];
    if (words.length == 1 && TITLE_ABBREVIATIONS.contains(dropTrailingDot(first))) {
      return false;
    }
    // "Ukraine says …", "Russia's forces": a country speaks and owns, but is no person
    if (COUNTRIES.contains(dropPossessive(n))) {
      return false;
    }
    // "Nineteen Viet Cong took part": a count opening the sentence, not a first name
    if (NumberWords.isCardinalWord(first)) {
      return false;
    }
    return !(first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)));
  }

  private static Set<String> countries() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String code : Locale.getISOCountries()) {
      out.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    return Set.copyOf(out);
  }

  private static String dropTrailingDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** {@code s} without a final "'s" ({@link #POSSESSIVE_END}: only a text with a quote has one). */
  private static String dropPossessive(String s) {
    return s.indexOf('\'') < 0 && s.indexOf('’') < 0 ? s : POSSESSIVE_END.matcher(s).replaceAll("");
  }

  /** {@code s} without final ',', ';' and ':' ({@link #TRAILING_MARKS}). */
  private static String dropTrailingMarks(String s) {
    return s.indexOf(',') < 0 && s.indexOf(';') < 0 && s.indexOf(':') < 0
        ? s
        : TRAILING_MARKS.matcher(s).replaceAll("");
  }

  /** Strips a trailing possessive, surrounding punctuation and leading non-name words ("Later"). */
  static String clean(String name) {
    String n = name.trim();
    n = dropTrailingMarks(dropPossessive(n)).trim();
    String[] words = SPACES.split(n);
    int from = 0;
    while (from < words.length - 1
        && (NOT_NAME_WORDS.contains(words[from].toLowerCase(Locale.ROOT))
            || LEADING.contains(words[from].toLowerCase(Locale.ROOT)))) {
      from++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  private static final Set<String> LEADING =
      Set.of(
          "later",
          "earlier",
          "now",
          "today",
          "yesterday",
          "soon",
          "still",
          "thus",
          "so",
          "yet",
          "instead",
          "eventually",
          "finally",
          "first",
          "also",
          "only",
          "even",
          "once",
          "next",
          "then",
          "meanwhile",
          // a worksheet's tasks: "2. Describe Nelson's plan of attack."
          "describe",
          "explain",
          "discuss",
          "compare",
          "contrast",
          "identify",
          "summarise",
          "summarize",
          "outline",
          "evaluate",
          "assess",
          "analyse",
          "analyze",
          "consider",
          "imagine",
          "suggest",
          "research");

  /** The fullest known name that contains all words of {@code name} (spelling slips allowed). */
  static String canonical(String name, List<String> known) {
    return new KnownNames(known).canonical(name);
  }

  static boolean containsAll(List<String> big, List<String> small) {
    for (String s : small) {
      boolean found = false;
      for (String b : big) {
        found = found || b.equals(s) || (s.length() >= 5 && oneEditApart(b, s));
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** "Dostum" and "Dostam": same length and one letter different, or one letter more. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) != b.charAt(j)) {
        if (++edits > 1) {
          return false;
        }
        if (a.length() > b.length()) {
          j--;
        } else if (a.length() < b.length()) {
          i--;
        }
      }
      i++;
      j++;
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }
}
