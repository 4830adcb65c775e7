package dev.quiz.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Questions grouped by document for the Moodle exports: one question-bank category each. */
final class Categories {
  private Categories() {}

  /** Unique items by document name (sorted), each list in test order. */
  static Map<String, List<SheetItem>> byDocument(TestSheet sheet) {
    Map<String, List<SheetItem>> out = new TreeMap<>();
    for (SheetItem item : sheet.uniqueItems()) {
      String doc = item.question().source().document();
      List<SheetItem> list = out.get(doc);
      if (list == null) {
        list = new ArrayList<>();
        out.put(doc, list);
      }
      list.add(item);
    }
    return out;
  }

  /**
   * The category path {@code $course$/top/TITLE/DOCUMENT}; a slash inside a name is doubled, as
   * Moodle reads it, and line breaks become spaces.
   */
  static String path(String title, String document) {
    return "$course$/top/" + name(title) + "/" + name(document);
  }

  private static String name(String s) {
    return s.replaceAll("[\\r\\n]+", " ").trim().replace("/", "//");
  }

  /** "Source: DOC — sentence", the feedback a learner sees after answering. */
  static String feedback(SheetItem item) {
    return "Source: "
        + item.question().source().document()
        + " \u2014 "
        + item.question().source().evidence();
  }
}
