package dev.quiz.bank.text;

import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into units ({@link Sentence}s): the layout first (title, headings, infobox
 * lines, datelines, boilerplate, wrapped paragraphs), then OpenNLP's sentence detector inside
 * paragraphs, with rules on top for abbreviations ("Gen.", "Sept.") and sentences glued without a
 * space ("difference.THE"). Thread-safe.
 */
public final class SentenceSplitter {
  private static final Pattern ABBREVIATION =
      Regexes.compile(
          // "Lieut.-Gen.": the second part of a rank joined by a hyphen
          "(?:^|[\\s(\\[-])(?:"
              + String.join("|", Abbreviations.WORDS)
              // "[O.S. 26 August]": Old Style, the calendar of a date's other day
              + "|U\\.S|U\\.K|U\\.N|O\\.S|N\\.S|[A-Z])\\.$");

  /** The longest text ABBREVIATION can match: a space, "approx" and the period. */
  private static final int ABBREVIATION_REACH = 8;

  private static final Pattern GLUED = Regexes.compile("(?<=\\p{Ll}{3}[.!?])(?=\\p{Lu})");

  /** Short names between dashes, then the start of a sentence (see navigationEnd). */
  private static final Pattern NAVIGATION =
      Regexes.compile(
          "(?:\\p{Lu}[^–—.!?]{0,40}?\\s[–—]\\s){3,}\\p{Lu}[^–—.!?]{0,40}?\\s(?=(?:The|A|An|In|On"
              + "|At|During|After|Before|This|It|By)\\s)");

  /** A sentence end with footnote marks, then the next sentence: "the Caucasus.[7] The army". */
  /**
   * A regnal or ordinal numeral that ends a sentence before a word that opens one ("… of World War
   * I. The battle …", "… to Henry VIII. He …"), which the detector reads as an initial.
   */
  private static final Pattern NUMERAL_THEN_SENTENCE =
      Regexes.compile(
          "(?<=\\p{Lu}\\p{Ll}{1,20}\\s(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)\\.)"
              + "(\\s+)(?=(?:The|It|He|She|They|This|These|In|On|At|By|After|Before|During|His|Her"
              + "|Its|Their|A|An|But|However|When|Although)\\s)");

  private static final Pattern NOTE_THEN_SENTENCE =
      Regexes.compile("[.!?][\"”’']?(?:\\[\\w{1,4}\\])+(\\s+)(?=\\p{Lu})");

  /** Each thread's sentence detector (OpenNLP's English model, as {@code models} has it). */
  private final ThreadLocal<SentenceEnds> detectors =
      ThreadLocal.withInitial(SentenceEnds::english);

  /**
   * A splitter over the given models: its sentence detector gives the spans of their OpenNLP
   * sentence detector ({@link SentenceEnds}).
   */
  public SentenceSplitter(LanguageModels models) {
    java.util.Objects.requireNonNull(models, "models == null");
  }

