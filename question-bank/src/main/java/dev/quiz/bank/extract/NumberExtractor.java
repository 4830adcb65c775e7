package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers worth asking about: counts, ranges, approximations, percentages, fractions, ranks
 * and measures, with what they count. Leaves out dates, times, years, footnote marks, page and
 * section numbers, codes in names ("055 Brigade", "B-52") and "one of". Stateless, thread-safe.
 */
public final class NumberExtractor implements FactExtractor<NumberFact> {
  static final Pattern NOT_FACTS =
      Regexes.compile(
          "^\\d{1,2}\\.\\s|\\[[^\\]]{0,20}\\]|\\b(?:p|pp|No|no|nos)\\.\\s*\\d+(?:\\s*[–-]\\s*\\d+)?|#\\d+"
              + "|\\bISBN(?:-1[03])?:?\\s*[\\dX][\\dX -]{8,16}[\\dX]"
              + "|\\b(?:page|Page|Route|Article|Section|Chapter|Resolution|Flight|Platform|number|Number)"
              + "\\s+\\d+|\\d+\\s*[°′″]"
              // a telephone number: "(703) 614-4309", "telephone 030 6798 4423", "+44 20 7946 0018"
              + "|\\(\\d{3}\\)\\s?\\d{3}-\\d{4}"
              // (words spelled out, no classes: the starts of NOT_FACTS stay a few words)
              + "|\\b(?:Telephone|telephone|Tel|tel|Phone|phone|Fax|fax|Call|call)[.:]?\\s*\\+?\\d"
              + "[\\d ()-]{5,18}\\d"
              + "|\\+\\d{1,3}[ -]\\d{1,4}[ -]\\d{3,4}[ -]?\\d{3,4}"
              // a statistic's confidence interval: "(95% CI 4.3-7.1)", "95% CI: 4.3 to 7.1"
              + "|\\((?:80|90|95|99)\\s?%\\s*(?:CI|confidence interval)\\b[^)\\n]{0,40}\\)"
              + "|(?:80|90|95|99)\\s?%\\s*(?:CI|confidence interval)\\b[,:;]?\\s*"
              + "(?:\\d[\\d,.]*\\s*(?:[–-]|to)\\s*\\d[\\d,.]*)?"
              // a rate's denominator: "5.5 deaths per 1,000"
              + "|\\bper\\s+(?:10|100|1,?000|10,?000|100,?000|1,?000,?000)(?![\\d,])"
              // the interval of a figure just given: "about 654,965 (392,979-942,636) more deaths"
              + "|(?<=\\d[^.;:()\\n]{0,40})\\(\\d[\\d,.]*\\s*[–-]\\s*\\d[\\d,.]*\\)");
  private static final Prefixes NOT_FACT_STARTS = Prefixes.of(NOT_FACTS);

  /** A share's part and "in (every)" or "out of (every)" before its whole: "five in every ". */
  private static final Pattern SHARE_BEFORE =
      Regexes.compile(
          "(?i)(?<![\\p{L}\\d,.])([\\d,]+|[a-z]+)\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?$");

  /** Whether the number at {@code start} is the whole of a share: "five in every [six]". */
  private static boolean isShareWhole(String text, int start) {
    int b = start;
    while (b > 0 && Chars.isSpace(text.charAt(b - 1))) {
      b--;
    }
    if (b < 2
        || !(text.startsWith("in", b - 2)
            || text.startsWith("of", b - 2)
            || text.startsWith("ry", b - 2))) {
      return false; // "in", "out of", "every" end the words before a share's whole
    }
    Matcher m = SHARE_BEFORE.matcher(text).region(Math.max(0, start - 30), start);
    m.useTransparentBounds(true);
    if (!m.find()) {
      return false;
    }
    String part = m.group(1);
    return Chars.isDigit(part.charAt(0))
        || NumberWords.isCardinalWord(part.toLowerCase(Locale.ROOT));
  }

  /**
   * What follows a share's part: "in every six", "out of 10", "of its 140,000", "of the 1.8
   * million", "of Iraq's 42".
   */
  private static final Pattern SHARE_AFTER =
      Regexes.compile(
          "(?i)\\s+(?:(?:in|out\\s+of)\\s+(?:every\\s+)?|of\\s+(?:(?:its|the|their|his|her|our"
              + "|an\\s+estimated|a\\s+total\\s+of|about|some|around|nearly|almost"
              + "|[\\p{L}.-]+['’]s)\\s+)*)"
              + "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)(?:\\s+(million|billion))?\\b");

