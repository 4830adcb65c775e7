package dev.quiz.bank.generate;

import dev.quiz.bank.text.Regexes;
import dev.quiz.bank.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document as its cloze texts see it: the title, the units, and the sides of its infobox, read
 * once per document rather than once per fact. Immutable.
 *
 * @param title the document's title ("" when it has none)
 * @param units its units in order
 * @param sides the infobox's sides in order (see {@link #sides(List)}), maybe empty
 * @param breaks the indexes of the units that begin a paragraph or follow a heading or a line
 */
record Page(String title, List<Sentence> units, List<String> sides, java.util.BitSet breaks) {
  private static final Pattern SIDE_LINE =
      Regexes.compile("^-\\s*(?:Combatants?|Belligerents?|Sides?|Parties)(\\d):\\s*(.+)$");
  private static final Pattern SIDE_LABEL =
      Regexes.compile("(?:Combatants?|Belligerents?|Sides?|Parties)(\\d)");
  private static final Pattern SIDES_HEADING =
      Regexes.compile("(?i)(?:Belligerents|Combatants|Parties)");

  /**
   * An infobox line of the sides parted by bars: "Belligerents: United States | Confederate
   * States".
   */
  private static final Pattern SIDES_BARRED =
      Regexes.compile("^-?\\s*(?:Combatants|Belligerents|Sides|Parties):\\s*(.+ \\| .+)$");

  Page {
    units = List.copyOf(units);
    sides = List.copyOf(sides);
    breaks = (java.util.BitSet) breaks.clone();
  }

  /** The page of a document with {@code title} and {@code units}, its paragraphs unknown. */
  static Page of(String title, List<Sentence> units) {
    return new Page(title, units, sides(units), new java.util.BitSet());
  }

