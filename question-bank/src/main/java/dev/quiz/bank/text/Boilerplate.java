package dev.quiz.bank.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes site furniture around an article: donation appeals, comment links, cookie notices,
 * navigation, ads, share and print links. Stateless.
 */
final class Boilerplate {
  private static final Pattern STRONG =
      Pattern.compile(
          "(?i)join (our|the) (commenting|conversation|discussion)|commenting forum"
              + "|^comments?( \\(\\d+\\))?$|thought-provoking conversations|follow other .{0,40}readers"
              + "|skip to (main )?content|\\bcookies?\\b|privacy policy|terms (of use|and conditions)"
              + "|all rights reserved|^©|\\bcopyright \\d{4}|\\bsign up\\b|\\bsubscri(be|ption)"
              + "|newsletter|^related( (articles|stories|links|content|topics|news|coverage))?:?$"
              + "|^(read|see) more\\b|^more (on|from) (this|the)\\b|\\bshare (this|on)\\b"
              + "|e-?mail this|print this|click here|^advertisement$|^advert\\b"
              + "|powered by automated translation|/min\\b|free issues?\\b|\\bsave up ?to\\b"
              + "|prepaid|yellow pages|city pages|earlier editions|search the internet|^links:"
              + "|quick facts for kids|kids encyclopedia|your (support|donation)|\\bdonat(e|ion)"
              + "|paywall|^(listen|watch)( to)? (this|the) (article|story|video)"
              + "|most (read|popular|viewed)|^(menu|home|search|log ?in|sign ?in|close)$"
              + "|best printed on|\\bpage magazine\\b|^\\W*$");
  private static final Pattern APPEAL_START =
      Pattern.compile("(?i)your support|support (us|our|independent|quality)|\\bdonat(e|ion)");
  private static final Pattern APPEAL_END =
      Pattern.compile(
          "(?i)makes all the difference|thank you for (your )?support|donate now"
              + "|support (us )?now|become a (member|supporter)");
  private static final Pattern SECTION_WITHOUT_FACTS =
      Pattern.compile("(?i)see also|external links|further reading|related (articles|links)");

  /**
   * Every alternative of {@link #STRONG} contains one of these (in lower case), except {@code
   * ^\\W*$}: text with none of them and with a word character cannot match, and skips the regex.
   */
  private static final String[] STRONG_WORDS = {
    "join ",
    "comment",
    "thought-provoking",
    "follow other ",
    "skip to ",
    "cookie",
    "privacy policy",
    "terms ",
    "all rights reserved",
    "©",
    "copyright ",
    "sign",
    "subscri",
    "newsletter",
    "related",
    "more",
    "share ",
    "mail this",
    "print this",
    "click here",
    "advert",
    "powered by",
    "/min",
    "free issue",
    "save up",
    "prepaid",
    "yellow pages",
    "city pages",
    "earlier editions",
    "search",
    "links:",
    "quick facts for kids",
    "kids encyclopedia",
    "your ",
    "donat",
    "paywall",
    "listen",
    "watch",
    "most ",
    "menu",
    "home",
    "log",
    "close",
    "best printed on",
    "page magazine"
  };

  private Boilerplate() {}

  /** True when the unit's text is site furniture. */
  static boolean isBoilerplate(String text) {
    String t = text.trim();
    return mayBeStrong(t) && STRONG.matcher(t).find();
  }

  /** False when {@link #STRONG} cannot match: a word character and none of its words. */
  private static boolean mayBeStrong(String text) {
    boolean wordChar = false;
    for (int i = 0; i < text.length() && !wordChar; i++) {
      char c = text.charAt(i);
      wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    if (!wordChar) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : STRONG_WORDS) {
      if (lower.contains(w)) {
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
}
