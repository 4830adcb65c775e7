package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes site furniture around an article: donation appeals, comment links, cookie notices,
 * navigation, ads, share and print links. Stateless.
 */
final class Boilerplate {
  /** The guard words of the rules below; declared first, as the rules register their words. */
  private static final Guard GUARD = new Guard();

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
  private static final long APPEAL_START_WORDS = GUARD.bits("support", "donat");
  private static final Pattern APPEAL_END =
      Pattern.compile(
          "(?i)makes all the difference|thank you for (your )?support|donate now"
              + "|support (us )?now|become a (member|supporter)");
  private static final long APPEAL_END_WORDS =
      GUARD.bits("difference", "thank", "donate", "support", "become");
  private static final Pattern SECTION_WITHOUT_FACTS =
      Pattern.compile("(?i)see also|external links|further reading|related (articles|links)");

  private Boilerplate() {}

  /** What a unit's text is: furniture, and whether it opens or closes a donation appeal. */
  record Verdict(boolean furniture, boolean startsAppeal, boolean endsAppeal) {}

  /** True when the unit's text is site furniture. */
  static boolean isBoilerplate(String text) {
    String t = text.trim();
    return isFurniture(t, GUARD.find(t.toLowerCase(Locale.ROOT)));
  }

  /** The verdict on a unit's text, from one scan for the guard words. */
  static Verdict judge(String text) {
    String t = text.trim();
    long words = GUARD.find(t.toLowerCase(Locale.ROOT));
    return new Verdict(
        isFurniture(t, words),
        (words & APPEAL_START_WORDS) != 0 && APPEAL_START.matcher(t).find(),
        (words & APPEAL_END_WORDS) != 0 && APPEAL_END.matcher(t).find());
  }

  /** Whether the trimmed text {@code t}, containing the guard {@code words}, is furniture. */
  private static boolean isFurniture(String t, long words) {
    if (!hasWordCharacter(t)) {
      return true;
    }
    for (Rule r : STRONG) {
      if ((words & r.words()) != 0 && r.pattern().matcher(t).find()) {
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

  /** True for a section heading whose body lists links, not facts. */
  static boolean isLinkSection(String heading) {
    return SECTION_WITHOUT_FACTS.matcher(heading).matches();
  }

  private static Rule rule(String regex, String... words) {
    return new Rule(Pattern.compile("(?i)" + regex), GUARD.bits(words));
  }

  /**
   * A pattern and, as {@link Guard} bits, the words one of which (in lower case) every text it
   * matches contains: {@code toLowerCase} maps each ASCII letter the pattern's case-insensitive
   * match accepts to the word's letter, so a text without the words cannot match.
   */
  private record Rule(Pattern pattern, long words) {}

  /**
   * Up to 64 lower-case words, each a bit, found in a text by one scan: at each position only the
   * words beginning with its character are compared. Words are added while the class initializes
   * (one thread); afterwards it is only read.
   */
  private static final class Guard {
    private final List<String> words = new ArrayList<>();

    /** Per first character (all are below 256), the bits of the words that begin with it. */
    private final long[] byFirst = new long[256];

    /** The bits of {@code ws}, adding the words not seen before. */
    long bits(String... ws) {
      long bits = 0;
      for (String w : ws) {
        int i = words.indexOf(w);
        if (i < 0) {
          if (words.size() == Long.SIZE || w.isEmpty() || w.charAt(0) >= byFirst.length) {
            throw new IllegalStateException("guard word cannot be indexed: " + w);
          }
          i = words.size();
          words.add(w);
          byFirst[w.charAt(0)] |= 1L << i;
        }
        bits |= 1L << i;
      }
      return bits;
    }

    /** The bits of the words {@code lower} contains. */
    long find(String lower) {
      long found = 0;
      for (int i = 0; i < lower.length(); i++) {
        char c = lower.charAt(i);
        long candidates = c < byFirst.length ? byFirst[c] & ~found : 0;
        while (candidates != 0) {
          int b = Long.numberOfTrailingZeros(candidates);
          candidates &= candidates - 1;
          if (lower.startsWith(words.get(b), i)) {
            found |= 1L << b;
          }
        }
      }
      return found;
    }
  }
}