  /**
   * The page of a document with {@code title} and {@code units} taken from {@code text}: a unit
   * after a blank line, or after text that is no unit (a heading), begins a paragraph.
   */
  static Page of(String title, List<Sentence> units, String text) {
    java.util.BitSet breaks = new java.util.BitSet();
    for (int i = 1; i < units.size(); i++) {
      int from = units.get(i - 1).span().end();
      int to = units.get(i).span().start();
      int newlines = 0;
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == '\n') {
          newlines++;
        } else if (!Character.isWhitespace(c)) {
          newlines = 2;
        }
        if (newlines >= 2) {
          breaks.set(i);
          break;
        }
      }
    }
    return new Page(title, units, sides(units), breaks);
  }

  /** Whether {@code unit} runs on from the unit before it, in the same paragraph. */
  boolean runsOn(Sentence unit) {
    return unit.index() > 0 && !breaks.get(unit.index());
  }

  /**
   * The sides of an infobox in order: the values of "- Combatant1: …", "- Combatant2: …" lines or
   * of the cells of a tab-separated "Belligerents" row (labelled "Belligerents1", …), or the line
   * after a "Belligerents"/"Combatants" heading when it reads "A (X) B (Y)"; else empty.
   */
  static List<String> sides(List<Sentence> units) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String t = units.get(i).text().trim();
      Matcher m = SIDE_LINE.matcher(t);
      Matcher cell = SIDE_LABEL.matcher(units.get(i).label().orElse(""));
      Matcher barred = SIDES_BARRED.matcher(t);
      if (out.isEmpty()
          && units.get(i).kind() == Sentence.Kind.INFOBOX
          && t.indexOf(" | ") > 0
          && barred.matches()) {
        // "Belligerents: United States (Union) | Confederate States": the sides in order
        List<String> parts = new ArrayList<>();
        for (String part : barred.group(1).split(" \\| ")) {
          parts.add(firstParty(part));
        }
        if (parts.stream().allMatch(x -> !x.isEmpty() && Words.count(x) <= MAX_SIDE_WORDS)) {
          return parts;
        }
      }
      if (units.get(i).kind() == Sentence.Kind.INFOBOX
          && t.charAt(0) != '-'
          && cell.matches()
          && Integer.parseInt(cell.group(1)) == out.size() + 1) {
        // a tab-separated infobox row: "Belligerents<TAB>France<TAB>German Empire"
        out.add(t);
      } else if (m.matches()
          && Integer.parseInt(m.group(1)) == out.size() + 1
          && Words.count(firstParty(m.group(2))) <= MAX_SIDE_WORDS) {
        out.add(firstParty(m.group(2)));
      } else if (out.isEmpty() && SIDES_HEADING.matcher(t).matches() && i + 1 < units.size()) {
        List<String> listed = listedSides(units, i);
        if (!listed.isEmpty()) {
          return listed;
        }
        String[] parts = units.get(i + 1).text().trim().split("(?<=\\))\\s+(?=\\p{Lu})");
        if (parts.length >= 2
            && Arrays.stream(parts).allMatch(x -> x.matches("[^()]+\\([^()]+\\)"))) {
          return Arrays.stream(parts).map(x -> x.replaceAll("^.*\\(([^()]+)\\)$", "$1")).toList();
        }
      }
    }
    return out;
  }

  /**
   * The most words a side's name may have: "Moroccan followers of the deposed sultan Abu Abdallah
   * Mohammed II" names one; a longer line is a description.
   */
  private static final int MAX_SIDE_WORDS = 12;

  /**
   * A side as its infobox line names it, or its first party when it lists several ("Kingdom of
   * Jerusalem, Knights Templar, Knights Hospitaller, County of Tripoli": "Kingdom of Jerusalem").
   */
  private static String firstParty(String side) {
    String s = side.trim().replaceAll("[,;]\\s*$", "");
    if (Words.count(s) <= 8) {
      return s;
    }
    int cut = s.indexOf(',');
    int semi = s.indexOf(';');
    if (cut < 0 || semi >= 0 && semi < cut) {
      cut = semi;
    }
    return cut > 0 ? s.substring(0, cut).trim() : s;
  }

  /** A party and what it sent: "Spain (Blue Division)". */
  private static final Pattern QUALIFIED_PARTY = Regexes.compile("^([^()]+?)\\s*\\([^()]+\\)$");

  /**
   * The sides listed one per line under the "Belligerents" label line at {@code i} of an infobox
   * flattened onto lines ("Belligerents", " French Empire", " Russian Empire"): two names, or one
   * short one and "the other side" when the page lost the second (its flag only); else empty.
   */
  private static List<String> listedSides(List<Sentence> units, int i) {
    List<String> names = new ArrayList<>(parties(units, i));
    if (names.size() == 1 && Words.count(names.get(0)) <= 2) {
      // "France" alone: a longer line may be both sides run together ("Kingdom of England
      // Kingdom of France", "Francia Umayyad Caliphate")
      names.add("the other side");
    }
    return names.size() == 2 ? names : List.of();
  }

  /** The party names on the lines under the label line at {@code i}; empty when one is no name. */
  private static List<String> parties(List<Sentence> units, int i) {
    Sentence head = units.get(i);
    if (head.kind() != Sentence.Kind.LINE || head.label().isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int k = i + 1; k < units.size(); k++) {
      Sentence u = units.get(k);
      String t = QUALIFIED_PARTY.matcher(u.text().trim()).replaceFirst("$1");
      // an offline copy's lines are prose under the label ("Belligerents", "Germany", "Finland")
      if (u.kind() != Sentence.Kind.LINE && u.kind() != Sentence.Kind.PROSE
          || !u.label().equals(head.label())) {
        break;
      }
      if (Words.count(t) > 6
          || t.isEmpty()
          || !Character.isUpperCase(t.charAt(0))
          || SameKind.hasDigit(t)
          || t.indexOf('(') >= 0) {
        return List.of();
      }
      names.add(t);
    }
    return names;
  }

  /**
   * The parties under an infobox's "Belligerents" label line, one per line, when there are more
   * than two ("Germany", "Finland", "Spain (Blue Division)", "Soviet Union"): the first is of the
   * first side, and where the second side begins the lines do not say. Else empty.
   */
  static List<String> manyParties(List<Sentence> units) {
    for (int i = 0; i < units.size(); i++) {
      if (SIDES_HEADING.matcher(units.get(i).text().trim()).matches()) {
        List<String> names = parties(units, i);
        return names.size() > 2 ? names : List.of();
      }
    }
    return List.of();
  }
}
