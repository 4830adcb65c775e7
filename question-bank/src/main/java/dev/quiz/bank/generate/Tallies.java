package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberWords;
import dev.quiz.bank.text.Regexes;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count whose own sentence lists what it counts right after it: "three kingdoms, Wei, Shu and
 * Wu", "lost three battles, at Stormberg, Magersfontein and Colenso", "Five Americans died: four
 * military policemen and a Marine guard". A learner shown the list counts the answer off it, so a
 * cloze (and what is built on it) ends before the list. Stateless.
 */
final class Tallies {
  /** Counts this small are the ones a list spells out item by item. */
  private static final int MAX_COUNT = 12;

  /** An item of a list is a name or a short phrase. */
  private static final int MAX_ITEM_WORDS = 6;

  /**
   * Up to three words after the count (its noun, a verb), then the comma or colon of a list; with
   * no word, the colon of an answer that names its items ("Four: Akagi, Kaga, …").
   */
  private static final Pattern HEAD =
      Regexes.compile(
          "(?:\\s+[\\p{L}’'-]+){0,3}?(\\s*[,:])\\s+(?:(?:at|in|on|namely|including|from)\\s+)?");

  /** Between two items: a comma, "and" or "or", or both. */
  private static final Pattern SEPARATOR =
      Regexes.compile("\\s*,\\s+(?:(and|or)\\s+)?|\\s+(and|or)\\s+");

  /** Where a list ends at the latest: a clause break or the sentence's end. */
  private static final Pattern LIST_END = Regexes.compile(";|\\s[–—]\\s|\\.(?:\\s|$)|$");

  /** Words an item may start with in lower case. */
  private static final java.util.Set<String> OPENERS =
      java.util.Set.of("the", "his", "her", "their", "its");

  private Tallies() {}

  /**
   * Where in {@code f}'s sentence the list that spells out its count begins (the comma or colon
   * after the counted noun), or -1 when no such list follows the answer.
   */
  static int listStart(Fact f) {
    if (!(f instanceof NumberFact n)
        || n.value().low() != n.value().high()
        || n.value().low() < 2
        || n.value().low() > MAX_COUNT
        || n.value().low() != Math.rint(n.value().low())) {
      return -1;
    }
    String s = f.evidence().sentence();
    int from = f.evidence().localAnswer().end();
    Matcher head = HEAD.matcher(s).region(from, s.length());
    if (!head.lookingAt() || head.start(1) == from && s.charAt(head.end(1) - 1) != ':') {
      return -1;
    }
    Matcher end = LIST_END.matcher(s);
    int stop = end.find(head.end()) ? end.start() : s.length();
    return spellsOut(s, head.end(), stop, (int) n.value().low()) ? head.start(1) : -1;
  }

  /**
   * Whether the items of {@code s} from {@code at} to {@code stop} add up to {@code count} at an
   * item that closes a list ("… and Wu"): each item counts as its leading number ("four military
   * policemen") or as one.
   */
  private static boolean spellsOut(String s, int at, int stop, int count) {
    Matcher sep = SEPARATOR.matcher(s).region(at, stop);
    int sum = 0;
    boolean last = false;
    int i = at;
    while (i < stop) {
      int next = sep.find() ? sep.start() : stop;
      int items = items(s.substring(i, next));
      if (items == 0) {
        return false;
      }
      sum += items;
      if (last && sum == count) {
        return true;
      }
      if (sum >= count || next == stop) {
        return false;
      }
      last = sep.group(1) != null || sep.group(2) != null;
      i = sep.end();
    }
    return false;
  }

  /** How many things an item names (its leading number, else one), or 0 when it is no item. */
  private static int items(String item) {
    String[] words = item.trim().split("\\s+");
    if (words.length == 0 || words[0].isEmpty() || words.length > MAX_ITEM_WORDS) {
      return 0;
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    OptionalDouble n = NumberWords.cardinal(first); // "four", "a"
    if (n.isPresent()) {
      double v = n.getAsDouble();
      return v >= 1 && v == Math.rint(v) && v <= MAX_COUNT ? (int) v : 0;
    }
    if (first.chars().allMatch(Character::isDigit) && first.length() <= 2) {
      return Integer.parseInt(first);
    }
    return Character.isUpperCase(words[0].codePointAt(0)) || OPENERS.contains(first) ? 1 : 0;
  }
}
