package dev.quiz.core.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A small GIFT reader for tests: categories, named questions, the answer block with = (right), ~
 * (wrong), # (numeric) and TRUE/FALSE, and general feedback after ####. Fails on unbalanced braces.
 */
final class GiftParser {
  private GiftParser() {}

  record Answer(boolean right, String text) {}

  record Question(
      String category,
      String name,
      String text,
      String block,
      List<Answer> answers,
      String feedback) {}

  static List<Question> parse(String gift) {
    List<Question> out = new ArrayList<>();
    String category = "";
    for (String chunk : gift.split("\n\n")) {
      String c = chunk.strip();
      if (c.isEmpty() || c.startsWith("//")) {
        continue;
      }
      if (c.startsWith("$CATEGORY:")) {
        category = c.substring("$CATEGORY:".length()).strip();
        continue;
      }
      out.add(question(category, c));
    }
    return out;
  }

  private static Question question(String category, String c) {
    if (!c.startsWith("::")) {
      throw new IllegalArgumentException("question without a name: " + c);
    }
    int nameEnd = unescaped(c, "::", 2);
    String name = unescape(c.substring(2, nameEnd));
    String rest = c.substring(nameEnd + 2);
    if (rest.startsWith("[html]")) {
      rest = rest.substring("[html]".length());
    }
    int open = unescaped(rest, "{", 0);
    int close = unescaped(rest, "}", open + 1);
    if (open < 0
        || close < 0
        || unescaped(rest, "{", open + 1) >= 0 && unescaped(rest, "{", open + 1) < close) {
      throw new IllegalArgumentException("unbalanced answer block: " + c);
    }
    if (unescaped(rest, "{", close + 1) >= 0 || unescaped(rest, "}", close + 1) >= 0) {
      throw new IllegalArgumentException("more than one answer block: " + c);
    }
    String text = unescape(rest.substring(0, open) + "____" + rest.substring(close + 1)).strip();
    String block = rest.substring(open + 1, close);
    String feedback = "";
    int fb = unescaped(block, "####", 0);
    if (fb >= 0) {
      feedback = unescape(block.substring(fb + 4));
      block = block.substring(0, fb);
    }
    return new Question(category, name, text, block.strip(), answers(block.strip()), feedback);
  }

  private static List<Answer> answers(String block) {
    List<Answer> out = new ArrayList<>();
    if (block.equals("TRUE") || block.equals("FALSE") || block.startsWith("#")) {
      out.add(new Answer(true, block));
      return out;
    }
    int i = 0;
    while (i < block.length()) {
      char mark = block.charAt(i);
      if (mark != '=' && mark != '~') {
        throw new IllegalArgumentException("answer must start with = or ~ at " + i + ": " + block);
      }
      int eq = unescaped(block, "=", i + 1);
      int ti = unescaped(block, "~", i + 1);
      int next = eq < 0 ? ti : ti < 0 ? eq : Math.min(eq, ti);
      if (next < 0) {
        next = block.length();
      }
      out.add(new Answer(mark == '=', unescape(block.substring(i + 1, next)).strip()));
      i = next;
    }
    return out;
  }

  /** Index of {@code token} at or after {@code from} not preceded by a backslash escape, or -1. */
  static int unescaped(String s, String token, int from) {
    for (int i = from; i <= s.length() - token.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
        continue;
      }
      if (s.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
