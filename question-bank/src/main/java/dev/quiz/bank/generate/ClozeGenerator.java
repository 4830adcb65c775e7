package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.text.Sentence;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks the answer in its evidence, trimmed to the clause that carries it when the sentence is long.
 * Stateless.
 */
final class ClozeGenerator {
  private static final int LONG_WORDS = 30;
  private static final int MIN_WORDS = 7;
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(";\\s|:\\s|\\s[–—]\\s|,\\s(?=(?:while|but|and|although|though|whereas|which"
          + "|when|as|after|before|having|leaving|killing|with|where|who)\\b)|\\.\\s");
  /** An infobox mark right after a name: killed in action ("†", "(KIA)"), taken prisoner ("(POW)"). */
  private static final Pattern KILLED_MARK = Pattern.compile("\\s*(?:†|\\(KIA\\)|KIA\\b)");
  private static final Pattern CAPTURED_MARK = Pattern.compile("\\s*(?:\\(POW\\)|POW\\b)");
  /** A footnote's number before its text ("3. Figures vary …"). */
  private static final Pattern NOTE_NUMBER = Pattern.compile("^\\d{1,2}\\.\\s+(?=\\p{Lu})");
  private static final Pattern INFOBOX_LINE = Pattern.compile("^-\\s*([A-Za-z ]+?)(\\d?):\\s*");

  /** The cloze text of a fact, or empty when no good one can be made. */
  Optional<String> text(Fact f, Sentence unit, String title, List<Sentence> units) {
    String s = f.evidence().sentence();
    boolean row = unit.kind() == Sentence.Kind.INFOBOX || unit.kind() == Sentence.Kind.LINE
        || unit.kind() == Sentence.Kind.PROSE && TableCells.looksLikeRow(s);
    Optional<String> text = row ? rowText(f, unit, title)
        : sentenceText(f).map(t -> Context.resolve(t, previous(unit, units), title, f.answer()));
    return text.map(Words::oneLine)
        .filter(t -> !Words.shows(t, f.answer()) && Words.of(t).size() >= 3);
  }

  /**
   * A multiple-choice stem for a person named in a list line ("Commanders: A, B, C"): the list is
   * not shown, the learner picks the listed name; empty when the line has no label.
   */
  Optional<String> listedPerson(Fact f, Sentence unit, String title) {
    String label = label(unit);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    String after = unit.text().substring(f.evidence().localAnswer().end());
    String ask = KILLED_MARK.matcher(after).lookingAt() ? "which of these was killed in action?"
        : CAPTURED_MARK.matcher(after).lookingAt() ? "which of these was taken prisoner?"
        : "which of these is listed?";
    return Optional.of((title.isEmpty() ? "" : title + " — ") + label + ": " + ask);
  }

  /** The running-text sentence just before {@code unit}, or "". */
  static String previous(Sentence unit, List<Sentence> units) {
    int i = unit.index() - 1;
    return i >= 0 && i < units.size() && units.get(i).kind() == Sentence.Kind.PROSE ? units.get(i).text() : "";
  }

  private static Optional<String> sentenceText(Fact f) {
    String s = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    int from = 0;
    int to = s.length();
    if (Words.of(s).size() > LONG_WORDS) {
      from = clauseStart(s, a.start());
      to = clauseEnd(s, a.end());
      if (Words.of(s.substring(from, to)).size() < MIN_WORDS) {
        from = 0;
        to = s.length();
      }
    }
    String body = s.substring(from, a.start()) + Prompt.BLANK + s.substring(a.end(), to);
    String text = (from > 0 ? "… " : "") + body + (to < s.length() ? " …" : "");
    return Optional.of(NOTE_NUMBER.matcher(text).replaceFirst(""));
  }

  private static Optional<String> rowText(Fact f, Sentence unit, String title) {
    String s = f.evidence().sentence();
    TextSpan a = f.evidence().localAnswer();
    Matcher ib = INFOBOX_LINE.matcher(s);
    int from = ib.find() && ib.end() <= a.start() ? ib.end() : 0;
    String label = label(unit);
    if (from > 0) {
      label = ib.group(1).trim() + (ib.group(2).isEmpty() ? "" : " (side " + ib.group(2) + ")");
    }
    String header = from == 0 && label.matches("\\p{Lu}\\S*(?: \\p{Lu}\\S*)+") ? label : "";
    String blanked = unglue(s.substring(from, a.start()) + Prompt.BLANK + s.substring(a.end()));
    Optional<String> cell = TableCells.cell(blanked, header, !label.isEmpty());
    String shownLabel = header.isEmpty() ? label : "";
    String context = title + (title.isEmpty() || shownLabel.isEmpty() ? "" : " — ") + shownLabel;
    return cell.map(c -> context.isEmpty() ? c : context + (c.startsWith("(") ? " " : ": ") + c);
  }

  /** "Date____" (a label run into its value) reads as "Date: ____". */
  static String unglue(String text) {
    return text.replaceAll("(\\p{L})" + Prompt.BLANK, "$1: " + Prompt.BLANK);
  }

  private static String label(Sentence unit) {
    String label = unit.label().orElse("").trim();
    Matcher ib = INFOBOX_LINE.matcher(unit.text());
    if (ib.find()) {
      return ib.group(1).trim() + (ib.group(2).isEmpty() ? "" : " (side " + ib.group(2) + ")");
    }
    return unit.text().startsWith(label) ? "" : label;
  }

  private static int clauseStart(String s, int answerStart) {
    Matcher m = CLAUSE_BREAK.matcher(s);
    int start = 0;
    while (m.find() && m.end() <= answerStart) {
      start = m.end();
    }
    return start;
  }

  private static int clauseEnd(String s, int answerEnd) {
    Matcher m = CLAUSE_BREAK.matcher(s);
    while (m.find()) {
      if (m.start() >= answerEnd) {
        return s.charAt(m.start()) == '.' ? m.start() + 1 : m.start();
      }
    }
    return s.length();
  }
}
