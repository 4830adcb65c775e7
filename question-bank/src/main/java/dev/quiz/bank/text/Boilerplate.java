package dev.quiz.bank.text;

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
      Pattern.compile("(?i)makes all the difference|thank you for (your )?support|donate now"
          + "|support (us )?now|become a (member|supporter)");
  private static final Pattern SECTION_WITHOUT_FACTS =
      Pattern.compile("(?i)see also|external links|further reading|related (articles|links)");

  private Boilerplate() {}

  /** True when the unit's text is site furniture. */
  static boolean isBoilerplate(String text) {
    return STRONG.matcher(text.trim()).find();
  }

  static boolean startsAppeal(String text) {
    return APPEAL_START.matcher(text).find();
  }

  static boolean endsAppeal(String text) {
    return APPEAL_END.matcher(text).find();
  }

  /** True for a section heading whose body lists links, not facts. */
  static boolean isLinkSection(String heading) {
    return SECTION_WITHOUT_FACTS.matcher(heading).matches();
  }
}