  /** A figure in digits, maybe of millions: groups 1 (the digits) and 2 (the multiplier). */
  private static final String FIGURE =
      "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|billion))?";

  /** Words that may stand between "of" and a whole: "of the", "of its estimated". */
  private static final String WHOLE_DETERMINERS =
      "(?:(?:the|its|their|his|her|our|these|those|an\\s+estimated|a\\s+total\\s+of|about|some"
          + "|around|nearly|almost|[\\p{L}.-]+['’]s)\\s+)*";

  /** Words of approximation before a part: "Of the 629 deaths, some 547 …". */
  private static final String PART_APPROXIMATIONS =
      "(?:(?:about|some|around|nearly|almost|roughly|approximately|only|just|over|more\\s+than"
          + "|fewer\\s+than|less\\s+than|at\\s+least|an\\s+estimated)\\s+)*";

  /**
   * What the whole's noun may be before the comma that a part follows: no figure, no clause end.
   */
  private static final String WHOLE_NOUN = "\\s+[^,;:!?\\d]{1,60}?,\\s+";

  /** What turns from a whole to its part: "57,470 casualties, of whom …", ", including …". */
  private static final String PART_OF = "(?:of\\s+(?:whom|which|them|these|those)|including)\\s+";

  /** A whole named before its part: "Of the 629 deaths recorded, " (then the part). */
  private static final Pattern OF_WHOLE_BEFORE =
      Regexes.compile(
          "(?i)\\bof\\s+" + WHOLE_DETERMINERS + FIGURE + WHOLE_NOUN + PART_APPROXIMATIONS + "$");

  /** A whole before "of whom" and its part: "57,470 casualties, of whom " (then the part). */
  private static final Pattern WHOLE_OF_WHOM_BEFORE =
      Regexes.compile(
          "(?i)(?<![\\d,.])" + FIGURE + WHOLE_NOUN + PART_OF + PART_APPROXIMATIONS + "$");

  /** Before a whole whose part follows: "Of the " (then "629 deaths recorded, 547 …"). */
  private static final Pattern OF_BEFORE =
      Regexes.compile("(?i)\\bof\\s+" + WHOLE_DETERMINERS + "$");

  /** After a whole, its part: " deaths recorded, 547", " casualties, of whom 19,240". */
  private static final Pattern PART_AFTER =
      Regexes.compile("(?i)" + WHOLE_NOUN + "(" + PART_OF + ")?" + PART_APPROXIMATIONS + FIGURE);

  /**
   * A figure in digits or words, maybe of millions: groups 1 (digits or words) and 2 (the
   * multiplier).
   */
  private static final String FIGURE_OR_WORDS =
      "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
          + NumberWords.CARDINAL
          + "(?![\\p{L}-]))(?:\\s+(million|billion))?";

  /** What follows a part that its whole came before: " of them killed", " of these armoured". */
  private static final String OF_THEM = "\\s+of\\s+(?:them|these|those)\\b";

  /** After a whole, its part and "of them": " divisions, ten of them" (the whole came first). */
  private static final Pattern PART_OF_THEM_AFTER =
      Regexes.compile("(?i)" + WHOLE_NOUN + PART_APPROXIMATIONS + FIGURE_OR_WORDS + OF_THEM);

  /** Before a part and "of them", its whole: "57,470 casualties, " (then "19,240 of them"). */
  private static final Pattern WHOLE_BEFORE_PART =
      Regexes.compile(
          "(?i)(?<![\\d,.])(?<![\\p{L}-])"
              + FIGURE_OR_WORDS
              + WHOLE_NOUN
              + PART_APPROXIMATIONS
              + "$");

  /** " of them" right after a part. */
  private static final Pattern OF_THEM_NEXT = Regexes.compile("(?i)" + OF_THEM);

  /** A part before "of" and its whole: "some 116,000 of its " (then the whole). */
  private static final Pattern PART_OF_BEFORE =
      Regexes.compile("(?i)(?<![\\d,.])" + FIGURE + "\\s+of\\s+" + WHOLE_DETERMINERS + "$");

