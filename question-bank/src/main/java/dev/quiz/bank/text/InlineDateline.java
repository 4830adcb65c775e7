package dev.quiz.bank.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news agency's dateline run into the first sentence of a story: "FALLUJAH, Iraq, Nov 10
 * (Reuters) - U.S. Marines …", "WASHINGTON (AP) — …", "KYIV, Ukraine (AP) — …", and the older
 * papers' "LONDON, May 30.—The Admiralty …", "WASHINGTON, Jan. 18 (UP)—American …" and "Harrisburg,
 * July 4.—The fighting …". The place in capitals, maybe a region, then a date, an agency in
 * parentheses or both, then a dash (or the place alone before a long dash: "WASHINGTON — …"); or
 * the place in title case, a date, maybe an hour, and a long dash. The sentence starts after the
 * dash. A long dash may touch the sentence; a hyphen needs a space after it. Stateless.
 */
final class InlineDateline {
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

  /** News agencies as their datelines name them. */
  private static final String AGENCIES =
      "Reuters|AP|AFP|UPI|UP|INS|United Press|Associated Press|Agence France-Presse|CNN|BBC|dpa|DPA|Xinhua"
          + "|Bloomberg|PA|PTI|IANS|ANI|TASS|Interfax|CP|Kyodo|Yonhap|ANSA|EFE|AAP|RIA Novosti";

  /** A day's date as datelines write it: "Nov. 11", "July 4, 1863", "9 April 2003". */
  private static final String DAY =
      MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?";

  private static final Pattern PREFIX =
      Regexes.compile(
          "^\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
              + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?"
              + "(?:,?\\s*(?<date>"
              + DAY
              + ")\\.?)?"
              + "(?:\\s*(?<agency>\\((?:"
              + AGENCIES
              + ")\\)))?"
              + "\\s*(?:(?:--?|[–—])\\s+(?=\\S)|[–—](?=[\\p{Lu}\\d\"“‘']))");

  /**
   * A dispatch's dateline with its place in title case, as papers of the 19th century wrote it:
   * "Harrisburg, July 4.—", "Washington, July 4, 10 P.M.—". The date and a long dash are needed, as
   * a place and a date start many sentences.
   */
  private static final Pattern TITLE_CASE_PREFIX =
      Regexes.compile(
          "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2},\\s*(?:"
              + DAY
              + ")(?:,\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*[AaPp]\\.?\\s?[Mm]\\.?)?\\.?[–—]"
              + "(?=[\\p{Lu}\\d\"“‘'])");

  private InlineDateline() {}

  /**
   * The length of the dateline {@code line} starts with, its dash and the spaces after it included;
   * 0 when it starts with none.
   */
  static int length(String line) {
    return length(line, true);
  }

  /**
   * As {@link #length(String)}; a line that does not open the story ({@code lead} false) starts
   * with a dateline only if it names a date or an agency: a later dispatch of an old paper ("PARIS,
   * Nov. 11.—…"), not a place before a dash ("NATO — …").
   */
  static int length(String line, boolean lead) {
    char first = line.charAt(0);
    if (!Character.isUpperCase(first) || line.length() < 2) {
      return 0;
    }
    if (!Character.isUpperCase(line.charAt(1))) {
      int comma = line.indexOf(',');
      if (comma < 0 || comma > 40 || line.indexOf('—') < 0 && line.indexOf('–') < 0) {
        return 0;
      }
      Matcher t = TITLE_CASE_PREFIX.matcher(line);
      return t.lookingAt() ? t.end() : 0;
    }
    Matcher m = PREFIX.matcher(line);
    // "WASHINGTON — The United States …": a place alone needs a long dash after it
    if (!m.lookingAt()
        || m.group("date") == null
            && m.group("agency") == null
            && (!lead
                || m.group().indexOf('—') < 0 && m.group().indexOf('–') < 0
                || !Character.isUpperCase(line.charAt(3)))) {
      return 0;
    }
    return m.end();
  }
}