  /** The document's units in order, each with offsets into {@code doc.text()}. */
  public List<Sentence> split(Document doc) {
    String text = doc.text();
    List<Sentence> out = new ArrayList<>();
    Appeal appeal = new Appeal();
    for (Layout.Block b : Layout.blocks(text)) {
      if (b.kind() == Sentence.Kind.BOILERPLATE) {
        appeal.isBoilerplate(text.substring(b.start(), b.end()));
      }
      if (b.kind() != Sentence.Kind.PROSE) {
        add(out, text, b.start(), b.end(), b.kind(), b.label());
        continue;
      }
      // "Bibliography: Runciman, Steven. The Fall of Constantinople 1453. Cambridge, 1965.": a
      // paragraph of references or links under its own label states no facts of the article
      boolean references = REFERENCES_LABEL.matcher(text).region(b.start(), b.end()).lookingAt();
      for (int[] s : sentences(text, b.start(), b.end())) {
        if (references) {
          add(out, text, s[0], s[1], Sentence.Kind.BOILERPLATE, b.label());
          continue;
        }
        int nav = navigationEnd(text, s[0], s[1]);
        if (nav > s[0]) {
          add(out, text, s[0], nav, Sentence.Kind.BOILERPLATE, b.label());
          s[0] = nav;
        }
        String st = text.substring(s[0], s[1]);
        Sentence.Kind kind = appeal.isBoilerplate(st) ? Sentence.Kind.BOILERPLATE : proseOrLine(st);
        add(out, text, s[0], s[1], kind, b.label());
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Sentence.Kind proseOrLine(String s) {
    char last = s.charAt(Math.max(1, Citations.marksStart(s)) - 1);
    return ".!?\"”’'".indexOf(last) >= 0
            || s.length() > 100
            || isBulletSentence(s)
            || DATED_ITEM.matcher(s).lookingAt()
            || introducesQuote(s)
        ? Sentence.Kind.PROSE
        : Sentence.Kind.LINE;
  }

  /** The keys of an image's or a page's fields, which end a caption or a byline before a colon. */
  private static final java.util.Set<String> CAPTION_KEYS =
      java.util.Set.of(
          "Date",
          "Source",
          "Sources",
          "Credit",
          "Credits",
          "Author",
          "Authors",
          "Photo",
          "Image",
          "Caption",
          "Description",
          "Location",
          "Published",
          "Updated",
          "Tags",
          "Category",
          "Categories",
          "Notes",
          "Note",
          "License",
          "Licence");

  /** The fewest words of a sentence that ends in a colon before what it quotes. */
  private static final int QUOTE_INTRO_WORDS = 8;

  /**
   * Whether {@code s} ends in a colon after a clause of its own, as a sentence does before the
   * words or the post it quotes ("The Pentagon press secretary, John Kirby, has confirmed the blast
   * on Twitter:"): at least {@link #QUOTE_INTRO_WORDS} words. A label ("Commanders:") is shorter.
   */
  public static boolean introducesQuote(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || s.charAt(end - 1) != ':') {
      return false;
    }
    int last = end - 1;
    while (last > 0 && Character.isLetter(s.charAt(last - 1))) {
      last--;
    }
    if (CAPTION_KEYS.contains(s.substring(last, end - 1))) {
      return false; // "… oil painting by Francis Hayman Date:": a caption's next field
    }
    int words = 0;
    for (int i = 0; i < end; i++) {
      boolean starts = !Character.isWhitespace(s.charAt(i));
      words += starts && (i == 0 || Character.isWhitespace(s.charAt(i - 1))) ? 1 : 0;
    }
    return words >= QUOTE_INTRO_WORDS;
  }

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

  /**
   * A timeline's entry: a date, a colon or dash, and what happened, in three words or more ("- 13
   * July: Israeli jets strike Beirut airport", "March 1755 – Braddock sails for Virginia"). It is
   * read as a sentence, as one ending with its stop is; a range of dates ("21 January – 9 July
   * 1968") is none.
   */
  private static final Pattern DATED_ITEM =
      Regexes.compile(
          "(?:[-•*–]\\s+)?(?:\\d{1,2}(?:–\\d{1,2})?\\s+"
              + MONTH
              + "(?:\\s+\\d{4})?|"
              + MONTH
              + "(?:\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\s+\\d{4})|\\d{4})"
              + "\\s*(?::|\\s[–—-])\\s+[^\\d\\s]\\S*\\s+\\S+\\s+\\S+");

  /**
   * Whether a list item is a sentence without its stop: "- Mariupol's mayor, Vadym Boychenko, says
   * at least 21,000 civilians have been killed in the city" (eight words or more, a verb, no key
   * before a colon), not "- 27 May 1982: 2 Para attacks" nor a short item.
   */
  private static boolean isBulletSentence(String s) {
    int colon = s.indexOf(':');
    return BULLET.matcher(s).lookingAt()
        && (colon < 0 || colon > 40)
        && s.split("\\s+", 10).length >= 9
        && FINITE_VERB.matcher(s).find();
  }

  /**
   * A word that makes a list item a clause: "says", "was", "have", a past tense ("killed"); an
   * order of battle's "1st Infantry Division, under Major General …" has none.
   */
  private static final Pattern FINITE_VERB =
      Regexes.compile(
          "\\b(?:says|said|is|are|was|were|has|have|had|will|would|can|could|may|must|\\p{Ll}+ed)\\b");

  /** A paragraph's number or letter in brackets before its sentence: "(1) At dawn …". */
  private static final Pattern BRACKETED_MARK =
      Regexes.compile("\\((?:[a-z]|[ivx]{1,4}|\\d{1,2})\\)\\s+(?=\\p{Lu})");

  /** A list item's mark: "- ", "• ", "* ". */
  private static final Pattern BULLET = Regexes.compile("[-•*–]\\s+");

  private static void add(
      List<Sentence> out,
      String text,
      int start,
      int end,
      Sentence.Kind kind,
      Optional<String> label) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (kind == Sentence.Kind.PROSE && end - start > 2) {
      // a list item that is a sentence: its mark is no part of it
      Matcher bullet = BULLET.matcher(text).region(start, end);
      if (bullet.lookingAt()) {
        start = bullet.end();
      } else if (text.charAt(start) == '(') {
        // "(1) At dawn the troop attacked.": a report's paragraph number
        Matcher mark = BRACKETED_MARK.matcher(text).region(start, end);
        start = mark.lookingAt() ? mark.end() : start;
      }
    }
    if (end > start) {
      out.add(
          new Sentence(
              out.size(), new TextSpan(start, end), text.substring(start, end), kind, label));
    }
  }

  /** Sentence offsets inside [from, to), after the abbreviation and glue rules. */
  private List<int[]> sentences(String text, int from, int to) {
    String block = text.substring(from, to);
    int[] spans = detectors.get().spans(block);
    List<int[]> merged = new ArrayList<>();
    for (int k = 0; k < spans.length; k += 2) {
      int s = from + spans[k];
      int e = from + spans[k + 1];
      if (!merged.isEmpty()
          && (endsWithAbbreviation(text, merged.get(merged.size() - 1))
              || !endsSentence(text, merged.get(merged.size() - 1))
              || afterPeriodInLowerCase(text, merged.get(merged.size() - 1)[1], s)
              || afterDotLeader(text, merged.get(merged.size() - 1), s)
              || afterEntryHead(text, merged.get(merged.size() - 1), s)
              || initialsBeforeSurname(text, merged.get(merged.size() - 1)[1], s))) {
        merged.get(merged.size() - 1)[1] = e;
      } else if (!merged.isEmpty() && isOutlineMark(text, merged.get(merged.size() - 1))) {
        merged.set(merged.size() - 1, new int[] {s, e}); // "a." before its sentence: no part of it
      } else {
        merged.add(new int[] {s, e});
      }
    }
    if (merged.isEmpty()) {
      merged.add(new int[] {from, to});
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : merged) {
      boolean glued = mayBeGlued(text, s[0], s[1]);
      boolean noted = hasNoteMark(text, s[0], s[1]);
      boolean numeral = hasNumeralEnd(text, s[0], s[1]);
      if (!glued && !noted && !numeral) {
        out.add(s);
        continue;
      }
      java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
      if (glued) {
        cuts(GLUED, text, s, cuts);
      }
      if (noted) {
        cuts(NOTE_THEN_SENTENCE, text, s, cuts);
      }
      if (numeral) {
        cuts(NUMERAL_THEN_SENTENCE, text, s, cuts);
      }
      int start = s[0];
      for (int at : cuts) {
        if (at > start && at < s[1]) {
          out.add(new int[] {start, at});
          start = at;
        }
      }
      out.add(new int[] {start, s[1]});
    }
    return out;
  }

  /**
   * Where a navigation box run into a sentence ends ("Agincourt – Rouen – … – Castillon The Battle
   * of Agincourt was …": four or more short names between dashes, then a sentence opening with a
   * capitalised function word); {@code from} when the sentence does not start with one.
   */
  private static int navigationEnd(String text, int from, int to) {
    int limit = Math.min(to, from + 400);
    int dashes = 0;
    for (int i = from; i < limit && dashes < 3; i++) {
      char c = text.charAt(i);
      dashes += c == '–' || c == '—' ? 1 : 0;
    }
    if (dashes < 3) {
      return from;
    }
    Matcher m = NAVIGATION.matcher(text).region(from, to);
    return m.lookingAt() ? m.end() : from;
  }

  /**
   * Where {@code p} starts a new sentence inside span {@code s}: at its group 1 when it has one,
   * else where it matches.
   */
  private static void cuts(Pattern p, String text, int[] s, java.util.Set<Integer> into) {
    Matcher g = p.matcher(text).region(s[0], s[1]).useTransparentBounds(true);
    while (g.find()) {
      into.add(g.groupCount() > 0 ? g.start(1) : g.start());
    }
  }

  /** Whether "I. ", "V. " or "X. " after a space occurs inside [from, to). */
  private static boolean hasNumeralEnd(String text, int from, int to) {
    for (int i = from + 2; i + 1 < to; i++) {
      char c = text.charAt(i - 1);
      if (text.charAt(i) == '.'
          && (c == 'I' || c == 'V' || c == 'X')
          && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a footnote mark ("[7]") closes inside [from, to), before its last character. */
  private static boolean hasNoteMark(String text, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (text.charAt(i) == ']') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(String text, int[] s) {
    String st = text.substring(s[0], s[1]).trim();
    return !st.isEmpty() && ".!?\"”’')]".indexOf(st.charAt(st.length() - 1)) >= 0;
  }

  /** A paragraph's letter or number alone: "a.", "12.", "iv.", "(1)", "(b)". */
  private static final Pattern OUTLINE_MARK =
      Regexes.compile("(?:[a-z]|[ivx]{1,4}|\\d{1,2})\\.|\\((?:[a-z]|[ivx]{1,4}|\\d{1,2})\\)");

  /**
   * Whether the piece {@code prev} is an {@link #OUTLINE_MARK} opening its line, a report's "a." or
   * "(1)": the mark of the sentence after it, no sentence of its own nor part of one.
   */
  static boolean isOutlineMark(String text, int[] prev) {
    String head = text.substring(prev[0], prev[1]).trim();
    if (head.length() > 5 || !OUTLINE_MARK.matcher(head).matches()) {
      return false;
    }
    int line = text.lastIndexOf('\n', Math.max(0, prev[0] - 1)) + 1;
    return text.substring(Math.min(line, prev[0]), prev[0]).isBlank();
  }

  /** The most words of a diary's or a log's entry head: "Saturday, 14th.", "Oct. 24th.". */
  private static final int MAX_ENTRY_HEAD_WORDS = 4;

  /**
   * Whether the piece at {@code start} opens with a dash on the line of the piece {@code prev}, a
   * short head with a figure that opens its line: "Saturday, 14th. — Heavy firing north of the
   * town", a diary's entry and its day, one unit.
   */
  static boolean afterEntryHead(String text, int[] prev, int start) {
    if (start >= text.length() || text.charAt(start) != '—' && text.charAt(start) != '–') {
      return false;
    }
    for (int i = prev[1]; i < start; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    int line = text.lastIndexOf('\n', Math.max(0, prev[1] - 1)) + 1;
    String head = text.substring(prev[0], prev[1]).trim();
    return line <= prev[0]
        && text.substring(line, prev[0]).isBlank()
        && !head.isEmpty()
        && head.split("\\s+").length <= MAX_ENTRY_HEAD_WORDS
        && head.chars().anyMatch(Character::isDigit);
  }

  /**
   * What follows a dot leader to the end of its line: a figure, maybe a few words ("2,350 men").
   */
  private static final Pattern LEADER_VALUE =
      Regexes.compile("\\d[\\d,.]*(?:\\s+[\\p{L}%]+){0,3}\\s*");

  /** The most words a dot leader's label has ("Killed .....", "Total losses of the enemy ..."). */
  private static final int MAX_LEADER_LABEL_WORDS = 6;

  /**
   * Whether the piece at {@code start} opens with a figure on the line of the piece {@code prev}, a
   * short label ending in a dot leader: "Killed ..... 2,350", "Guns captured … 1,000", a table row
   * of a communique or a return, not two sentences.
   */
  static boolean afterDotLeader(String text, int[] prev, int start) {
    if (start >= text.length() || !Character.isDigit(text.charAt(start))) {
      return false;
    }
    int lineEnd = text.indexOf('\n', start);
    if (!LEADER_VALUE
        .matcher(text)
        .region(start, lineEnd < 0 ? text.length() : lineEnd)
        .matches()) {
      return false;
    }
    int e = prev[1];
    for (int i = e; i < start; i++) {
      if (!Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\n') {
        return false;
      }
    }
    int dots = 0;
    int i = e;
    while (i > prev[0]
        && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '…' || text.charAt(i - 1) == ' ')) {
      char c = text.charAt(--i);
      dots += c == '.' ? 1 : c == '…' ? 3 : 0;
    }
    if (dots < 3 || i == prev[0]) {
      return false;
    }
    int line = text.lastIndexOf('\n', i - 1) + 1;
    String label = text.substring(Math.max(line, prev[0]), i).trim();
    return line >= prev[0]
        && !label.isEmpty()
        && label.indexOf('.') < 0
        && label.split("\\s+").length <= MAX_LEADER_LABEL_WORDS;
  }

  /**
   * Whether the piece at {@code start} begins with a small letter and the one before, ending at
   * {@code end}, with a period: the detector's cut after "p.m." in "at 9 p.m. local time" or "at
   * 3.48 p.m. on 31 May", which no list of abbreviations covers in every spelling.
   */
  private static boolean afterPeriodInLowerCase(String text, int end, int start) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= 0 || text.charAt(e - 1) != '.' || start >= text.length()) {
      return false;
    }
    if (Character.isLowerCase(text.charAt(start))) {
      return true;
    }
    // "at midnight Eastern time, 8 a.m. Thursday in the Gulf": the clock time's day follows it
    String before = text.substring(Math.max(0, e - 4), e).toLowerCase(java.util.Locale.ROOT);
    return (before.equals("a.m.") || before.equals("p.m."))
        && DAY_AFTER_CLOCK.matcher(text).region(start, text.length()).lookingAt();
  }

  /**
   * Whether the unit ending at {@code end} ends with a person's initials run together ("Lt J.H.",
   * "Maj. C.F.H.") and the one at {@code start} opens with the surname ("Grayburn, A Coy, …"):
   * capitalized, then a mark or white space, and no word that opens sentences ("The", "He", …). The
   * dotted abbreviations of eras, times and places ("480 B.C. The …") end sentences.
   */
  private static boolean initialsBeforeSurname(String text, int end, int start) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    Matcher m = RUN_INITIALS.matcher(text).region(Math.max(0, e - 8), e);
    m.useTransparentBounds(true); // '$' is the region's end, the lookbehind sees before it
    if (!m.find() || NOT_INITIALS.contains(m.group(1))) {
      return false;
    }
    Matcher w = SURNAME.matcher(text).region(start, text.length());
    return w.lookingAt() && !SENTENCE_OPENERS.contains(w.group(1));
  }

  /** Two or three initials run together at the end of a unit: "J.H.", "C.F.H.". */
  private static final Pattern RUN_INITIALS = Regexes.compile("(?<![\\p{L}.])((?:[A-Z]\\.){2,3})$");

  private static final java.util.Set<String> NOT_INITIALS =
      java.util.Set.of("B.C.", "A.D.", "D.C.", "U.S.", "U.K.", "U.N.", "A.M.", "P.M.", "E.U.");

  private static final Pattern SURNAME = Regexes.compile("(\\p{Lu}[\\p{L}'’-]+)(?=[,.;:\\s]|$)");

  private static final java.util.Set<String> SENTENCE_OPENERS =
      java.util.Set.of(
          "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That",
          "These", "Those", "But", "And", "After", "Before", "By", "During", "When", "While", "His",
          "Her", "Their", "There", "As", "For", "From", "Of", "To", "With", "Its", "Our", "Some",
          "Many", "Most", "All", "No", "One", "Two", "Three", "Then", "However", "Later",
          "Despite");

  /** A weekday or a time zone right after a clock time's "a.m."/"p.m.". */
  private static final Pattern DAY_AFTER_CLOCK =
      Regexes.compile(
          "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|Eastern|Pacific"
              + "|Central)\\b");

  /** False when no sentence end is directly followed by a capital letter (GLUED cannot match). */
  private static boolean mayBeGlued(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?')
          && (Character.isUpperCase(text.charAt(i)) || Character.isSurrogate(text.charAt(i)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAbbreviation(String text, int[] s) {
    String st = text.substring(s[0], s[1]).trim();
    // a match ends at the end and is at most ABBREVIATION_REACH long: look at the tail only ('^'
    // still means the start of the sentence, not of the tail)
    Matcher m = ABBREVIATION.matcher(st);
    m.useAnchoringBounds(false);
    m.useTransparentBounds(true);
    m.region(Math.max(0, st.length() - ABBREVIATION_REACH), st.length());
    return m.find();
  }

  /** The label opening a paragraph of references or links: "Bibliography:", "See also:". */
  private static final Pattern REFERENCES_LABEL =
      Regexes.compile(
          "(?i)(?:see also|bibliography|further reading|references|external links|works cited"
              + "|sources and further reading)\\s*:");

  /** Tracks a donation appeal box: from its opening sentence to its closing one. */
  private static boolean endsLikeASentence(String s) {
    String t = s.stripTrailing();
    return !t.isEmpty() && ".!?\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static final class Appeal {
    private boolean open;
    private int length;

    boolean isBoilerplate(String sentence) {
      Boilerplate.Verdict v = Boilerplate.judge(sentence);
      if (v.furniture() || v.startsAppeal()) {
        // a link or heading of other furniture ("Join our commenting forum") closes an appeal
        open = v.startsAppeal() || open && endsLikeASentence(sentence);
        length = 0;
        if (v.endsAppeal()) {
          open = false;
        }
        return true;
      }
      if (open) {
        length++;
        if (v.endsAppeal() || length > 12) {
          open = false;
        }
        return true;
      }
      return false;
    }
  }
}
