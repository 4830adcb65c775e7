package dev.quiz.bank.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes site furniture around an article: donation appeals, comment links, cookie notices,
 * navigation, ads, share and print links. Stateless.
 */
final class Boilerplate {
  /**
   * Site furniture, as rules: a pattern (case-insensitive, found anywhere unless anchored) and the
   * lower-case words one of which any text it matches contains, so that most rules are skipped
   * after a cheap look for their words.
   */
  private static final Rule[] STRONG = {
    rule("join (our|the) (commenting|conversation|discussion)", "join "),
    rule("commenting forum|^comments?( \\(\\d+\\))?$", "comment"),
    rule("thought-provoking conversations", "thought-provoking"),
    rule("follow other .{0,40}readers", "follow other "),
    rule("skip to (main )?content", "skip to "),
    rule("\\bcookies?\\b", "cookie"),
    rule("privacy policy", "privacy policy"),
    rule("terms (of use|and conditions)", "terms "),
    rule("all rights reserved", "all rights reserved"),
    rule("^©", "©"),
    rule("\\bcopyright \\d{4}", "copyright "),
    rule("\\bsign up\\b", "sign up"),
    rule("\\bsubscri(be|ption)", "subscri"),
    rule("newsletter", "newsletter"),
    rule("^related( (articles|stories|links|content|topics|news|coverage))?:?$", "related"),
    rule("^(read|see) more\\b|^more (on|from) (this|the)\\b", "more"),
    rule("\\bshare (this|on)\\b", "share "),
    rule("e-?mail this", "mail this"),
    rule("print this", "print this"),
    rule("click here", "click here"),
    rule("^advertisement$|^advert\\b", "advert"),
    rule("powered by automated translation", "powered by"),
    rule("/min\\b", "/min"),
    rule("free issues?\\b", "free issue"),
    rule("\\bsave up ?to\\b", "save up"),
    rule("prepaid", "prepaid"),
    rule("yellow pages", "yellow pages"),
    rule("city pages", "city pages"),
    rule("earlier editions", "earlier editions"),
    rule("search the internet", "search the internet"),
    rule("^links:", "links:"),
    rule("quick facts for kids", "quick facts for kids"),
    rule("kids encyclopedia", "kids encyclopedia"),
    rule("your (support|donation)|\\bdonat(e|ion)", "your ", "donat"),
    rule("paywall", "paywall"),
    rule("^(listen|watch)( to)? (this|the) (article|story|video)", "listen", "watch"),
    rule("most (read|popular|viewed)", "most "),
    rule(
        "^(menu|home|search|log ?in|sign ?in|close)$",
        "menu",
        "home",
        "search",
        "log",
        "sign",
        "close"),
    rule("best printed on", "best printed on"),
    rule("\\bpage magazine\\b", "page magazine")
  };

  private static final Pattern APPEAL_START =
      Pattern.compile("(?i)your support|support (us|our|independent|quality)|\\bdonat(e|ion)");
  private static final Pattern APPEAL_END =
      Pattern.compile(
          "(?i)makes all the difference|thank you for (your )?support|donate now"
              + "|support (us )?now|become a (member|supporter)");
  private static final Pattern SECTION_WITHOUT_FACTS =
      Pattern.compile("(?i)see also|external links|further reading|related (articles|links)");

  private Boilerplate() {}

  /** True when the unit's text is site furniture. */
  static boolean isBoilerplate(String text) {
    String t = text.trim();
    if (!hasWordCharacter(t)) {
      return true;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (Rule r : STRONG) {
      if (r.matches(t, lower)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a character of {@code \\w}; text without one is furniture. */
  private static boolean hasWordCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
        return true;
      }
    }
    return false;
  }

  static boolean startsAppeal(String text) {
    return containsAny(text, "support", "donat") && APPEAL_START.matcher(text).find();
  }

  static boolean endsAppeal(String text) {
    return containsAny(text, "difference", "thank", "donate", "support", "become")
        && APPEAL_END.matcher(text).find();
  }

  /** Whether {@code text} contains one of the lower-case {@code words}, ignoring case. */
  private static boolean containsAny(String text, String... words) {
    for (String w : words) {
      for (int i = 0; i + w.length() <= text.length(); i++) {
        if (text.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for a section heading whose body lists links, not facts. */
  static boolean isLinkSection(String heading) {
    return SECTION_WITHOUT_FACTS.matcher(heading).matches();
  }

  private static Rule rule(String regex, String... words) {
    return new Rule(Pattern.compile("(?i)" + regex), words);
  }

  /**
   * A pattern and the words one of which (in lower case) every text it matches contains: {@code
   * toLowerCase} maps each ASCII letter the pattern's case-insensitive match accepts to the word's
   * letter, so a text without the words cannot match.
   */
  private record Rule(Pattern pattern, String[] words) {
    boolean matches(String text, String lower) {
      for (String w : words) {
        if (lower.contains(w)) {
          return pattern.matcher(text).find();
        }
      }
      return false;
    }
  }
}
