package dev.quiz.bank.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into blocks: title, headings, infobox lines, datelines, bylines, boilerplate
 * and runs of text lines (hard-wrapped lines of one paragraph are joined). Stateless.
 */
final class Layout {
  /** A block of the document: one line, or several joined lines of one paragraph. */
  record Block(int start, int end, Sentence.Kind kind, Optional<String> label, boolean heading) {}

  private static final Pattern WIKI_TITLE = Regexes.compile("^=\\s*([^=].*?)\\s*=$");
  private static final Pattern WIKI_HEADING =
      Regexes.compile("^(={2,6})\\s*([^=]+?)\\s*\\1\\s*(.*)$");
  private static final Pattern OTHER_HEADING =
      Regexes.compile(
          "^(#{1,6}\\s+.+|.{1,80}\\[(?:edit)?\\]|\\[edit\\]\\s*.+|Contents(\\s*\\[hide\\])?)$");

  /** A printed page's number before its head: "2 " of "2 THE EVENING SENTINEL, …". */
  private static final Pattern FOLIO = Regexes.compile("\\d{1,4}\\s+(?=\\S)");

  private static final Pattern TOC_ENTRY =
      Regexes.compile(
          "^\\d{1,2}(\\.\\d{1,2})*\\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
              + "|Dec)[a-z]*\\b)[A-Z][^.]{0,70}\\??$");
  private static final Pattern INFOBOX_LINE =
      Regexes.compile("^-\\s*([A-Z][A-Za-z0-9 ]{0,30}?)(?:\\s*\\(([^()]{1,40})\\))?:\\s*(.*)$");

  /**
   * A scraped infobox row with its key and a colon on one line, without the dash of {@link
   * #INFOBOX_LINE}: "Commanders: Admiral Sir John Jellicoe (United Kingdom); …".
   */
  private static final Pattern KEYED_LINE =
      Regexes.compile(
          "^(Dates?|Location|Place|Result|Belligerents|Combatants|Commanders?(?: and leaders)?"
              + "|Leaders|Strength|Casualties(?: and losses)?|Units(?: involved)?"
              + "|Territorial changes)\\s*:\\s*\\S.*$");

  private static final Pattern LABEL =
      Regexes.compile(
          "(?i)^(date|location|place|result|belligerents|combatants|commanders"
              + "( and leaders)?|strength|casualties( and losses)?|units( involved)?|territorial\\s+changes"
              + "|part of .{1,60}|army navy)$");

  /** The first letters of the {@link #LABEL}s, in either case. */
  private static final String LABEL_INITIALS = "dlprbcsutaDLPRBCSUTA";

