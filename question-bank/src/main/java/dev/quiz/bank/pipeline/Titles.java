package dev.quiz.bank.pipeline;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's title as shown in prompts: the title line without site furniture ("… facts for
 * kids", "… - Wikipedia", "… | Site"), or, when the title line is infobox keys run together
 * ("Belligerents …") or missing, the event named by the first sentences ("The Battle of X").
 * Stateless.
 */
final class Titles {
  private static final Pattern SITE_TAIL =
      Regexes.compile(
          "(?i)\\s*(?:\\bfacts for kids\\b.*|\\s[-–—|]\\s*(?:Wikipedia|Kiddle|KidzSearch|Wikiwand|Britannica"
              + "|History(?:\\.com)?|Encyclopedia\\S*|Simple English Wikipedia).*|\\s\\|\\s.*)$");

  /**
   * What kind of page it is, after the subject: "The Battle of Plataea: Questions and Answers",
   * "Siege of X: what we know", "X: a timeline".
   */
  private static final Pattern GUIDE_TAIL =
      Regexes.compile(
          "(?i)\\s*[:–—-]\\s*(?:questions and answers|q\\s*&\\s*a|what (?:we|you) (?:know|need to know)(?: about .*)?"
              + "|(?:a |the )?timeline|key facts|facts and figures|(?:an? )?explainer|explained)"
              + "\\W*$");

  /** A newspaper section before the headline: "From the archive: …", "Analysis | …". */
  private static final Pattern SECTION_HEAD =
      Regexes.compile(
          "(?i)^(?:From the archives?|Archive|Analysis|Opinion|Breaking|Live|Explainer)\\s*[:|–—-]\\s*(?=\\S)");

  private static final Pattern INFOBOX_KEYS =
      Regexes.compile(
          "(?i)^(?:Belligerents|Combatants|Commanders|Strength|Casualties|Date|Location|Result|Units"
              + "|Part of|Territorial changes)\\b");
  private static final Pattern EVENT =
      Regexes.compile(
          "\\b(?:Battle|Siege|Fall|Capture|Sack|Siege|Massacre|Campaign|Raid|Invasion|Liberation)"
              + " of (?:the )?\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*)*(?: \\(\\d{4}\\))?");

  /** Only the first sentences of running text are looked at for the event's name. */
  private static final int LEAD = 8;

  private Titles() {}

  /** The clean title of a document's units, or "" when it has none. */
  static String of(List<Sentence> units) {
    String title = "";
    for (Sentence s : units) {
      if (s.kind() == Sentence.Kind.TITLE) {
        title = clean(s.text());
        break;
      }
    }
    if (!title.isEmpty() && SITE_NAME.matcher(title).find()) {
      // "Military Wiki", "KidzSearch.com > wiki Explore: …": the site's name, not the page's
      String heading = repeatedHeading(units);
      return heading.isEmpty() ? event(units) : heading;
    }
    return title.isEmpty() || INFOBOX_KEYS.matcher(title).find()
        ? event(units)
        : shouted(title) ? recased(title, units) : title;
  }

  /**
   * A site's name or its header line: a domain, a breadcrumb, a wiki's name ("Military Wiki",
   * "Wikipedia The Free Encyclopedia").
   */
  private static final Pattern SITE_NAME =
      Regexes.compile(
          "(?i)\\b[\\p{L}\\d-]+\\.(?:com|org|net|edu|gov|co\\.uk)\\b|\\s>\\s|\\bwiki$|^wiki\\b"
              + "|^wikipedia\\b|\\bfree encyclopedia\\b");

  /** How far into the page a repeated heading is looked for. */
  private static final int HEAD_UNITS = 40;

  private static int words(String t) {
    return t.split("\\s+").length;
  }

  /** The most words of a {@link #repeatedHeading} (a menu's "Search", repeated, has one). */
  private static final int HEADING_WORDS = 8;

