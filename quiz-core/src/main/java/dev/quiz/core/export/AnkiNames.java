package dev.quiz.core.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Deck names and tags as Anki accepts them (README §5.4, §11). Stateless, thread-safe. */
final class AnkiNames {
  /** The parent of every per-document deck. */
  static final String ROOT_DECK = "Quiz";

  private static final Pattern LEVELS = Pattern.compile("::");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private AnkiNames() {}

  /**
   * A deck name Anki keeps as written: levels split at {@code ::}, each trimmed, empty levels
   * dropped, control characters removed, runs of spaces made one, {@code "} replaced by {@code '};
   * empty if nothing is left.
   */
  static String deckName(String raw) {
    List<String> parts = new ArrayList<>();
    for (String part : LEVELS.split(AnkiText.clean(raw), -1)) {
      String p = SPACES.matcher(part.replace('"', '\'')).replaceAll(" ").trim();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return String.join("::", parts);
  }

  /**
   * The deck of a document: {@code Quiz::<title>}, the title's own {@code ::} kept as one level.
   */
  static String documentDeck(String title) {
    String level = deckName(title.replace("::", ": "));
    return level.isEmpty() ? ROOT_DECK : ROOT_DECK + "::" + level;
  }

  /**
   * {@code name} and every parent of it, parents first: {@code A}, {@code A::B}, {@code A::B::C}.
   */
  static List<String> withParents(String name) {
    List<String> out = new ArrayList<>();
    int at = name.indexOf("::");
    while (at >= 0) {
      out.add(name.substring(0, at));
      at = name.indexOf("::", at + 2);
    }
    out.add(name);
    return out;
  }

  /**
   * One tag: whitespace (including U+3000) becomes {@code _}, control characters and quotes are
   * removed; empty if nothing is left.
   */
  static String tag(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        b.append('_');
      } else if (Character.getType(c) != Character.CONTROL && c != '"' && c != '\'') {
        b.append(c);
      }
    }
    return AnkiText.clean(b.toString());
  }

  /**
   * Cleaned tags, without empty ones and Anki's system tags {@code marked} and {@code leech},
   * duplicates removed case-insensitively (first spelling wins), sorted case-insensitively.
   */
  static List<String> tags(Collection<String> raw) {
    Map<String, String> byKey = new TreeMap<>();
    for (String r : raw) {
      String t = tag(r);
      String key = t.toLowerCase(Locale.ROOT);
      if (!t.isEmpty() && !key.equals("marked") && !key.equals("leech")) {
        byKey.putIfAbsent(key, t);
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /** The {@code notes.tags} column: {@code " a b "}, or {@code ""} for no tags. */
  static String tagColumn(List<String> tags) {
    return tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ";
  }
}