  /** How far before a number its whole or part may begin. */
  private static final int SHARE_WINDOW = 120;

  /**
   * The whole that a share's part is out of ("five in every six of them": 6; "three out of 10": 10;
   * "116,000 of its 140,000 people": 140,000; "Of the 629 deaths recorded, 547 …": 629; "57,470
   * casualties, of whom 19,240 …": 57,470), or empty when the number is no such part.
   */
  public static OptionalDouble wholeOfShare(NumberFact f) {
    String s = f.evidence().sentence();
    int start = f.evidence().localAnswer().start();
    int end = f.evidence().localAnswer().end();
    OptionalDouble v = OptionalDouble.empty();
    Matcher m;
    if (s.startsWith(" of th", end)
        && OF_THEM_NEXT.matcher(s).region(end, s.length()).lookingAt()) {
      // "57,470 casualties, 19,240 of them killed": the whole came first
      Matcher b = WHOLE_BEFORE_PART.matcher(s).region(Math.max(0, start - SHARE_WINDOW), start);
      b.useTransparentBounds(true);
      if (b.find()) {
        v = figureOrWords(b.group(1), b.group(2));
      }
    } else if ((m = SHARE_AFTER.matcher(s).region(end, s.length())).lookingAt()) {
      String whole = m.group(1);
      v =
          Chars.isDigit(whole.charAt(0))
              ? OptionalDouble.of(Double.parseDouble(whole.replace(",", "")))
              : NumberWords.cardinal(whole);
      if (v.isPresent() && m.group(2) != null) {
        v = OptionalDouble.of(v.getAsDouble() * NumberWords.multiplier(m.group(2)));
      }
    } else if (mayFollowItsWhole(s, start)) {
      // a part after a comma: the whole came first
      for (Pattern p : List.of(OF_WHOLE_BEFORE, WHOLE_OF_WHOM_BEFORE)) {
        Matcher b = p.matcher(s).region(Math.max(0, start - SHARE_WINDOW), start);
        b.useTransparentBounds(true);
        if (b.find()) {
          v = figure(b.group(1), b.group(2));
          break;
        }
      }
    }
    return v.isPresent() && v.getAsDouble() > f.value().high() ? v : OptionalDouble.empty();
  }

  /**
   * The part that a whole holds ("Of the 629 deaths recorded, 547 …": 547; "57,470 casualties, of
   * whom 19,240 …": 19,240; "116,000 of its 140,000 people": 116,000), or empty when the number is
   * no such whole.
   */
  public static OptionalDouble partOfWhole(NumberFact f) {
    String s = f.evidence().sentence();
    int start = f.evidence().localAnswer().start();
    int end = f.evidence().localAnswer().end();
    OptionalDouble v = OptionalDouble.empty();
    int of = s.lastIndexOf(" of ", start);
    Matcher before = PART_OF_BEFORE.matcher(s).region(Math.max(0, start - 40), start);
    before.useTransparentBounds(true);
    boolean partBefore = of >= 0 && of > start - 40 && before.find();
    if (partBefore) {
      v = figure(before.group(1), before.group(2));
    } else if (mayPrecedeItsPartOfThem(s, end)) {
      // "24 divisions, ten of them armoured": the part follows with "of them"
      Matcher after =
          PART_OF_THEM_AFTER.matcher(s).region(end, Math.min(s.length(), end + SHARE_WINDOW));
      if (after.lookingAt()) {
        v = figureOrWords(after.group(1), after.group(2));
      }
    }
    if (!partBefore && v.isEmpty() && mayPrecedeItsPart(s, end)) {
      Matcher after = PART_AFTER.matcher(s).region(end, Math.min(s.length(), end + SHARE_WINDOW));
      if (after.lookingAt()) {
        Matcher ofBefore = OF_BEFORE.matcher(s).region(Math.max(0, start - 40), start);
        ofBefore.useTransparentBounds(true);
        if (after.group(1) != null || ofBefore.find()) {
          v = figure(after.group(2), after.group(3));
        }
      }
    }
    return v.isPresent() && v.getAsDouble() < f.value().low() ? v : OptionalDouble.empty();
  }

