package dev.quiz.bank.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news agency's dateline run into the first sentence of a story: "FALLUJAH, Iraq, Nov 10
 * (Reuters) - U.S. Marines …", "WASHINGTON (AP) — …", "KYIV, Ukraine (AP) — …", and the older
 * papers' "LONDON, May 30.—The Admiralty …" and "WASHINGTON, Jan. 18 (UP)—American …". The place in
 * capitals, maybe a region, then a date, an agency in parentheses or both, then a dash (or the
 * place alone before a long dash: "WASHINGTON — …"); the sentence starts after the dash. A long
 * dash may touch the sentence; a hyphen needs a space after it. Stateless.
 */
final class InlineDateline {
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

  /** News agencies as their datelines name them. */
  private static final String AGENCIES =
      "Reuters|AP|AFP|UPI|UP|INS|United Press|Associated Press|Agence France-Presse|CNN|BBC|dpa|DPA|Xinhua"
          + "|Bloomberg|PA|PTI|IANS|ANI|TASS|Interfax|CP|Kyodo|Yonhap|ANSA|EFE|AAP|RIA Novosti";

  private static final Pattern PREFIX =
      Regexes.compile(
          "^\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
              + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?"
              + "(?:,?\\s*(?<date>"
              + MONTH
              + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+"
              + MONTH
              + "(?:\\s+\\d{4})?)\\.?)?"
              + "(?:\\s*(?<agency>\\((?:"
              + AGENCIES
              + ")\\)))?"
              + "\\s*(?:(?:--?|[–—])\\s+(?=\\S)|[–—](?=[\\p{Lu}\\d\"“‘']))");

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
    if (!Character.isUpperCase(first)
        || line.length() < 2
        || !Character.isUpperCase(line.charAt(1))) {
      return 0;
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
