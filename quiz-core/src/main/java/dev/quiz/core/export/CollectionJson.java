package dev.quiz.core.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;

/**
 * The five JSON columns of {@code col} (README §6): settings, note types, decks, the deck option
 * group and the tag registry. Keys are written in a fixed order, so the same plan gives the same
 * text. Stateless, thread-safe.
 */
final class CollectionJson {
  /** Deck 1, "Default", which every collection has. */
  static final long DEFAULT_DECK = 1L;

  private static final String LATEX_PRE =
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
          + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n"
          + "\\begin{document}\n";

  private CollectionJson() {}

  /** {@code col.conf}: v2 scheduling, rollover and {@code creationOffset} (README §6.1). */
  static String conf(DayClock clock, int rolloverHour, int nextPosition) {
    JsonObject o = new JsonObject();
    o.addProperty("schedVer", 2);
    o.addProperty("rollover", rolloverHour);
    o.addProperty("creationOffset", clock.creationOffsetMinutes());
    o.addProperty("nextPos", nextPosition);
    o.addProperty("curModel", NoteType.BASIC.id());
    o.add("activeDecks", array(DEFAULT_DECK));
    o.addProperty("curDeck", DEFAULT_DECK);
    o.addProperty("newSpread", 0);
    o.addProperty("collapseTime", 1200);
    o.addProperty("timeLim", 0);
    o.addProperty("estTimes", true);
    o.addProperty("dueCounts", true);
    o.addProperty("addToCur", true);
    o.addProperty("newBury", true);
    o.addProperty("sortType", "noteFld");
    o.addProperty("sortBackwards", false);
    o.addProperty("dayLearnFirst", false);
    return o.toString();
  }

  /** {@code col.models}: the fixed note types. */
  static String models(long modSeconds) {
    JsonObject all = new JsonObject();
    for (NoteType t : NoteType.ALL) {
      all.add(Long.toString(t.id()), model(t, modSeconds));
    }
    return all.toString();
  }

  private static JsonObject model(NoteType t, long modSeconds) {
    JsonObject m = new JsonObject();
    m.addProperty("id", t.id());
    m.addProperty("name", t.name());
    m.addProperty("type", t.cloze() ? 1 : 0);
    m.addProperty("mod", modSeconds);
    m.addProperty("usn", -1);
    m.addProperty("sortf", 0);
    m.addProperty("did", DEFAULT_DECK);
    JsonArray fields = new JsonArray();
    for (int i = 0; i < t.fields().size(); i++) {
      fields.add(field(t.fields().get(i), i));
    }
    m.add("flds", fields);
    JsonArray templates = new JsonArray();
    templates.add(template(t));
    m.add("tmpls", templates);
    m.addProperty("css", NoteType.CSS);
    m.addProperty("latexPre", LATEX_PRE);
    m.addProperty("latexPost", "\\end{document}");
    m.addProperty("latexsvg", false);
    m.add("req", t.cloze() ? new JsonArray() : req(t));
    m.add("tags", new JsonArray());
    m.add("vers", new JsonArray());
    return m;
  }

  private static JsonObject field(String name, int ord) {
    JsonObject f = new JsonObject();
    f.addProperty("name", name);
    f.addProperty("ord", ord);
    f.addProperty("sticky", false);
    f.addProperty("rtl", false);
    f.addProperty("font", "Arial");
    f.addProperty("size", 20);
    f.add("media", new JsonArray());
    return f;
  }

  private static JsonObject template(NoteType t) {
    JsonObject o = new JsonObject();
    o.addProperty("name", t.templateName());
    o.addProperty("ord", 0);
    o.addProperty("qfmt", t.front());
    o.addProperty("afmt", t.back());
    o.addProperty("bqfmt", "");
    o.addProperty("bafmt", "");
    o.add("did", JsonNull.INSTANCE);
    return o;
  }

