package dev.quiz.bank.extract;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.TableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what a number counts: the noun phrase after it ("Taliban fighters"), or a label. */
final class NounPhrases {
  private static final Pattern FINAL_DIGITS = Regexes.compile("\\d+$");
  private static final Pattern LEADING_LABEL =
      Regexes.compile("^([A-Z][\\p{L} ]{2,30}?):?\\s+[~\\d]");
  private static final Pattern WORD =
      Regexes.compile("\\G\\s*([\\p{L}][\\p{L}'’-]*|\\d[\\d,]*-\\p{L}+)");
  private static final Set<String> STOP =
      Set.of(
          "were",
          "was",
          "are",
          "is",
          "had",
          "have",
          "has",
          "who",
          "which",
          "that",
          "in",
          "on",
          "at",
          "to",
          "from",
          "into",
          "towards",
          "toward",
          "across",
          "by",
          "with",
          "for",
          "and",
          "or",
          "but",
          "while",
          "as",
          "after",
          "before",
          "during",
          "since",
          "when",
          "where",
          "the",
          "a",
          "an",
          "than",
          "over",
          "under",
          "would",
          "will",
          "could",
          "can",
          "did",
          "do",
          "said",
          "ago",
          "earlier",
          "later",
          "away",
          "long",
          "old",
          "more",
          "each",
          "apiece",
          "near",
          "this",
          "these",
          "those",
          "there",
          "here",
          "up",
          "out",
          "off",
          "per",
          "inside",
          "today",
          "yesterday",
          "tonight",
          "now",
          "then",
          "again",
          "also");

  /** The counted noun phrase after the number (at most 4 words), else the unit's label, else "". */
  String counted(String text, NumberScanner.Phrase p, Optional<String> label) {
    String unit = p.style().unit().trim();
    if (!unit.isEmpty() && Character.isLetter(unit.charAt(0))) {
      return unit;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int pos = p.end();
    boolean ofSeen = false;
    while (words.size() < 5 && m.find(pos) && m.start() == pos) {
      String w = m.group(1);
      String l = w.toLowerCase(Locale.ROOT);
      if (l.equals("and") && !words.isEmpty() && nextCapitalized(text, m.end())) {
        words.add(w);
        pos = m.end();
        continue;
      }
      if (l.equals("of")) {
        if (ofSeen || words.isEmpty() && !nextIsPronoun(text, m.end())) {
          break;
        }
        ofSeen = true;
      } else if (STOP.contains(l)
          || l.endsWith("ly") && l.length() > 4
          || !words.isEmpty()
              && (l.endsWith("ing") && l.length() > 5
                  || l.endsWith("ed") && !ADJECTIVAL_ED.contains(l))) {
        break;
      }
      words.add(w);
      pos = m.end();
      if (ofSeen && words.size() >= 2 && PRONOUNS.contains(l)) {
        break;
      }
      if (pos < text.length() && ",.;:()[]\"“”".indexOf(text.charAt(pos)) >= 0) {
        break;
      }
    }
    while (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("of")) {
      words.remove(words.size() - 1);
    }
    if (!words.isEmpty()) {
      return String.join(" ", words);
    }
    Optional<List<String>> columns = TableRows.columns(label);
    if (columns.isPresent()) {
      // a table cell counts what its column is named for: "killed"
      int k = TableRows.cellAt(text, p.start(), p.end());
      return k > 0 && k < columns.get().size() ? columns.get().get(k).toLowerCase(Locale.ROOT) : "";
    }
    return label.map(l -> FINAL_DIGITS.matcher(l).replaceAll("")).orElse(leadingLabel(text, p));
  }

  /**
   * Words in "-ed" that name a kind of people or things inside a counted phrase ("453 UK armed
   * forces personnel"), not a verb after it ("5,000 men killed").
   */
  private static final Set<String> ADJECTIVAL_ED =
      Set.of("armed", "unarmed", "armoured", "armored", "mounted", "uniformed", "enlisted");

  private static final Set<String> PRONOUNS = Set.of("them", "whom", "which", "these", "those");

  private static boolean nextCapitalized(String text, int from) {
    String rest = text.substring(from).trim();
    return !rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) || rest.startsWith("al-"));
  }

  private static boolean nextIsPronoun(String text, int from) {
    String rest = text.substring(from).trim().toLowerCase(Locale.ROOT);
    return rest.startsWith("them")
        || rest.startsWith("whom")
        || rest.startsWith("which")
        || rest.startsWith("these")
        || rest.startsWith("those");
  }

  /**
   * A table row "Killed 80,666 28,231" is labelled by its first word; a sentence ("The United
   * States lost about 150 aircraft, and Japan lost 248.") is not a row.
   */
  private static String leadingLabel(String text, NumberScanner.Phrase p) {
    if (PersonCandidates.endsSentence(text)) {
      return "";
    }
    Matcher m = LEADING_LABEL.matcher(text);
    return m.find() && m.end() <= p.numEnd() ? m.group(1).trim() : "";
  }
}