  /**
   * Whether the number at {@code start} may be a part after its whole and a comma ("Of the 629
   * deaths recorded, 547", "57,470 casualties, of whom 19,240"): a comma shortly before it with no
   * figure between, and a digit before the comma. A cheap test before the patterns.
   */
  private static boolean mayFollowItsWhole(String s, int start) {
    int comma = start > 0 ? s.lastIndexOf(',', start - 1) : -1;
    if (comma <= 0 || s.charAt(start - 1) != ' ' || start - comma > 40) {
      return false;
    }
    for (int k = comma + 1; k < start; k++) {
      if (Chars.isDigit(s.charAt(k))) {
        return false;
      }
    }
    for (int k = Math.max(0, start - SHARE_WINDOW); k < comma; k++) {
      if (Chars.isDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number ending at {@code end} may be a whole before a comma and its part (" deaths
   * recorded, 547", " casualties, of whom 19,240"): a comma within the noun's reach and a digit
   * soon after it. A cheap test before the patterns.
   */
  private static boolean mayPrecedeItsPart(String s, int end) {
    int comma = s.indexOf(',', end);
    if (comma < 0 || comma - end > 80) {
      return false;
    }
    for (int k = comma + 1; k < Math.min(s.length(), comma + 50); k++) {
      if (Chars.isDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number ending at {@code end} may be a whole before a comma, its part and "of them"
   * (" divisions, ten of them"): a comma within the noun's reach and " of th" soon after it. A
   * cheap test before the pattern.
   */
  private static boolean mayPrecedeItsPartOfThem(String s, int end) {
    int comma = s.indexOf(',', end);
    if (comma < 0 || comma - end > 60) {
      return false;
    }
    int of = s.indexOf(" of th", comma);
    return of > 0 && of - comma < 40;
  }

  /** The value of a {@link #FIGURE_OR_WORDS}'s figure ("19,240", "ten") and multiplier. */
  private static OptionalDouble figureOrWords(String figure, String multiplier) {
    if (Chars.isDigit(figure.charAt(0))) {
      return figure(figure, multiplier);
    }
    OptionalDouble v = NumberWords.cardinal(figure);
    return v.isPresent() && multiplier != null
        ? OptionalDouble.of(v.getAsDouble() * NumberWords.multiplier(multiplier))
        : v;
  }

  /**
   * The value of a {@link #FIGURE}'s digits and multiplier (null for none); empty for four digits
   * that may be a year ("of 1941, 300 …").
   */
  private static OptionalDouble figure(String digits, String multiplier) {
    double v = Double.parseDouble(digits.replace(",", ""));
    if (multiplier == null && digits.length() == 4 && v >= 1000 && v <= 2100) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(multiplier == null ? v : v * NumberWords.multiplier(multiplier));
  }

  /** What follows an hour of the clock: "10 in the morning", "one o'clock", "9 at night". */
  private static final Pattern CLOCK_AFTER =
      Regexes.compile(
          "\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|o['’]\\s?clock)\\b");

  private static final Pattern MULTIPLIER = Regexes.compile("[\\s-]+(?i:million|billion|thousand)");
  private static final Pattern DIGITS = Regexes.compile("\\d+");
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("until", "till", "since", "before", "after", "in", "Until", "Since", "In");

  /** Capitalised words of units' names after their ordinal ("the 1st Infantry Division"). */
  private static final Set<String> UNIT_NAME_WORDS =
      Set.of(
          "Airborne",
          "Army",
          "Armies",
          "Armoured",
          "Armored",
          "Artillery",
          "Battalion",
          "Brigade",
          "Cavalry",
          "Company",
          "Corps",
          "Division",
          "Dragoons",
          "Fleet",
          "Foot",
          "Guards",
          "Hussars",
          "Infantry",
          "Lancers",
          "Light",
          "Marine",
          "Marines",
          "Mountain",
          "Panzer",
          "Parachute",
          "Regiment",
          "Rifles",
          "Squadron",
          "Wing",
          "Flotilla",
          "Legion",
          "Air",
          "Battle",
          "Cruiser",
          "Destroyer",
          "Tank",
          "Motorized",
          "Mechanized",
          "SS",
          "Special",
          "Commando",
          "Ranger",
          "Rangers",
          "Signal",
          "Engineer",
          "Engineers",
          "Field",
          "Heavy");

  /** A section's number: "4.3", "2.1.5". */
  private static final Pattern DOTTED = Regexes.compile("\\d+(?:\\.\\d+)+");

  /**
   * Singular words of a formation's name, which a plain number before names ("2 Para", "3 Commando
   * Brigade") rather than counts ("5 Marines" counts).
   */
  private static final Set<String> FORMATION_WORDS =
      Set.of(
          "Para",
          "Commando",
          "Brigade",
          "Division",
          "Corps",
          "Battalion",
          "Regiment",
          "Squadron",
          "Flotilla",
          "Platoon",
          "Battery",
          "Panzer",
          "Parachute",
          "Airborne",
          "Armoured",
          "Armored",
          "Infantry",
          "Cavalry",
          "Mountain");

  /**
   * Words a number after which numbers a part of a text, a building or a tour ("Stop 2"), not a
   * fact; in lower case.
   */
  static final Set<String> STRUCTURE_WORDS =
      Set.of(
          "stop",
          "track",
          "chapter",
          "part",
          "section",
          "gallery",
          "room",
          "figure",
          "fig.",
          "table",
          "plate",
          "volume",
          "vol.",
          "page",
          "episode",
          "lesson",
          "unit",
          "book",
          "act",
          "scene",
          "article",
          "item",
          "question",
          "exercise",
          "step",
          "appendix",
          "map",
          "worksheet",
          "activity",
          "task",
          "module",
          "no.");

  private static final Set<String> LABEL_WORDS =
      Set.of(
          "total",
          "killed",
          "wounded",
          "missing",
          "prisoners",
          "dead",
          "captured",
          "about",
          "around",
          "some",
          "nearly",
          "almost",
          "over",
          "approximately",
          "only",
          "just",
          "exactly",
          "between",
          "from",
          "estimated",
          "of",
          "at",
          "up",
          "more",
          "than",
          "least",
          "roughly",
          "strength",
          "casualties",
          "losses",
          "injured",
          "displaced",
          "to",
          "and",
          "or");
  private static final Set<String> DURATION_BEFORE =
      Set.of(
          "after", "for", "within", "in", "over", "than", "exactly", "about", "nearly", "only",
          "just", "almost", "some", "barely", "around", "under", "lasting", "took", "spent");
  private static final Set<String> DETERMINERS =
      Set.of("the", "its", "their", "his", "her", "our", "a", "an", "my", "your");
  private static final Set<String> ORDINAL_STOP =
      Set.of(
          // "in the first minutes", "the first days of the war": a stretch of time, no rank
          "minutes",
          "hours",
          "days",
          "weeks",
          "months",
          "years",
          "moments",
          "thing",
          "things",
          "words",
          "word",
          "parallel", // "the 38th parallel": a line's name
          "century", // "historians of the 19th century": an age, not a count
          "centuries",
          "step",
          "steps",
          "sign",
          "signs",
          "glance",
          "place",
          "half",
          "part",
          "instance",
          "of",
          "person",
          "hand",
          "one",
          "two",
          "three");
  private static final Set<String> ONE_STOP =
      Set.of(
          "of",
          "another",
          "day",
          "side",
          "hand",
          "way",
          "by",
          "",
          "who",
          "that",
          "which",
          // "Let me take one more": a turn of speech, no count; "One is that …"
          "more",
          "is",
          "was",
          "other");

  /** " position at a time", " line to another" after "one". */
  private static final Pattern AT_A_TIME =
      Regexes.compile(
          "(?i)(?:\\s+[\\p{L}'’-]+){0,2}\\s+(?:at\\s+a\\s+time|to\\s+(?:another|the\\s+other|the\\s+next))\\b");

  private final NounPhrases nouns = new NounPhrases();

  @Override
  public List<NumberFact> extract(DocumentContext doc) {
    List<NumberFact> out = new ArrayList<>();
    // any month will do: dates are only marked here so their digits are not taken as counts
    OptionalInt month = OptionalInt.of(doc.date().map(d -> d.getMonthValue()).orElse(1));
    DateParser.Anchor anchor = new DateParser.Anchor(doc.year(), month);
    for (Sentence s : doc.units()) {
      if (Units.usable(s)) {
        OptionalInt year = doc.yearOf(s);
        out.addAll(
            inUnit(doc, s, year.equals(doc.year()) ? anchor : new DateParser.Anchor(year, month)));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private List<NumberFact> inUnit(DocumentContext doc, Sentence s, DateParser.Anchor anchor) {
    if (s.label().filter(l -> l.equalsIgnoreCase("date")).isPresent()) {
      return List.of(); // "Date: 5–10 June 1967 (6 days)": the length is the dates' own
    }
    String text = s.text();
    boolean[] used = new boolean[text.length()];
    for (DateParser.Match m : doc.dates(s, anchor)) {
      DateParser.mark(used, m.start(), m.end());
    }
    RelativeDates.mark(doc.relativeDates(s), used);
    SkipMatcher nf = new SkipMatcher(NOT_FACTS, text, i -> mayStartNotFact(text, i));
    while (nf.find()) {
      DateParser.mark(used, nf.matcher().start(), nf.matcher().end());
    }
    markClockTimes(text, used);
    List<NumberScanner.Atom> atoms = new ArrayList<>();
    boolean title = s.kind() == Sentence.Kind.TITLE;
    for (NumberScanner.Atom a : NumberScanner.atoms(text, used)) {
      // "The first day on the Somme": a title's rank names the subject, it is no fact to ask
      if (keep(text, a) && !(title && a.form() == NumberStyle.Form.ORDINAL)) {
        atoms.add(a);
      }
    }
    List<NumberFact> out = new ArrayList<>();
    for (NumberScanner.Phrase p : NumberScanner.phrases(text, atoms)) {
      // "five in every six of them": the whole a share is out of is no count of its own
      if (isShareWhole(text, p.start())) {
        continue;
      }
      // "Afghanistan's second- and third-largest cities": the hyphen waits for "largest"
      int end = p.end() > p.start() + 1 && text.charAt(p.end() - 1) == '-' ? p.end() - 1 : p.end();
      String answer = text.substring(p.start(), end);
      String about = nouns.counted(text, p, s.label());
      AnswerValue.Number v = new AnswerValue.Number(p.low(), p.high(), p.approx());
      out.add(
          new NumberFact(
              about, answer, v, Units.evidence(doc.name(), s, p.start(), end), p.style()));
    }
    return out;
  }

  /**
   * Where {@link #NOT_FACTS} can start: a digit at the start or with a degree mark after it, '[' or
   * '#', or a word such as "page" at a word start with a '.' or white space and then a digit after
   * it.
   */
  /**
   * Marks in {@code used} the times of a 24-hour clock ("16:52 GMT", "at 21:15", "06:30:00"): their
   * hours and minutes are no counts. One or two digits up to 23, a colon, two digits up to 59.
   */
  static void markClockTimes(String text, boolean[] used) {
    int n = text.length();
    for (int c = text.indexOf(':'); c > 0; c = text.indexOf(':', c + 1)) {
      int b = c;
      while (b > 0 && c - b < 2 && Chars.isDigit(text.charAt(b - 1))) {
        b--;
      }
      if (b == c
          || b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')
          || c + 3 > n
          || !Chars.isDigit(text.charAt(c + 1))
          || !Chars.isDigit(text.charAt(c + 2))
          || c + 3 < n && Chars.isDigit(text.charAt(c + 3))
          || Integer.parseInt(text.substring(b, c)) > 23
          || text.charAt(c + 1) > '5') {
        continue;
      }
      int e = c + 3;
      if (e + 2 < n
          && text.charAt(e) == ':'
          && Chars.isDigit(text.charAt(e + 1))
          && Chars.isDigit(text.charAt(e + 2))) {
        e += 3; // seconds
      }
      DateParser.mark(used, b, e);
    }
  }

  static boolean mayStartNotFact(String text, int i) {
    if (!NOT_FACT_STARTS.at(text, i)) {
      return false;
    }
    char c = text.charAt(i);
    if (Chars.isDigit(c)) {
      // only "^\d{1,2}\.\s", "\d+\s*[°′″]" and a confidence level start with a digit
      int k = Chars.spacesEnd(text, Chars.digitsEnd(text, i));
      return i == 0 || Chars.oneOf(text, k, "°′″") || Chars.oneOf(text, k, "%");
    }
    if (!Character.isLetter(c)) {
      return true;
    }
    if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      return false;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    int k = j;
    while (k < text.length() && ". \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    return k > j && k < text.length() && SkipMatcher.isDigit(text.charAt(k));
  }

  private static boolean keep(String text, NumberScanner.Atom a) {
    if (a.start() > 0
        && text.lastIndexOf('(', a.start()) >= Math.max(0, a.start() - 16)
        && CONVERSION_BEFORE
            .matcher(text)
            .region(Math.max(0, a.start() - CONVERSION_WINDOW), a.start())
            .find()) {
      return false; // "40 km (25 miles)": the same distance in other units
    }
    String w = text.substring(a.start(), a.end());
    String prev = Units.previousWord(text, a.start());
    String next = Units.nextWord(text, a.end());
    if ((a.form() == NumberStyle.Form.DIGITS || a.form() == NumberStyle.Form.WORDS)
        && a.value() <= 12
        && CLOCK_AFTER.matcher(text).region(a.end(), text.length()).lookingAt()) {
      return false; // "at about 10 in the morning", "one o'clock": a time of day, not a count
    }
    if (a.start() >= 8
        && (text.startsWith("past ", a.start() - 5) || text.startsWith("to ", a.start() - 3))
        && PAST_THE_HOUR.matcher(text).region(Math.max(0, a.start() - 20), a.start()).find()) {
      return false; // "at half past two", "a quarter to four"
    }
    switch (a.form()) {
      case DIGITS:
        return keepDigits(text, a, w, prev);
      case ORDINAL:
        return keepOrdinal(text, a, w, prev, next);
      case WORDS:
        return keepWords(w, prev, next, text, a);
      case FRACTION:
        if (w.indexOf('/') < 0) {
          return a.value() < 1; // "one in five"
        }
        String den = w.substring(w.indexOf('/') + 1);
        return Integer.parseInt(den) <= 12 && !den.equals("11");
      default:
        return true;
    }
  }

  /** Before the hour of a time of day: "half past ", "a quarter to ". */
  private static final Pattern PAST_THE_HOUR =
      Regexes.compile("\\b(?:half|quarter)\\s+(?:past|to)\\s+$");

  /** A measure and an opening bracket before a number: what follows converts the measure. */
  private static final Pattern CONVERSION_BEFORE =
      Regexes.compile(
          "\\d[\\d,.]*\\s?(?:km|kilometres|kilometers|mi|miles|m|metres|meters|ft|feet|yd|yards"
              + "|kg|lb|lbs|pounds|tons|tonnes|sq ?mi|sq ?km|km2|km²|square miles|square kilometres"
              + "|square kilometers|mph|km/h|kph|knots|in|inches|cm|mm|°C|°F|hectares|ha|acres"
              + "|nautical miles|nmi)\\s*\\(\\s*(?:about\\s+|some\\s+|approximately\\s+|c\\.\\s*)?$");

  private static final int CONVERSION_WINDOW = 60;

  /**
   * Whether a bare number of at most three digits ending at {@code end} reads as a year of the
   * first millennium: after "until", "since", "before", "after", "in" or an opening "By", with
   * nothing counted after it ("By 208, Cao Cao …", "a division that lasted until 280.").
   */
  private static boolean yearOfOldDate(String text, int end, String prev) {
    if (!YEAR_PREPOSITIONS.contains(prev) && !prev.equals("By")) {
      return false;
    }
    int k = Chars.spacesEnd(text, end);
    return k >= text.length() || ",.;:)".indexOf(text.charAt(k)) >= 0;
  }

  private static boolean keepDigits(String text, NumberScanner.Atom a, String w, String prev) {
    String bare = MULTIPLIER.matcher(w).replaceAll("");
    if (bare.length() > 1 && bare.startsWith("0") && !bare.startsWith("0.")) {
      return false;
    }
    boolean plain = DIGITS.matcher(bare).matches();
    if (plain
        && bare.length() == 4
        && a.value() >= 1000
        && a.value() <= 2100
        && !Years.countFollows(text, Years.rangeEnd(text, a.end()))) {
      return false;
    }
    if (plain && bare.length() <= 3 && yearOfOldDate(text, a.end(), prev)) {
      return false;
    }
    // "Gallery 3", "Chapter 9", "Figure 2", "Worksheet 4.3": the number names a part of the text
    // or the place
    if ((plain || DOTTED.matcher(bare).matches()) && STRUCTURE_WORDS.contains(lower(prev))) {
      return false;
    }
    // "2 Para", "3 Commando Brigade", "6 Airborne Division": the number of a formation's name
    if (plain && a.value() < 1000 && FORMATION_WORDS.contains(Units.nextWord(text, a.end()))) {
      return false;
    }
    // "Year 8 History": a school year
    if (plain && prev.equals("Year") && a.value() <= 13) {
      return false;
    }
    boolean nameCode =
        plain
            && a.value() < 10000
            && !prev.isEmpty()
            && Character.isUpperCase(prev.charAt(0))
            && !LABEL_WORDS.contains(lower(prev))
            && a.start() > prev.length() + 1
            && !prev.endsWith(".")
            && !prev.endsWith(":")
            // "South Vietnam's 44 provincial capitals": a possessive's count, no name's number
            && !prev.endsWith("'s")
            && !prev.endsWith("’s")
            && !shouted(text);
    return !nameCode;
  }

  /**
   * Whether {@code text} is written in capitals only ("OKINAWA CONQUERED AFTER 82 DAYS"), where a
   * capitalised word before a number is no name ("Apollo 11").
   */
  private static boolean shouted(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean keepOrdinal(
      String text, NumberScanner.Atom a, String w, String prev, String next) {
    if (text.startsWith("-in-command", a.end()) || text.startsWith("‑in-command", a.end())) {
      return false; // "his second-in-command": a post, not a rank in a series
    }
    if (w.contains("-") || w.contains(" ")) {
      return true;
    }
    if (Character.isUpperCase(w.charAt(0)) || UNIT_NAME_WORDS.contains(next)) {
      return false; // "the 82nd Airborne", "the 2nd Parachute Battalion": a unit's name
    }
    String p = lower(prev);
    boolean determiner = DETERMINERS.contains(p) || p.endsWith("'s") || p.endsWith("’s");
    boolean punctuationNext = a.end() < text.length() && ",.;:".indexOf(text.charAt(a.end())) >= 0;
    return determiner && !punctuationNext && !ORDINAL_STOP.contains(lower(next));
  }

  private static boolean keepWords(
      String w, String prev, String next, String text, NumberScanner.Atom a) {
    String l = lower(w);
    String p = lower(prev);
    String before = text.substring(0, a.start()).trim();
    boolean starts =
        before.isEmpty() || ".!?:;\"“".indexOf(before.charAt(before.length() - 1)) >= 0;
    // "the Seven Years' War", "the "Big Four"", "the Four shoal": a capitalised number word
    // inside a name
    if (Character.isUpperCase(w.charAt(0))
        && !starts
        && (Character.isUpperCase(next.isEmpty() ? 'x' : next.charAt(0))
            || !prev.isEmpty() && Character.isUpperCase(prev.charAt(0))
            || p.equals("the"))) {
      return false;
    }
    // "about three quarters of the city", "two thirds of the army": a share, not a count of
    // quarters
    if (FRACTION_PARTS.contains(lower(next))) {
      return false;
    }
    if (l.equals("one")) {
      if (AT_A_TIME.matcher(text).region(a.end(), text.length()).lookingAt()) {
        return false; // "one bone at a time", "from one line to another": a manner, not a count
      }
      boolean punct = a.end() < text.length() && ",.;:".indexOf(text.charAt(a.end())) >= 0;
      return !punct
          && !ONE_STOP.contains(lower(next))
          && !Set.of("no", "the", "any", "every", "which", "each", "this", "that").contains(p);
    }
    if (l.equals("a") || l.equals("an")) {
      return DURATION_BEFORE.contains(p);
    }
    if (l.equals("half")) {
      // "the eastern half of the city": a part of a place, not an amount
      // "at half past two": a time of day
      return !Set.of("first", "second", "latter", "other", "the", "upper", "lower", "top", "bottom")
              .contains(p)
          && !p.endsWith("ern")
          && !lower(next).equals("past");
    }
    return true;
  }

  /** The parts of a whole a number word may count ("three quarters", "two thirds"). */
  private static final Set<String> FRACTION_PARTS =
      Set.of("quarters", "thirds", "fifths", "sixths", "eighths", "tenths", "quarter", "third");

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
