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
      Pattern.compile(
          "(?:^|[\\s(])(?:Gen|Lt|Col|Capt|Cpt|Maj|Sgt|Cpl|Adm|Brig|Cmdr|Mr|Mrs|Ms|Dr|St"
              + "|Gov|Sen|Rep|Rev|Jr|Sr|No|Mt|Ft|Pres|Prof|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct"
              + "|Nov|Dec|inst|vs|approx|ca|c|p|pp|U\\.S|U\\.K|U\\.N|[A-Z])\\.$");

  /** The longest text ABBREVIATION can match: a space, "approx" and the period. */
  private static final int ABBREVIATION_REACH = 8;

  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{3}[.!?])(?=\\p{Lu})");

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
      for (int[] s : sentences(text, b.start(), b.end())) {
        String st = text.substring(s[0], s[1]);
        Sentence.Kind kind = appeal.isBoilerplate(st) ? Sentence.Kind.BOILERPLATE : proseOrLine(st);
        add(out, text, s[0], s[1], kind, b.label());
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Sentence.Kind proseOrLine(String s) {
    char last = s.charAt(s.length() - 1);
    return ".!?\"”’'".indexOf(last) >= 0 || s.length() > 100
        ? Sentence.Kind.PROSE
        : Sentence.Kind.LINE;
  }

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
              || !endsSentence(text, merged.get(merged.size() - 1)))) {
        merged.get(merged.size() - 1)[1] = e;
      } else {
        merged.add(new int[] {s, e});
      }
    }
    if (merged.isEmpty()) {
      merged.add(new int[] {from, to});
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : merged) {
      if (!mayBeGlued(text, s[0], s[1])) {
        out.add(s);
        continue;
      }
      Matcher g = GLUED.matcher(text.substring(s[0], s[1]));
      int start = s[0];
      while (g.find()) {
        out.add(new int[] {start, s[0] + g.start()});
        start = s[0] + g.start();
      }
      out.add(new int[] {start, s[1]});
    }
    return out;
  }

  private static boolean endsSentence(String text, int[] s) {
    String st = text.substring(s[0], s[1]).trim();
    return !st.isEmpty() && ".!?\"”’')]".indexOf(st.charAt(st.length() - 1)) >= 0;
  }

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

  /** Tracks a donation appeal box: from its opening sentence to its closing one. */
  private static final class Appeal {
    private boolean open;
    private int length;

    boolean isBoilerplate(String sentence) {
      Boilerplate.Verdict v = Boilerplate.judge(sentence);
      if (v.furniture() || v.startsAppeal()) {
        open = open || v.startsAppeal();
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