  /** README §6.2's simple rule: one front field → "all", several → "any". */
  private static JsonArray req(NoteType t) {
    JsonArray indexes = new JsonArray();
    for (int i : t.frontFields()) {
      indexes.add(i);
    }
    JsonArray entry = new JsonArray();
    entry.add(0);
    entry.add(t.frontFields().size() == 1 ? "all" : "any");
    entry.add(indexes);
    JsonArray req = new JsonArray();
    req.add(entry);
    return req;
  }

  /** {@code col.decks}: "Default" and every deck of the plan, keyed by id. */
  static String decks(Map<String, Long> decks, long modSeconds) {
    JsonObject all = new JsonObject();
    all.add(Long.toString(DEFAULT_DECK), deck(DEFAULT_DECK, "Default", modSeconds));
    for (Map.Entry<String, Long> d : decks.entrySet()) {
      all.add(Long.toString(d.getValue()), deck(d.getValue(), d.getKey(), modSeconds));
    }
    return all.toString();
  }

  private static JsonObject deck(long id, String name, long modSeconds) {
    JsonObject d = new JsonObject();
    d.addProperty("id", id);
    d.addProperty("name", name);
    d.addProperty("mod", modSeconds);
    d.addProperty("usn", -1);
    d.addProperty("desc", "");
    d.addProperty("dyn", 0);
    d.addProperty("conf", 1);
    d.addProperty("collapsed", false);
    d.addProperty("browserCollapsed", false);
    for (String k : new String[] {"newToday", "revToday", "lrnToday", "timeToday"}) {
      d.add(k, array(0, 0));
    }
    d.addProperty("extendNew", 10);
    d.addProperty("extendRev", 50);
    return d;
  }

  /** {@code col.dconf}: one option group, id 1, with Anki's defaults (README §6.4). */
  static String deckConfig(long modSeconds) {
    JsonObject c = new JsonObject();
    c.addProperty("id", 1);
    c.addProperty("name", "Default");
    c.addProperty("mod", modSeconds);
    c.addProperty("usn", -1);
    c.addProperty("maxTaken", 60);
    c.addProperty("timer", 0);
    c.addProperty("autoplay", true);
    c.addProperty("replayq", true);
    c.addProperty("dyn", false);
    c.add("new", newCards());
    c.add("rev", reviews());
    c.add("lapse", lapses());
    JsonObject all = new JsonObject();
    all.add("1", c);
    return all.toString();
  }

  private static JsonObject newCards() {
    JsonObject fresh = new JsonObject();
    fresh.add("delays", array(1, 10));
    fresh.add("ints", array(1, 4, 7));
    fresh.addProperty("initialFactor", 2500);
    fresh.addProperty("order", 1);
    fresh.addProperty("perDay", 20);
    fresh.addProperty("bury", false);
    fresh.addProperty("separate", true);
    return fresh;
  }

  private static JsonObject reviews() {
    JsonObject rev = new JsonObject();
    rev.addProperty("perDay", 200);
    rev.addProperty("ease4", 1.3);
    rev.addProperty("ivlFct", 1);
    rev.addProperty("maxIvl", 36500);
    rev.addProperty("bury", false);
    rev.addProperty("hardFactor", 1.2);
    rev.addProperty("fuzz", 0.05);
    rev.addProperty("minSpace", 1);
    return rev;
  }

  private static JsonObject lapses() {
    JsonObject lapse = new JsonObject();
    lapse.add("delays", array(10));
    lapse.addProperty("mult", 0);
    lapse.addProperty("minInt", 1);
    lapse.addProperty("leechFails", 8);
    lapse.addProperty("leechAction", 1);
    return lapse;
  }

  /** {@code col.tags}: every tag with usn 0. */
  static String tags(List<String> tags) {
    JsonObject o = new JsonObject();
    for (String t : tags) {
      o.addProperty(t, 0);
    }
    return o.toString();
  }

  private static JsonArray array(long... values) {
    JsonArray a = new JsonArray();
    for (long v : values) {
      a.add(new JsonPrimitive(v));
    }
    return a;
  }
}
