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
    return title.isEmpty() || INFOBOX_KEYS.matcher(title).find() ? event(units) : title;
  }

  /** A title line without heading marks and site furniture ("X facts for kids" → "X"). */
  static String clean(String title) {
    String t = title.replaceAll("^=+\\s*|\\s*=+$", "").trim();
    return SECTION_HEAD
        .matcher(SITE_TAIL.matcher(t).replaceFirst("").trim())
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
