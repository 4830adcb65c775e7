package dev.quiz.bank.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simple HTML to text that keeps offsets: tags, comments, scripts and styles, and page furniture
 * (nav, aside, form, button, a header or footer outside the article) are replaced by spaces of the
 * same length (a newline first for block tags), entities by their character padded with spaces. So
 * every offset in the result is the offset in the original markup.
 */
final class Html {
  private static final Pattern HIDDEN =
      Regexes.compile("(?is)<!--.*?-->|<(script|style|noscript|head)\\b.*?</\\1\\s*>");

  /** Page furniture: navigation, side boxes, forms and buttons are never article text. */
  private static final Pattern FURNITURE =
      Regexes.compile("(?is)<(nav|aside|form|button|footer|header)\\b.*?</\\1\\s*>");

  /** The article of a page, whose own header and footer are its text. */
  private static final Pattern ARTICLE = Regexes.compile("(?is)<(article|main)\\b.*?</\\1\\s*>");

  private static final Pattern TAG =
      Regexes.compile("(?s)</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>|<!.*?>");
  private static final Pattern ENTITY =
      Regexes.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});");
  private static final Pattern BLOCK =
      Regexes.compile(
          "(?i)p|br|div|li|ul|ol|tr|td|th|table|h[1-6]|title|section|article|header"
              + "|footer|nav|blockquote|pre|dd|dt|figcaption|aside|main|body|html");

  private static final Pattern CELL = Regexes.compile("(?i)td|th");

  private Html() {}

  static boolean looksLikeHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    String head = text.substring(0, Math.min(text.length(), 512)).trim().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  static String blankTags(String html) {
    StringBuilder sb = new StringBuilder(html);
    blank(sb, HIDDEN.matcher(html), true);
    blankFurniture(sb);
    blank(sb, TAG.matcher(sb.toString()), false);
    Matcher e = ENTITY.matcher(sb.toString());
    while (e.find()) {
      char c = entity(e.group(1));
      sb.setCharAt(e.start(), c);
      for (int i = e.start() + 1; i < e.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  /**
   * Blanks {@link #FURNITURE}: every nav, aside, form and button, and a header or footer outside
   * the page's article or main element (a page without one keeps its header, which may hold the
   * title).
   */
  private static void blankFurniture(StringBuilder sb) {
    String page = sb.toString();
    java.util.List<int[]> articles = new java.util.ArrayList<>();
    Matcher a = ARTICLE.matcher(page);
    while (a.find()) {
      articles.add(new int[] {a.start(), a.end()});
    }
    Matcher m = FURNITURE.matcher(page);
    while (m.find()) {
      String tag = m.group(1).toLowerCase(Locale.ROOT);
      boolean inArticle = articles.stream().anyMatch(r -> r[0] <= m.start() && m.end() <= r[1]);
      boolean pageLevel =
          tag.equals("footer") && !inArticle
              || tag.equals("header") && !inArticle && !articles.isEmpty();
      if (pageLevel || !tag.equals("footer") && !tag.equals("header")) {
        for (int i = m.start(); i < m.end(); i++) {
          sb.setCharAt(i, sb.charAt(i) == '\n' ? '\n' : ' ');
        }
        sb.setCharAt(m.start(), '\n');
      }
    }
  }

  private static void blank(StringBuilder sb, Matcher m, boolean always) {
    while (m.find()) {
      boolean block =
          always
              || (m.groupCount() >= 1 && m.group(1) != null && BLOCK.matcher(m.group(1)).matches());
      for (int i = m.start(); i < m.end(); i++) {
        char c = sb.charAt(i);
        sb.setCharAt(i, c == '\n' ? '\n' : ' ');
      }
      if (block && m.end() > m.start()) {
        // a table cell parts cells of one row with a tab, as a text table does (TableRows)
        boolean cell = !always && CELL.matcher(m.group(1)).matches();
        sb.setCharAt(m.start(), cell ? '\t' : '\n');
      }
    }
  }

  private static char entity(String body) {
    if (body.startsWith("#x") || body.startsWith("#X")) {
      return safe(Integer.parseInt(body.substring(2), 16));
    }
    if (body.startsWith("#")) {
      return safe(Integer.parseInt(body.substring(1)));
    }
    switch (body) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      case "nbsp":
        return ' ';
      case "ndash":
        return '\u2013';
      case "mdash":
        return '\u2014';
      case "rsquo":
        return '\u2019';
      case "lsquo":
        return '\u2018';
      case "rdquo":
        return '\u201d';
      case "ldquo":
        return '\u201c';
      default:
        return ' ';
    }
  }

  private static char safe(int cp) {
    return cp > 0 && cp < 0xD800 ? (char) cp : ' ';
  }
}