  /** A scraped infobox's date line, its key run into the value ("Date13 March – 7 May 1954"). */
  private static final Pattern DATE_KEYED = Regexes.compile("^Dates?\\s*(?=\\d|\\p{Lu}[a-z]{2})");

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern DATELINE =
      Regexes.compile(
          "(?i)^(?:(?:originally\\s+)?(?:published|posted|updated|issued|released|last\\s+(?:updated"
              + "|modified))(?:\\s+on)?:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
              // the time before the date: "Updated 3:14 PM GMT, May 12, 2024"
              + "(?:\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?,?\\s+"
              // and the weekday after it: "Updated 4:18 PM EST, Sat November 28, 2020"
              + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?)?"
              + "(?:\\d{1,2}(?:st|nd|rd|th|d)?\\s+"
              + MONTH
              + ",?\\s+\\d{4}|"
              + MONTH
              + "\\s+\\d{1,2}(?:st|nd|rd|th|d)?,?\\s+\\d{4}"
              // one or two times after the date: "16:52 GMT 17:52 UK"
              // a zone with its offset: "8:47 PM GMT+1"
              + "|\\d{4}-\\d{2}-\\d{2})(?:[\\s,]+\\d{1,2}[.:]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
              + "(?:\\s+[A-Z]{2,4}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?){0,2}"
              // a link after a bullet or bar: "Last Updated: Mar 4, 2025 • Article History"
              + "\\.?(?:\\s+[•|·]\\s+[^•|·]{1,40})?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$");

  /**
   * A publication line with its date in figures: "Published on 18/06/2017 at 16:42 - Updated on
   * 18/06/2017 at 21:05", "Posted 2017-06-18".
   */
  private static final Pattern PUBLISHED_NUMERIC =
      Regexes.compile(
          "(?i)^(?:published|posted|updated|issued|released)(?:\\s+on)?:?\\s+"
              + "(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})"
              + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?"
              + "(?:\\s*[-–|]\\s*(?:updated|modified)(?:\\s+on)?:?\\s+"
              + "(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})"
              + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?)?\\.?$");

  /** A publication line with a month and year only: "Issued July 2025", "Published: May 2019". */
  private static final Pattern PUBLISHED_MONTH =
      Regexes.compile(
          "(?i)^(?:published|posted|updated|issued|released)(?:\\s+(?:on|in))?:?\\s+"
              + MONTH
              + "\\s+\\d{4}\\.?$");

  /**
   * A letter's place and date: "Dublin, 17th September 1649.", "Paris, March 3, 1815", "Camp near
   * Corinth, Miss., May 2d, 1862".
   */
  private static final Pattern LETTER_DATELINE =
      Regexes.compile(
          "^\\p{Lu}[\\p{L} .'’-]{1,30},\\s*(?:\\p{Lu}[\\p{L} .'’-]{1,20},\\s*)?(?i:\\d{1,2}(?:st|nd|rd|th|d)?\\s+"
              + MONTH
              + ",?\\s+\\d{4}|"
              + MONTH
              + "\\s+\\d{1,2}(?:st|nd|rd|th|d)?,?\\s+\\d{4})\\.?$");

  private static final Pattern MASTHEAD_DATE =
      Regexes.compile(
          "(?i)\\b(?:\\d{1,2}\\s+"
              + MONTH
              + ",?\\s+\\d{4}|"
              + MONTH
              + "\\s+\\d{1,2},?\\s+\\d{4})\\b");

  /** An issue's volume, number, page or column: "vol 377", "No. 41", "cc1673-82", "p. 4". */
  private static final Pattern ISSUE_MARK =
      Regexes.compile("(?i)\\b(?:vol(?:ume)?|no|issue|pp?|cc?|cols?)\\.?\\s*(?:\\d|[IVXLC]+\\b)");

  /** A term, then a dash between spaces or a colon, then its gloss: "Kim Il-sung – leader of …". */
  private static final Pattern LIST_ITEM =
      Regexes.compile("\\p{Lu}[^–—:!?]{0,50}?(?:\\s[–—-]\\s|:\\s)\\S");

  private static final Pattern BYLINE =
      Regexes.compile(
          "^(?:By\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}"
              + "(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})?"
              + "(?:\\s+in\\s+\\p{Lu}\\p{L}+)?$");

  /** How many lines above a line are read for a {@link #LIST_HEADING}. */
  private static final int LIST_LINES = 12;

  /** Headings of blocks of short points, one a line. */
  private static final Pattern LIST_HEADING =
      Regexes.compile(
          "(?i)(?:key (?:points|events|facts|dates|takeaways|developments)|summary|at a glance"
              + "|highlights|in brief|in short|what we know(?: so far)?|the latest)[:.]?");

  private static final Set<String> JOINING_WORDS =
      Set.of(
          "the", "of", "in", "a", "an", "and", "or", "to", "for", "with", "by", "on", "at", "from",
          "as", "that", "which", "who", "our", "their", "his", "her", "its", "is", "was", "are",
          "were", "be", "has", "have", "had", "under", "it", "we", "they", "this", "these");

  /**
   * A book in a list of sources: "Gray, John S. Centennial Campaign. Fort Collins: Old Army Press,
   * 1976."
   */
  private static final Pattern BIBLIOGRAPHY_ENTRY =
      Regexes.compile(
          "^\\p{Lu}[\\p{L}'’-]+, \\p{Lu}[\\p{L}.'’ -]{0,40}\\. .{3,200}: [^:]{2,80},"
              + " (?:1[5-9]|20)\\d{2}\\.?$");

  /** The headings of lists of sources or links only, as a line of their own. */
  private static final Pattern SOURCES_HEADING =
      Regexes.compile(
          "(?i)works cited|works consulted|bibliography|further reading|external links|see also");

  private Layout() {}

  static List<Block> blocks(String text) {
    List<int[]> lines = lines(text);
    List<Block> out = new ArrayList<>();
    Optional<String> label = Optional.empty();
    Optional<String> mainLabel = Optional.empty();
    int table;
    boolean seenTitle = false;
    boolean inInfobox = false;
    boolean linkSection = false;
    boolean linkList = false;
    boolean sawProse = false;
    boolean sawParagraph = false;
    boolean masthead = false;
    int nonBlank = 0;
    Optional<String> subKey = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      int[] ln = lines.get(i);
      String line = text.substring(ln[0], ln[1]);
      nonBlank++;
      if (subKey.isPresent() && !line.startsWith("-")) {
        subKey = Optional.empty();
      }
      Matcher m;
      linkList = linkList && isLinkLine(line);
      if (nonBlank == 1 && (m = WIKI_TITLE.matcher(line)).matches()) {
        out.add(new Block(ln[0], ln[1], Sentence.Kind.TITLE, Optional.empty(), true));
        seenTitle = true;
      } else if (line.startsWith("==") && (m = WIKI_HEADING.matcher(line)).matches()) {
        linkSection = Boilerplate.isLinkSection(m.group(2));
        label = Optional.empty();
        int restStart = ln[0] + m.start(3);
        if (restStart < ln[1]) {
          out.add(new Block(restStart, ln[1], Sentence.Kind.PROSE, label, false));
        }
      } else if (isOtherHeading(line) && !(nonBlank <= 12 && isFolio(line))) {
        String h = line.replaceAll("[#\\[\\]]|edit", "").trim();
        linkSection = Boilerplate.isLinkSection(h);
        label = Optional.empty();
      } else if (line.equalsIgnoreCase("infobox")) {
        inInfobox = true;
      } else if (line.charAt(0) == '-'
          && (m = INFOBOX_LINE.matcher(line)).matches()
          && (inInfobox || i < 40)) {
        // "- Strength (Persian, modern estimates): …": the key and whose figures they are
        String key = m.group(1) + (m.group(2) == null ? "" : " (" + m.group(2).trim() + ")");
        out.add(new Block(ln[0], ln[1], Sentence.Kind.INFOBOX, Optional.of(key), false));
        // "- Commanders and leaders (Macedonian):" with its values on the items under it
        subKey = m.group(3).isEmpty() ? Optional.of(key) : Optional.empty();
      } else if (subKey.isPresent() && line.startsWith("- ")) {
        out.add(new Block(ln[0], ln[1], Sentence.Kind.INFOBOX, subKey, false));
      } else if ((table = tableEnd(text, lines, i)) <= i && i < 40 && TabInfobox.isKeyRow(line)) {
        i = TabInfobox.read(text, lines, i, out);
      } else if (table > i) {
        List<String> columns = tableColumns(text, lines, i).orElseThrow();
        out.add(new Block(ln[0], ln[1], Sentence.Kind.LINE, Optional.empty(), true));
        for (int r = i + 1; r <= table; r++) {
          int[] row = lines.get(r);
          out.add(
              new Block(
                  row[0],
                  row[1],
                  Sentence.Kind.LINE,
                  Optional.of(TableRows.label(columns)),
                  false));
        }
        i = table;
      } else if (i < 40 && isKeyedLine(line)) {
        String key = line.substring(0, line.indexOf(':')).trim();
        out.add(new Block(ln[0], ln[1], Sentence.Kind.INFOBOX, Optional.of(key), false));
      } else if (line.length() <= 40 && isLinkHeadingLine(line)) {
        // "Works Cited" or "Bibliography" alone on a line: the lines under it are sources too
        linkSection = true;
        label = Optional.empty();
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, label, false));
      } else if (!seenTitle && nonBlank == 1 && isBarredTrail(line)) {
        // "Hansard | House of Commons | 1942 | 17 February 1942" above the page: the site's trail
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, Optional.empty(), false));
        nonBlank = 0;
        continue;
      } else if (linkSection
          || isBibliographyEntry(line)
          || linkList && isLinkLine(line)
          || line.length() < 100 && Boilerplate.isBoilerplate(line)) {
        // the lines under a "Most read" box's header are links to other stories
        linkList = linkList && isLinkLine(line) || Boilerplate.isLinkListHeader(line);
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, label, false));
        if (!seenTitle && nonBlank == 1 && isNavigation(line)) {
          // "Home | News | Report" above the headline: the page's first line is still to come
          nonBlank = 0;
          continue;
        }
      } else if ((DATELINE.matcher(line).matches()
              || line.length() <= 60 && LETTER_DATELINE.matcher(line).matches())
          && opensLetter(text, lines, i)) {
        // "July 7th 1863" over "Dear Wife": a letter, the later ones of several, told from its own
        // date
        boolean dated = out.stream().anyMatch(b -> b.kind() == Sentence.Kind.DATELINE);
        out.add(
            new Block(
                ln[0],
                ln[1],
                Sentence.Kind.DATELINE,
                dated ? Optional.of(Sentence.DISPATCH) : Optional.empty(),
                false));
      } else if ((nonBlank <= 12 || !sawParagraph) && (isDateLine(line) || isFolio(line))) {
        // near the top, or under a long menu before the story's first paragraph
        out.add(new Block(ln[0], ln[1], Sentence.Kind.DATELINE, Optional.empty(), false));
      } else if (!sawProse && isByline(line)) {
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, Optional.empty(), false));
      } else if (isLabel(line)) {
        label = Optional.of(line);
        mainLabel = label;
        out.add(new Block(ln[0], ln[1], Sentence.Kind.LINE, label, true));
      } else if (label.isPresent() && isSideRow(line)) {
        // "Ottoman Empire: 251 ships, about 50,000 sailors …" under "Strength": a side's row of
        // the label's figures, however long, and the next side's row keeps the label too
        out.add(new Block(ln[0], ln[1], Sentence.Kind.LINE, label, false));
      } else if (!seenTitle
          && nonBlank == 1
          && isSectionName(line)
          && i + 1 < lines.size()
          && isHeadlineOfWords(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]))) {
        // "Obituaries" above "Harold Brennan, Iwo Jima veteran, dies at 97": the site's section,
        // then the story's headline, which counts as the page's first line
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, Optional.empty(), false));
        nonBlank = 0;
        continue; // the title is still to come
      } else if (!seenTitle
          && nonBlank == 1
          && looksLikeHeadline(line)
          && i + 1 < lines.size()
          && isNavigation(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]))) {
        // "BBC NEWS" above "Home | World | UK": the site's name over its menu, not the headline
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, Optional.empty(), false));
        nonBlank--;
        continue;
      } else if (!seenTitle
          && nonBlank == 1
          && isOrganisation(line)
          && i + 1 < lines.size()
          && isHeadlineOfWords(text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]))) {
        // "BALKAN ACCOUNTABILITY NETWORK" above "Srebrenica, July 1995: Summary of Findings": the
        // publisher's name, then the headline
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, Optional.empty(), false));
        nonBlank--;
        masthead = true;
        continue;
      } else if (masthead
          && !seenTitle
          && nonBlank == 1
          && (line.contains(" | ") || TAGLINE.matcher(line).matches())) {
        // under the publisher's name, its motto ("Honoring those who served, 1950") or a trail
        // of sections ("Year 8 | Unit 4: Britain and the Napoleonic Wars"), then the headline
        out.add(new Block(ln[0], ln[1], Sentence.Kind.BOILERPLATE, Optional.empty(), false));
        nonBlank--;
        continue;
      } else if (!seenTitle && nonBlank == 1 && looksLikeHeadline(line)) {
        out.add(new Block(ln[0], ln[1], Sentence.Kind.TITLE, Optional.empty(), false));
        seenTitle = true;
      } else {
        inInfobox = false;
        int from = ln[0];
        // an old paper's later dispatches open with their own dateline ("PARIS, Nov. 11.—…")
        int dateline = InlineDateline.length(line, nonBlank <= 12);
        int speaker =
            dateline > 0
                ? 0
                : line.charAt(0) == '[' ? transcriptPrefix(line) : speakerLabel(text, line);
        if (dateline > 0) {
          // "FALLUJAH, Iraq, Nov 10 (Reuters) - U.S. Marines …": the story starts after the dash
          from += dateline;
          // under the page's own date line or an earlier dispatch, one dispatch of several
          boolean dispatch = false;
          for (Block b : out) {
            dispatch = dispatch || b.kind() == Sentence.Kind.DATELINE;
          }
          out.add(
              new Block(
                  ln[0],
                  from,
                  Sentence.Kind.DATELINE,
                  dispatch ? Optional.of(Sentence.DISPATCH) : Optional.empty(),
                  false));
        } else if (speaker > 0) {
          // "[00:01:31] NARRATOR: On 19 November 1942, …": what is said starts after the speaker
          from += speaker;
          out.add(new Block(ln[0], from, Sentence.Kind.BOILERPLATE, Optional.empty(), false));
        }
        int end = i;
        while (end + 1 < lines.size() && joins(text, lines.get(end), lines.get(end + 1))) {
          end++;
        }
        boolean prose = lines.get(end)[1] - from >= 80;
        // a paragraph right under a label line ("Strength") is that label's value: it keeps the
        // label, and ends it
        Optional<String> own = prose && !isLabelLine(out) ? Optional.empty() : label;
        if (prose) {
          label = Optional.empty();
          mainLabel = Optional.empty();
        }
        out.add(new Block(from, lines.get(end)[1], Sentence.Kind.PROSE, own, false));
        if (end == i && line.length() <= 40 && line.endsWith(":") && mainLabel.isPresent()) {
          label = Optional.of(mainLabel.get() + ", " + line.substring(0, line.length() - 1).trim());
        }
        sawProse = sawProse || prose;
        sawParagraph =
            sawParagraph || prose && ".!?\"”".indexOf(text.charAt(lines.get(end)[1] - 1)) >= 0;
        i = end;
      }
      seenTitle = true;
    }
    return out;
  }

  /**
   * A transcript line's time code and speaker: "[00:01:31] NARRATOR: ", "[00:00:35] HISTORIAN (Dr.
   * Anna Petrova): ".
   */
  private static final Pattern TRANSCRIPT_PREFIX =
      Regexes.compile(
          "^\\[\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?\\]\\s*"
              + "(?:\\p{Lu}[\\p{Lu}.'’ -]{1,30}(?:\\s*\\([^()]{1,40}\\))?:\\s+)?");

  /**
   * A transcript's speaker in capitals before what is said: "BRIG. GEN. KESSLER: ", "Q: ", "MR.
   * ASHDOWN: " (up to four words, with their abbreviations' periods).
   */
  private static final Pattern SPEAKER_LABEL =
      Regexes.compile("^(?:\\p{Lu}[\\p{Lu}'’-]*\\.?\\s){0,3}\\p{Lu}[\\p{Lu}'’-]*:\\s+(?=\\S)");

  /** The length of a transcript line's speaker label ({@link #SPEAKER_LABEL}); 0 when none. */
  private static int speakerLabel(String text, String line) {
    char c = line.charAt(0);
    if (c < 'A' || c > 'Z' || line.indexOf(':') < 0 || line.indexOf(':') > 40) {
      return 0;
    }
    Matcher m = SPEAKER_LABEL.matcher(line);
    if (!m.lookingAt()) {
      return 0;
    }
    String label = line.substring(0, line.indexOf(':'));
    // "Q:" and "A:" of a page of questions and answers keep the question with its answer; a
    // caption's or a note's label names no speaker
    if (label.length() < 2 || NOT_SPEAKERS.contains(label)) {
      return 0;
    }
    // a speaker speaks more than once: a label on one line only ("CASUALTIES: 2,350 killed") is a
    // factbox's key, kept with its value
    String mark = "\n" + label + ":";
    int first = text.indexOf(mark);
    return first >= 0 && text.indexOf(mark, first + 1) > 0 ? m.end() : 0;
  }

  private static final java.util.Set<String> NOT_SPEAKERS =
      java.util.Set.of(
          "PHOTO",
          "CAPTION",
          "NOTE",
          "UPDATE",
          "UPDATED",
          "CORRECTION",
          "SOURCE",
          "SOURCES",
          "EDITOR'S NOTE",
          "EDITOR’S NOTE",
          "WARNING",
          "READ MORE",
          "SEE ALSO",
          "WATCH");

  /** The length of a transcript line's time code and speaker; 0 when it has none. */
  private static int transcriptPrefix(String line) {
    Matcher m = TRANSCRIPT_PREFIX.matcher(line);
    return m.lookingAt() ? m.end() : 0;
  }

  /** A side before its figures: "Holy League: ", "Arab states: ". */
  private static final Pattern SIDE_ROW = Regexes.compile("\\p{Lu}[\\p{L} .'’-]{1,30}:\\s+\\S");

  /** Whether a line names a side, then a colon and figures ("Israel: 264,000 troops, …"). */
  private static boolean isSideRow(String line) {
    return SIDE_ROW.matcher(line).lookingAt() && line.chars().anyMatch(Character::isDigit);
  }

  /**
   * Whether a line is a heading of another kind than the wiki's ("## Battle", "Battle[]",
   * "Battle[edit]", a table of contents entry). Each form has a start or end the patterns insist
   * on, looked at first.
   */
  /** Whether a line is a book's entry in a list of sources (cheap tests before the pattern). */
  private static boolean isBibliographyEntry(String line) {
    int n = line.length();
    return n > 20
        && n < 300
        && (Character.isDigit(line.charAt(n - 1)) || line.charAt(n - 1) == '.')
        && line.indexOf(": ") > 0
        && BIBLIOGRAPHY_ENTRY.matcher(line).matches();
  }

  /**
   * Whether a line is only the heading of a list of sources or links ("Works Cited:"); not of
   * "References" or "Notes", whose notes may state facts of their own.
   */
  private static boolean isLinkHeadingLine(String line) {
    String h = line.trim();
    if (h.endsWith(":")) {
      h = h.substring(0, h.length() - 1).trim();
    }
    return !h.isEmpty()
        && Character.isUpperCase(h.charAt(0))
        && SOURCES_HEADING.matcher(h).matches();
  }

  private static boolean isOtherHeading(String line) {
    char first = line.charAt(0);
    boolean mayBeOther =
        first == '#'
            || line.endsWith("[]")
            || line.endsWith("[edit]")
            || line.startsWith("[edit]")
            || line.startsWith("Contents");
    return mayBeOther && OTHER_HEADING.matcher(line).matches()
        || first >= '0' && first <= '9' && TOC_ENTRY.matcher(line).matches();
  }

  /**
   * Whether a line is an infobox label ("Strength"); each label starts with one of a few ASCII
   * letters, in either case ({@code (?i)} without Unicode case), looked at first.
   */
  private static boolean isLabel(String line) {
    return LABEL_INITIALS.indexOf(line.charAt(0)) >= 0 && LABEL.matcher(line).matches();
  }

  /**
   * The index of the last row of a table whose header is line {@code i} ({@link TableRows}): a
   * header of short cells without digits, then rows of as many cells with figures; {@code i} when
   * there is none.
   */
  private static int tableEnd(String text, List<int[]> lines, int i) {
    Optional<List<String>> columns = tableColumns(text, lines, i);
    if (columns.isEmpty()) {
      return i;
    }
    int first = firstRow(text, lines, i);
    // rows of as many cells; one without a figure ("Commander | Menelik II | Oreste Baratieri")
    // belongs to the table only when a row with one follows it
    int end = first - 1;
    for (int r = first; r < lines.size(); r++) {
      String row = text.substring(lines.get(r)[0], lines.get(r)[1]);
      if (!TableRows.isRow(row, columns.get().size())) {
        break;
      }
      if (TableRows.hasFigure(row)) {
        end = r;
      }
    }
    return end >= first ? end : i;
  }

  /**
   * The column names of a table whose header is line {@code i}, or empty when it is no header. A
   * header one cell short of the row under it leaves the corner above the rows' names empty
   * ("Ethiopian Empire | Kingdom of Italy" over "Killed | est. 4,000–7,000 | about 7,000"); its
   * first column is named "".
   */
  private static Optional<List<String>> tableColumns(String text, List<int[]> lines, int i) {
    String header = text.substring(lines.get(i)[0], lines.get(i)[1]);
    if (header.indexOf("  ") < 0 && header.indexOf('\t') < 0 && !header.contains(" | ")) {
      return Optional.empty(); // one space between words: no cells
    }
    int first = firstRow(text, lines, i);
    String row =
        first < lines.size() ? text.substring(lines.get(first)[0], lines.get(first)[1]) : "";
    return TableRows.header(header, row);
  }

  /** The line of a table's first row: the one under its header, or under the rule below it. */
  private static int firstRow(String text, List<int[]> lines, int i) {
    // a rule under the header ("--------  -------") is part of the table, no row of it
    int first = i + 1;
    if (first < lines.size()
        && TableRows.isRule(text.substring(lines.get(first)[0], lines.get(first)[1]))) {
      first++;
    }
    return first;
  }

  /** Whether a line is a {@link #KEYED_LINE}; each key starts with one of a few capitals. */
  private static boolean isKeyedLine(String line) {
    return "DLPRBCSUT".indexOf(line.charAt(0)) >= 0
        && line.indexOf(':') > 0
        && KEYED_LINE.matcher(line).matches();
  }

  /**
   * Whether a line opens an infobox entry of its own: a "- Key: value" or "Key: value" line, or a
   * label line ("Commanders") whose values follow.
   */
  static boolean startsInfoboxEntry(String line) {
    return line.charAt(0) == '-' && INFOBOX_LINE.matcher(line).matches()
        || isKeyedLine(line)
        || isLabel(line);
  }

  /** Whether the last block is a label line ("Casualties and losses"). */
  private static boolean isLabelLine(List<Block> out) {
    return !out.isEmpty()
        && out.get(out.size() - 1).heading()
        && out.get(out.size() - 1).kind() == Sentence.Kind.LINE;
  }

  /** Non-blank lines as [start, end) with surrounding spaces trimmed. */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      int s = pos;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e - s > 2 && text.charAt(s) == '|' && text.charAt(e - 1) == '|') {
        // a line of a box drawn with bars, "| KEY PEOPLE |": its text, when it is one cell
        int is = s + 1;
        int ie = e - 1;
        if (text.substring(is, ie).indexOf(" | ") < 0 && text.indexOf('|', is) == ie) {
          while (is < ie && Character.isWhitespace(text.charAt(is))) {
            is++;
          }
          while (ie > is && Character.isWhitespace(text.charAt(ie - 1))) {
            ie--;
          }
          s = is;
          e = ie;
        }
      }
      if (e > s && !isBoxRule(text, s, e)) {
        out.add(new int[] {s, e});
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return out;
  }

  /** Whether a bar closes the line whose text ends at {@code end}: a box's border. */
  private static boolean boxed(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '|';
  }

  /** Whether [s, e) of {@code text} is a box's rule: "+-----+", a table's rule between pluses. */
  private static boolean isBoxRule(String text, int s, int e) {
    return text.charAt(s) == '+'
        && text.charAt(e - 1) == '+'
        && TableRows.isRule(text.substring(s, e));
  }

  /** Whether line {@code b} continues the paragraph of line {@code a} (hard-wrapped text). */
  private static boolean joins(String text, int[] a, int[] b) {
    // every test down to the last-character one answers "no": the cheap ones go first
    if (boxed(text, a[1])) {
      return false; // a box's lines are each its own: "| KEY DATES |"
    }
    char last = text.charAt(a[1] - 1);
    int secondBreak = text.indexOf('\n', text.indexOf('\n', a[1]) + 1);
    if (secondBreak >= 0 && secondBreak < b[0]) {
      return false;
    }
    // a wrapped line may end in a period that ends nothing: "of Sept." over "6, now", "Myron T."
    // over "Herrick, who"
    boolean abbreviated =
        last == '.' && endsInAbbreviation(text, a, b)
            // a word that was hyphenated at the line end ("Mili-" over "tary Governor")
            || a[1] < text.length() && text.charAt(a[1]) == LineEndHyphens.LINE_GOES_ON;
    if (".!?:;\"”)]|".indexOf(last) >= 0 && !abbreviated) {
      return false;
    }
    String cur = text.substring(a[0], a[1]);
    String next = text.substring(b[0], b[1]);
    if (next.charAt(0) == '-' && INFOBOX_LINE.matcher(next).matches()
        || isLabel(next)
        || isKeyedLine(next)
        || TabInfobox.isKeyRow(next)
        || next.startsWith("Date") && DATE_KEYED.matcher(next).lookingAt()
        || next.startsWith("- ")
        || next.startsWith("• ")
        || Boilerplate.isBoilerplate(next)
        || next.length() <= 60 && DATELINE.matcher(next).matches()) {
      // "Published 13 November 2014" under a headline is the page's date, not its last words
      return false;
    }
    if (isListItem(cur) && isListItem(next)) {
      // "Kim Il-sung – leader of North Korea" then "Syngman Rhee – …": items of a list
      return false;
    }
    char first = next.charAt(0);
    if (cur.length() < FIGURE_ITEM_CHARS
        && FIGURE_ITEM.matcher(cur).lookingAt()
        && FIGURE_ITEM.matcher(next).lookingAt()) {
      // a fact box's figures, one per line: "about 24,000 Swedes, 4 guns" over "about 6,000
      // Cossacks"
      return false;
    }
    if (abbreviated || last == ',' || Character.isLowerCase(first)) {
      return true;
    }
    int space = cur.length() - 1;
    while (space >= 0 && " \t\n\u000B\f\r".indexOf(cur.charAt(space)) < 0) {
      space--;
    }
    String lastWord = cur.substring(space + 1).toLowerCase(Locale.ROOT);
    if (JOINING_WORDS.contains(lastWord)
        || cur.length() >= 30 && Character.isUpperCase(first) && TITLE_WORDS.contains(lastWord)) {
      // "… the Ninth Army under General" over "Foch has been …": a title ends no paragraph
      return true;
    }
    return cur.length() >= 45
        && Character.isLowerCase(last)
        && Character.isLetterOrDigit(first)
        && !underListHeading(text, a[0]);
  }

  /** A short line that is a figure, maybe hedged: "about 6,000 Cossacks", "c. 550", "total …". */
  private static final Pattern FIGURE_ITEM =
      Regexes.compile(
          "(?i)(?:total\\s+)?(?:(?:about|around|c\\.|ca\\.|circa|approx\\.|approximately|some|over"
              + "|more than|up to|at least|est\\.|estimated)\\s*)?[~+]?\\d");

  /** The most characters of a line read as a {@link #FIGURE_ITEM}; wrapped prose runs longer. */
  private static final int FIGURE_ITEM_CHARS = 45;

  /** Titles that stand before a name, never at a paragraph's end ("under General" / "Foch"). */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "general",
          "colonel",
          "captain",
          "admiral",
          "major",
          "lieutenant",
          "marshal",
          "sergeant",
          "private",
          "commander",
          "ambassador",
          "president",
          "premier",
          "governor",
          "sir",
          "lord",
          "emperor",
          "king",
          "queen",
          "prince",
          "mr.",
          "mrs.",
          "gen.",
          "col.",
          "capt.",
          "lieut.");

  /** Words that open a sentence, so a capital initial's line before them may end one. */
  private static final Set<String> OPENERS =
      Set.of(
          "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And",
          "This", "That", "There", "His", "Her", "Its", "Their", "When", "After", "As", "By");

  /**
   * Whether line {@code a} ends in a period that ends nothing before line {@code b}: a title's
   * ("Gen." over "Lee"), a month's before a day ("Sept." over "6, now made public"), a capital
   * initial's after a name ("Myron T." over "Herrick, who") when the next line goes on with the
   * sentence.
   */
  private static boolean endsInAbbreviation(String text, int[] a, int[] b) {
    int end = a[1] - 1; // the period
    int start = end;
    while (start > a[0] && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || start > a[0] && !Character.isWhitespace(text.charAt(start - 1))) {
      return false;
    }
    String word = text.substring(start, end);
    char first = text.charAt(b[0]);
    if (Abbreviations.isTitle(word)) {
      return Character.isUpperCase(first);
    }
    if (Abbreviations.isMonth(word)) {
      return Character.isDigit(first);
    }
    if (word.length() != 1
        || !Character.isUpperCase(word.charAt(0))
        || "IVX".indexOf(word.charAt(0)) >= 0 // a king's numeral: "his play Henry V."
        || start - 2 < a[0]) {
      return false;
    }
    // the word before the initial is a name's ("Myron") or another initial ("U.")
    int before = start - 2;
    int wordStart = before;
    while (wordStart > a[0] && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    int nextEnd = b[0];
    while (nextEnd < b[1] && Character.isLetter(text.charAt(nextEnd))) {
      nextEnd++;
    }
    // and the surname goes on with the sentence: "Herrick, who", "Grant commanded"; a line of
    // initials alone is a signature ("J. H. C." over "London, November, 1900.")
    return Character.isUpperCase(text.charAt(wordStart))
        && hasLowerCase(text, a[0], start)
        && Character.isUpperCase(first)
        && nextEnd > b[0] + 1
        && !OPENERS.contains(text.substring(b[0], nextEnd))
        && nextEnd + 1 < b[1]
        && (text.charAt(nextEnd) == ','
            || text.charAt(nextEnd) == ' ' && Character.isLowerCase(text.charAt(nextEnd + 1)));
  }

  private static boolean hasLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line starting at {@code lineStart} belongs to a block under a heading of short
   * points ("Key points", "Summary", "What we know"), whose lines are items, not wrapped prose.
   */
  private static boolean underListHeading(String text, int lineStart) {
    int i = lineStart;
    // back over the block's lines to the line after a blank line (or the text's start); a list of
    // points is short, so at most LIST_LINES lines are read (long wrapped text stays linear)
    for (int lines = 0; i > 0 && lines < LIST_LINES; lines++) {
      int prevEnd = i - 1; // the '\n' before line i
      int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
      String prev = text.substring(prevStart, prevEnd).strip();
      if (prev.isEmpty()) {
        break;
      }
      if (LIST_HEADING.matcher(prev).matches()) {
        return true;
      }
      i = prevStart;
    }
    return false;
  }

  /**
   * Whether a line is a newspaper's masthead or publication line: words in capitals and a date with
   * its year ("THE EVENING HERALD, TUESDAY, AUGUST 10, 1915.").
   */
  /** Whether a line near the top gives the page's own date: a dateline, masthead, issue line. */
  private static boolean isDateLine(String line) {
    return DATELINE.matcher(line).matches()
        || PUBLISHED_MONTH.matcher(line).matches()
        || PUBLISHED_NUMERIC.matcher(line).matches()
        || isBylineAndDate(line)
        || isMasthead(line)
        || isIssueLine(line)
        || line.length() <= 60 && LETTER_DATELINE.matcher(line).matches();
  }

  /**
   * Whether a line is a printed page's head: its number, then the paper's name and date ("2 THE
   * EVENING SENTINEL, Wednesday, October 17, 1973"), not a numbered heading.
   */
  private static boolean isFolio(String line) {
    Matcher m = FOLIO.matcher(line);
    return m.lookingAt() && isDateLine(line.substring(m.end()));
  }

  static boolean isMasthead(String line) {
    if (line.length() > 120) {
      return false;
    }
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      letters += Character.isLetter(c) ? 1 : 0;
      capitals += Character.isUpperCase(c) ? 1 : 0;
    }
    return letters >= 10 && capitals * 10 >= letters * 9 && MASTHEAD_DATE.matcher(line).find();
  }

  /** Whether a line can be a link's title in a box of links: short, no full stop at its end. */
  private static boolean isLinkLine(String line) {
    return line.length() < 100 && !line.endsWith(".");
  }

  /** Whether a line reads as an item of a list of terms: "X – Y" or "X: Y", X capitalised. */
  private static boolean isListItem(String line) {
    return Character.isUpperCase(line.charAt(0)) && LIST_ITEM.matcher(line).lookingAt();
  }

  private static boolean isByline(String line) {
    return line.split("\\s+").length <= 9
        && BYLINE.matcher(line).matches()
        && (line.startsWith("By ") || line.contains(" and ") || line.contains(" in "));
  }

  /**
   * A site's section as a line of one or two capitalised words: "Obituaries", "World", "Official
   * Statistics"; or a news section in capitals ("WORLD NEWS").
   */
  private static boolean isSectionName(String line) {
    String t = line.trim();
    if (t.length() < 3 || t.length() > 24 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    int space = t.indexOf(' ');
    if (space > 0
        && (t.indexOf(' ', space + 1) >= 0 || !Character.isUpperCase(t.charAt(space + 1)))) {
      return false;
    }
    if (NEWS_SECTIONS.matcher(t).matches()) {
      return true; // "WORLD NEWS": a news site's section in capitals
    }
    for (int k = 1; k < t.length(); k++) {
      if (!Character.isLowerCase(t.charAt(k)) && k != space && k != space + 1) {
        return false;
      }
    }
    return true;
  }

  /** A news site's sections as it may print them in capitals. */
  private static final Pattern NEWS_SECTIONS =
      Regexes.compile(
          "(?:WORLD|FOREIGN|LATEST|BREAKING|LOCAL|NATIONAL|INTERNATIONAL|US|UK)?\\s?"
              + "(?:NEWS|WORLD|POLITICS|NATION)");

  /** The words a publisher's name ends in ("… Veterans Association", "… History Department"). */
  private static final String ORGANISATION_WORD =
      "(?i:association|society|museum|department|network|institute|foundation|trust|academy"
          + "|council|committee|centre|center|league|federation|club|school|college|university"
          + "|library|archives?|ministry|agency|commission|project|office)";

  /** A capitalised word of a name: "Frozen", "FROZEN", "O'Neill". */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}&'’.-]*";

  /**
   * A publisher's name: capitalised words ending in an organisation's word, maybe with what it is
   * of or for and its initials ("United Nations Office for the Coordination of Humanitarian Affairs
   * (OCHA)").
   */
  private static final Pattern ORGANISATION =
      Regexes.compile(
          "^(?:(?i:the)\\s+)?(?:"
              + NAME_WORD
              + "\\s+){0,5}"
              + ORGANISATION_WORD
              + "(?:\\s+(?i:of|for)\\s+(?:(?i:the)\\s+)?"
              + NAME_WORD
              + "(?:\\s+(?:(?i:of|for|and|the)\\s+)?"
              + NAME_WORD
              + "){0,5})?(?:\\s+\\(\\p{Lu}{2,8}\\))?$");

  /** A publisher's motto with its founding year: "Honoring those who served, 1950". */
  private static final Pattern TAGLINE =
      Regexes.compile("(?i)^[^.|:]{3,60}(?:,|\\bsince|\\best\\.?)\\s*\\d{4}$");

  /** Whether a line is a publisher's name, without figures. */
  private static boolean isOrganisation(String line) {
    return line.length() <= 90 && ORGANISATION.matcher(line.trim()).matches();
  }

  /**
   * A site's menu or trail: "Home | World | UK | Business", "Kids Encyclopedia | Greece | Battles"
   * (two bars or more), "Home > History > Greece".
   */
  private static boolean isNavigation(String line) {
    int bar = line.indexOf(" | ");
    boolean bars = bar > 0 && line.indexOf(" | ", bar + 3) > 0;
    // "BATTLES > RUSSO-JAPANESE WAR": breadcrumbs of the site's sections
    boolean crumbs = line.indexOf(" > ") > 0 || line.indexOf(" › ") > 0 || line.indexOf(" » ") > 0;
    return (bars || crumbs || line.startsWith("Home") && bar > 0)
        && Boilerplate.isBoilerplate(line);
  }

  /**
   * Whether the page's first line is a trail of three or more short parts between bars, none a
   * sentence: the site's sections down to this page ("Hansard | House of Commons | 1942 | 17
   * February 1942"). A table's header is read as a table before this is asked.
   */
  private static boolean isBarredTrail(String line) {
    String[] parts = line.split(" \\| ", -1);
    if (parts.length < 3 || line.length() > 200) {
      return false;
    }
    for (String p : parts) {
      String t = p.trim();
      if (t.isEmpty() || t.length() > 40 || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line names an issue of a periodical or record, with its date: "HC Deb 17 February
   * 1942 vol 377 cc1673-82", "The Daily Courier, Vol. XII, No. 41, March 3, 1863": a short line, no
   * sentence, with a full date and a volume, number, page or column mark.
   */
  private static boolean isIssueLine(String line) {
    return line.length() <= 100
        && !line.endsWith(".")
        && ISSUE_MARK.matcher(line).find()
        && MASTHEAD_DATE.matcher(line).find();
  }

  /** A letter's greeting: "Dear Martha", "My dear Mother,", "Sir,". */
  private static final Pattern GREETING =
      Regexes.compile("(?:(?:My\\s+)?(?:[Dd]ear|[Dd]earest)\\s+\\p{L}|Sir,|Madam,|Gentlemen,)");

  /** Whether one of the two lines after line {@code i} greets: {@code i} heads a letter. */
  private static boolean opensLetter(String text, List<int[]> lines, int i) {
    for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) {
      if (GREETING.matcher(text).region(lines.get(k)[0], lines.get(k)[1]).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A byline or a place, and the page's date: "By Eleanor Marsh | Published 26 May 2020",
   * "Hastings, Nebraska | Wednesday, March 4, 2020".
   */
  private static boolean isBylineAndDate(String line) {
    int bar = line.indexOf(" | ");
    return bar > 3
        && bar < 60
        && ".!?".indexOf(line.charAt(bar - 1)) < 0
        && DATELINE.matcher(line.substring(bar + 3).trim()).matches();
  }

  /** A headline of three words or more (see {@link #looksLikeHeadline}). */
  private static boolean isHeadlineOfWords(String line) {
    return looksLikeHeadline(line) && line.trim().split("\\s+").length >= 3;
  }

  private static boolean looksLikeHeadline(String line) {
    return line.length() <= 160
        && !line.endsWith(".")
        && !line.endsWith(",")
        && !line.startsWith("-");
  }
}
