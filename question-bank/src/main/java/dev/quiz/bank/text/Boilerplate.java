package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.List;
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
    rule("\\bsign up\\b", "sign"),
    rule("\\bsubscri(be|ption)", "subscri"),
    rule("newsletter", "newsletter"),
    rule("^(?:last )?(?:updated|published|posted)\\b.{0,30}\\bago$", "ago"),
    rule("^related( (articles|stories|links|content|topics|news|coverage))?:?$", "related"),
    rule("^(read|see) more\\b|^more (on|from) (this|the)\\b", "more"),
    rule("\\bshare (this|on)\\b", "share "),
    rule("e-?mail this", "mail this"),
    rule("print this", "print"),
    // a newspaper archive's notes: "See the article in its original context from …", "A version
    // of this article appears in print on …"
    rule(
        "^see the article in its original context|appears in print on",
        "print",
        "original context"),
    rule("click here", "click here"),
    rule("^advertisement$|^advert\\b", "advert"),
    rule("powered by automated translation", "powered by"),
    rule("/min\\b", "/min"),
    rule("free issues?\\b", "free issue"),
    rule("\\bsave up ?to\\b", "save up"),
    rule("prepaid", "prepaid"),
    rule("yellow pages", "pages"),
    rule("city pages", "pages"),
    rule("earlier editions", "earlier editions"),
    rule("search the internet", "search"),
    rule("^links:", "links:"),
    rule("quick facts for kids", "kids"),
    rule("kids encyclopedia", "kids"),
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
    rule("best printed on", "print"),
    // a press release's end mark: "-30-"
    rule("^-+ ?30 ?-+$", "30"),
    // a wire story's credits: "(Additional reporting by A in B; Editing by C)"
    rule("^\\(?(additional )?(reporting|writing|editing) by\\b", "ing by"),
    // a wire story's credit line: "Associated Press writer A in B contributed to this report."
    rule("contributed (reporting )?to this (report|story|article)", "contributed "),
    rule("\\bpage magazine\\b", "page magazine"),
    // an essay site's furniture: "Topics: … Pages: 3 (912 words) Published: March 14, 2012"
    rule("\\bpages: ?\\d+ \\(\\d[\\d,]* words\\)", "pages"),
    rule("^essay preview$|read (the )?full (document|essay)", "essay", "full "),
    rule("(documents|essays) helpful", "helpful"),
    // a site's navigation or breadcrumbs: "Home | News | Report", "Home > History > Greece"
    rule("^[\\w' ]{1,20}(?: \\| [\\w' ]{1,20}){2,}$", " | "),
    rule("^home(?: > [\\w' ]{1,40}){2,}$", "home"),
    // a student essay about itself: "In this essay I will explain how …"
    rule("^in this (essay|paper)\\b", "essay", "paper")
  };

  private static final Pattern APPEAL_START =
      Regexes.compile("(?i)your support|support (us|our|independent|quality)|\\bdonat(e|ion)");
  private static final long APPEAL_START_WORDS =
      GUARD.bits(
          "your support",
          "support us",
          "support our",
          "support independent",
          "support quality",
          "donat");
  private static final Pattern APPEAL_END =
      Regexes.compile(
          "(?i)makes (all the|a) difference|thank you for (your )?support|donate now"
              + "|support (us )?now|become a (member|supporter)");
  private static final long APPEAL_END_WORDS =
      GUARD.bits(
          "makes ", "thank you for ", "donate now", "support now", "support us now", "become a ");

  static {
    // every rule and appeal has registered its words by now
    GUARD.freeze();
  }

  private static final Pattern SECTION_WITHOUT_FACTS =
      Regexes.compile(
          "(?i)see also|external links|further reading|related (articles|links)|references"
              + "|notes|sources|bibliography|citations|footnotes|works cited|notes and references"
              + "|references and notes|literature");

  /** The header of a box of links to other stories: the lines under it are links too. */
  private static final Pattern LINK_LIST_HEADER =
      Regexes.compile(
          "(?i)(?:most (?:read|popular|viewed|shared)|related(?: (?:articles|stories|links|content"
              + "|topics|news|coverage))?|(?:read|see) more|more (?:on|from) (?:this|the) \\w+(?: \\w+)?"
              + "|recommended(?: for you)?|trending(?: now)?|you (?:may|might) also like"
              + "|popular (?:now|stories))\\s*:?");

  private Boilerplate() {}

  /** True for the header of a box of links ("Most read", "Related stories"). */
  static boolean isLinkListHeader(String line) {
    return line.length() <= 40 && LINK_LIST_HEADER.matcher(line.trim()).matches();
  }

  /** What a unit's text is: furniture, and whether it opens or closes a donation appeal. */
  record Verdict(boolean furniture, boolean startsAppeal, boolean endsAppeal) {}

  /** True when the unit's text is site furniture. */
  static boolean isBoilerplate(String text) {
    String t = text.trim();
    return isFurniture(t, GUARD.find(t));
  }

  /** The verdict on a unit's text, from one scan for the guard words. */
  static Verdict judge(String text) {
    String t = text.trim();
    return verdict(t, GUARD.find(t));
  }

  /** {@link #judge} trying every pattern (all guard words taken as found), to test the guards. */
  static Verdict judgeUnguarded(String text) {
    return verdict(text.trim(), -1L);
  }

  private static Verdict verdict(String t, long words) {
    return new Verdict(
        isFurniture(t, words),
        (words & APPEAL_START_WORDS) != 0 && opensAppeal(t) && APPEAL_START.matcher(t).find(),
        (words & APPEAL_END_WORDS) != 0 && APPEAL_END.matcher(t).find());
  }

  /**
   * Whether {@code t} may open a donation appeal: a sentence of three words or more ("Donate to our
   * memorial fund."), not a menu that links to one ("Home | About | Donate") nor a lone "Donate".
   */
  private static boolean opensAppeal(String t) {
    return t.indexOf(" | ") < 0 && t.split("\\s+", 3).length == 3;
  }

  /**
   * Furniture beyond the {@link Guard}'s 64 words, each pattern tried only after a look for the
   * character or opening it cannot match without: breadcrumbs of a site's sections ("BATTLES >
   * RUSSO-JAPANESE WAR", "History › Wars"), a story's reading time ("Filed under: Naval | 14 min
   * read"), a reprint's note, a page's edit stamp, a forum thread's furniture ("Posted by u/name ·
   * 8 yr. ago", "u/name · 8 yr. ago", "2.4k points", "level 2", "Sort by: best"), a link back
   * ("Back to top").
   */
  private static final Pattern BREADCRUMBS =
      Regexes.compile("^[\\w' -]{1,30}(?: [>›»] [\\w' -]{1,40})+$");

  private static final Pattern READING_TIME =
      Regexes.compile("(?i)\\b\\d{1,3}[- ]min(?:ute)?s? read\\b");

  private static final Pattern FORUM_USER = Regexes.compile("^(?:(?i)posted by )?u/\\S+ · ");

  private static final Pattern FORUM_SCORE =
      Regexes.compile(
          "(?i)^[\\d.,]+k? (?:points?|upvotes?|votes?)(?: · .*)?$|^level \\d{1,2}$|^sort by:");

  /** A reprint's note: "· This article was first published in the Guardian on 5 July 1994". */
  private static final Pattern REPRINT_NOTE =
      Regexes.compile(
          "(?i)^\\W*this (?:article|story|report|piece|column) (?:was )?(?:first|originally)"
              + " (?:published|printed|appeared|ran)\\b");

  /**
   * A page's edit stamp, which dates the page and not what it tells: "Last edited 3 March 2022 ·
   * Print", "This page was last edited on 14 March 2024, at 09:12 (UTC)".
   */
  private static final Pattern EDIT_STAMP =
      Regexes.compile("(?i)^(?:this page was )?last (?:edited|reviewed)\\b");

  private static boolean isOtherFurniture(String t) {
    return (t.indexOf('>') > 0 || t.indexOf('›') > 0 || t.indexOf('»') > 0)
            && BREADCRUMBS.matcher(t).matches()
        || t.contains(" read") && READING_TIME.matcher(t).find()
        || t.indexOf("u/") >= 0 && FORUM_USER.matcher(t).lookingAt()
        // "Back to Sittings of 17 February 1942", "Back to top": a link back up the site
        || t.startsWith("Back to ") && t.length() <= 60 && !t.endsWith(".")
        || t.length() <= 160 && t.indexOf(" was ") > 0 && REPRINT_NOTE.matcher(t).lookingAt()
        || t.length() <= 120 && t.indexOf("ast ") > 0 && EDIT_STAMP.matcher(t).lookingAt()
        || t.length() <= 60
            && !t.isEmpty()
            && (Character.isDigit(t.charAt(0)) || "lLsS".indexOf(t.charAt(0)) >= 0)
            && FORUM_SCORE.matcher(t).lookingAt();
  }

  /** Whether the trimmed text {@code t}, containing the guard {@code words}, is furniture. */
  private static boolean isFurniture(String t, long words) {
    if (!hasWordCharacter(t) || isOtherFurniture(t)) {
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
    return new Rule(Regexes.compile("(?i)" + regex), GUARD.bits(words));
  }

  /**
   * A pattern and, as {@link Guard} bits, the words one of which every text it matches contains
   * with its ASCII letters lower-cased: the pattern's case-insensitive match accepts only ASCII
   * letters of either case for the word's letters, so a text without the words cannot match.
   */
  private record Rule(Pattern pattern, long words) {}

  /**
   * Up to 64 lower-case words, each a bit, found in a text by one pass of an Aho–Corasick automaton
   * over its ASCII letters lower-cased: a rule's case-insensitive pattern (ASCII only, no
   * UNICODE_CASE) matches its word's letters only as ASCII letters of either case, so this finds
   * every word a matching text has. Words that are not ASCII must have no case ("©") and are looked
   * for as they are. Words are added while the class initializes (one thread), then {@link
   * #freeze()} builds the automaton; afterwards it is only read.
   */
  static final class Guard {
    private static final int ASCII = 128;

    private final List<String> words = new ArrayList<>();

    /**
     * The transitions, flat: at {@code state * ASCII + c}, the next state times {@code ASCII}, for
     * each ASCII character {@code c} (upper-case letters go as their lower-case ones).
     */
    private int[] next;

    /** Per state, the bits of the words that end there. */
    private long[] ends;

    /** The bits of the words that are not ASCII and longer than one character. */
    private long caseless;

    /** The words that are one character that is not ASCII ("©"), and their bits. */
    private char[] singles = new char[0];

    private long[] singleBits = new long[0];

    /** The bits of {@code ws}, adding the words not seen before. */
    long bits(String... ws) {
      long bits = 0;
      for (String w : ws) {
        int i = words.indexOf(w);
        if (i < 0) {
          if (words.size() == Long.SIZE || w.isEmpty() || next != null || !indexable(w)) {
            throw new IllegalStateException("guard word cannot be indexed: " + w);
          }
          i = words.size();
          words.add(w);
        }
        bits |= 1L << i;
      }
      return bits;
    }

    private static boolean indexable(String w) {
      boolean ascii = w.chars().allMatch(c -> c < ASCII && !(c >= 'A' && c <= 'Z'));
      boolean noCase =
          w.chars().allMatch(c -> Character.toLowerCase(c) == c && Character.toUpperCase(c) == c);
      return ascii || noCase;
    }

    /** Builds the automaton of the words added so far. */
    void freeze() {
      List<int[]> go = new ArrayList<>();
      List<Long> out = new ArrayList<>();
      go.add(newState());
      out.add(0L);
      for (int b = 0; b < words.size(); b++) {
        String w = words.get(b);
        if (w.length() == 1 && w.charAt(0) >= ASCII) {
          singles = java.util.Arrays.copyOf(singles, singles.length + 1);
          singleBits = java.util.Arrays.copyOf(singleBits, singleBits.length + 1);
          singles[singles.length - 1] = w.charAt(0);
          singleBits[singleBits.length - 1] = 1L << b;
          continue;
        }
        if (w.chars().anyMatch(c -> c >= ASCII)) {
          caseless |= 1L << b;
          continue;
        }
        int state = 0;
        for (int k = 0; k < w.length(); k++) {
          int c = w.charAt(k);
          if (go.get(state)[c] < 0) {
            go.get(state)[c] = go.size();
            go.add(newState());
            out.add(0L);
          }
          state = go.get(state)[c];
        }
        out.set(state, out.get(state) | 1L << b);
      }
      link(go, out);
    }

    private static int[] newState() {
      int[] s = new int[ASCII];
      java.util.Arrays.fill(s, -1);
      return s;
    }

    /** Failure links, breadth first, folded into complete transitions and outputs. */
    private void link(List<int[]> go, List<Long> out) {
      int[] fail = new int[go.size()];
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      for (int c = 0; c < ASCII; c++) {
        int s = go.get(0)[c];
        if (s < 0) {
          go.get(0)[c] = 0;
        } else {
          fail[s] = 0;
          queue.add(s);
        }
      }
      while (!queue.isEmpty()) {
        int r = queue.poll();
        out.set(r, out.get(r) | out.get(fail[r]));
        for (int c = 0; c < ASCII; c++) {
          int s = go.get(r)[c];
          if (s < 0) {
            go.get(r)[c] = go.get(fail[r])[c];
          } else {
            fail[s] = go.get(fail[r])[c];
            queue.add(s);
          }
        }
      }
      next = new int[go.size() * ASCII];
      for (int s = 0; s < go.size(); s++) {
        for (int c = 0; c < ASCII; c++) {
          int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
          next[s * ASCII + c] = go.get(s)[lower] * ASCII;
        }
      }
      ends = new long[out.size()];
      for (int i = 0; i < ends.length; i++) {
        ends[i] = out.get(i);
      }
    }

    /** The bits of the words {@code text}, lower-cased, contains. */
    long find(String text) {
      long found = 0;
      int state = 0;
      for (int i = 0; i < text.length(); i++) {
        int c = text.charAt(i);
        if (c < ASCII) {
          state = next[state + c];
          found |= ends[state / ASCII];
        } else {
          state = 0;
          for (int k = 0; k < singles.length; k++) {
            found |= c == singles[k] ? singleBits[k] : 0;
          }
        }
      }
      for (long rest = caseless; rest != 0; rest &= rest - 1) {
        int b = Long.numberOfTrailingZeros(rest);
        if (text.contains(words.get(b))) {
          found |= 1L << b;
        }
      }
      return found;
    }
  }
}