  /**
   * The first short line of two words or more, in capitals at its start and without a sentence's
   * end, that the page's first units show twice: a page's name over its text and over its fact box
   * ("Guadalcanal Campaign"); "" when there is none.
   */
  static String repeatedHeading(List<Sentence> units) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    int n = Math.min(units.size(), HEAD_UNITS);
    for (int i = 0; i < n; i++) {
      Sentence s = units.get(i);
      if (s.kind() != Sentence.Kind.BOILERPLATE) {
        seen.merge(s.text().strip(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < n; i++) {
      String t = units.get(i).text().strip();
      if (seen.getOrDefault(t, 0) >= 2
          && !t.isEmpty()
          && Character.isUpperCase(t.charAt(0))
          && ".!?:".indexOf(t.charAt(t.length() - 1)) < 0
          && words(t) >= 2
          && words(t) <= HEADING_WORDS
          && !SITE_NAME.matcher(t).find()
          && !INFOBOX_KEYS.matcher(t).find()) {
        return t;
      }
    }
    return "";
  }

  private static final Pattern WORD = Regexes.compile("\\p{L}[\\p{L}'’]*");

  /** Whether a title is written in capitals only: "OKINAWA CONQUERED AFTER 82 DAYS". */
  static boolean shouted(String title) {
    int letters = 0;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 4;
  }

  /**
   * A title in capitals written as the running text writes its words, each in its most frequent
   * form inside a sentence ("NATO", "Okinawa", "conquered"; small letters on a tie), a word the
   * text lacks in small letters; the first letter is a capital. "OKINAWA CONQUERED AFTER 82 DAYS"
   * reads "Okinawa conquered after 82 days".
   */
  static String recased(String title, List<Sentence> units) {
    java.util.Map<String, java.util.Map<String, Integer>> forms = new java.util.HashMap<>();
    for (Sentence s : units) {
      if (s.kind() != Sentence.Kind.PROSE) {
        continue;
      }
      Matcher w = WORD.matcher(s.text());
      boolean first = true;
      while (w.find()) {
        if (!first) {
          String word = w.group();
          forms
              .computeIfAbsent(
                  word.toLowerCase(java.util.Locale.ROOT), k -> new java.util.HashMap<>())
              .merge(word, 1, Integer::sum);
        }
        first = false;
      }
    }
    StringBuilder b = new StringBuilder();
    Matcher w = WORD.matcher(title);
    int at = 0;
    while (w.find()) {
      String key = w.group().toLowerCase(java.util.Locale.ROOT);
      b.append(title, at, w.start()).append(mostFrequent(key, forms.get(key)));
      at = w.end();
    }
    b.append(title.substring(at));
    int i = 0;
    while (i < b.length() && !Character.isLetter(b.charAt(i))) {
      i++;
    }
    if (i < b.length()) {
      b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
    }
    return b.toString();
  }

  /** The form seen most often; small letters on a tie; {@code key} when none was seen. */
  private static String mostFrequent(String key, java.util.Map<String, Integer> seen) {
    if (seen == null) {
      return key;
    }
    String best = key;
    int most = seen.getOrDefault(key, 0);
    for (java.util.Map.Entry<String, Integer> e : seen.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** A title line without heading marks and site furniture ("X facts for kids" → "X"). */
  static String clean(String title) {
    String t = title.replaceAll("^=+\\s*|\\s*=+$", "").trim();
    String head = SITE_TAIL.matcher(t).replaceFirst("").trim();
    return SECTION_HEAD
        .matcher(GUIDE_TAIL.matcher(head).replaceFirst("").trim())
        .replaceFirst("")
        .trim();
  }

  /** "Battle of X" as named in the first sentences of running text, or "". */
  static String event(List<Sentence> units) {
    int seen = 0;
    for (Sentence s : units) {
      if (s.kind() == Sentence.Kind.PROSE && seen++ < LEAD) {
        Matcher m = EVENT.matcher(s.text());
        if (m.find()) {
          return m.group();
        }
      }
    }
    return "";
  }
}
