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
  private static final Pattern INFOBOX_LINE = Pattern.compile("^-\\s*([A-Za-z ]+?)(\\d?):\\s*");

  /** The cloze text of a fact, or empty when no good one can be made. */
  Optional<String> text(Fact f, Sentence unit, String title, List<Sentence> units) {
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
    String prefix = "";
    Matcher ib = INFOBOX_LINE.matcher(s);
    if (ib.find() && from < ib.end()) {
      from = ib.end();
      prefix = (title.isEmpty() ? "" : title + " — ") + ib.group(1).trim()
          + (ib.group(2).isEmpty() ? "" : " (side " + ib.group(2) + ")") + ": ";
    } else if (unit.kind() != Sentence.Kind.PROSE && unit.kind() != Sentence.Kind.TITLE) {
      String label = unit.label().orElse("");
      boolean labelled = !label.isEmpty() && !s.startsWith(label);
      prefix = (title.isEmpty() ? "" : title + (labelled ? " — " : ": ")) + (labelled ? label + ": " : "");
    }
    String body = s.substring(from, a.start()) + Prompt.BLANK + s.substring(a.end(), to);
    if (Words.of(body).size() < 7 && unit.label().isPresent() && unit.kind() != Sentence.Kind.TITLE) {
      body = neighbours(unit, units, body);
    }
    String text = prefix + (from > 0 ? "… " : "") + body + (to < s.length() ? " …" : "");
    text = Words.oneLine(text);
    if (Words.shows(text, f.answer()) || Words.of(text).size() < 3) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A list item shown between its neighbours: "Henri Navarre; ____; André Trancart". */
  private static String neighbours(Sentence unit, List<Sentence> units, String body) {
    StringBuilder sb = new StringBuilder();
    int i = unit.index();
    if (i > 0 && sameList(units.get(i - 1), unit)) {
      sb.append(units.get(i - 1).text()).append("; ");
    }
    sb.append(body);
    if (i + 1 < units.size() && sameList(units.get(i + 1), unit)) {
      sb.append("; ").append(units.get(i + 1).text());
    }
    return sb.toString();
  }

  private static boolean sameList(Sentence a, Sentence b) {
    return a.kind() != Sentence.Kind.TITLE && a.label().equals(b.label()) && a.label().isPresent()
        && !a.text().equals(a.label().get());
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
