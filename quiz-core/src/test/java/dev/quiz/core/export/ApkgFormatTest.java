package dev.quiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.quiz.core.ProgressListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table and JSON column of a written package, against the format (README §1-7, §15). */
class ApkgFormatTest {
  @TempDir Path dir;
  private Apkg apkg;
  private ExportResult result;

  @BeforeEach
  void export() {
    result =
        ApkgExporter.export(
            Fixtures.data(), Fixtures.options(), dir.resolve("quiz.apkg"), ProgressListener.NONE);
    apkg = Apkg.open(result.file(), dir);
  }

  @AfterEach
  void close() throws Exception {
    apkg.close();
  }

  @Test
  void packageHoldsTheCollectionAndAnEmptyMediaManifestOnly() {
    assertThat(apkg.members.keySet()).containsExactly("collection.anki2", "media");
    assertThat(apkg.media()).isEqualTo("{}");
    assertThat(result.notes()).isEqualTo(5);
    assertThat(result.cards()).isEqualTo(5);
    assertThat(result.decks()).isEqualTo(1);
    assertThat(result.bytes()).isPositive();
  }

  @Test
  void collectionHasTheFiveTablesAndSevenIndexesOfSchema11AndNothingElse() {
    assertThat(apkg.rows("select name from sqlite_master where type = 'table' order by name"))
        .extracting(r -> r.get("name"))
        .containsExactly("cards", "col", "graves", "notes", "revlog");
    assertThat(apkg.rows("select name from sqlite_master where type = 'index' order by name"))
        .extracting(r -> r.get("name"))
        .containsExactly(
            "ix_cards_nid",
            "ix_cards_sched",
            "ix_cards_usn",
            "ix_notes_csum",
            "ix_notes_usn",
            "ix_revlog_cid",
            "ix_revlog_usn");
    assertThat(apkg.number("select count(*) from graves")).isZero();
    assertThat(apkg.number("select count(*) from revlog")).isZero();
  }

  @Test
  void colRowHasVersion11AndCreationAtNoonOfTheDayBeforeTheExport() {
    Map<String, Object> col = apkg.row("select * from col");
    long nowMs = Fixtures.NOW.toEpochMilli();
    assertThat(col)
        .containsEntry("id", 1)
        .containsEntry("ver", 11)
        .containsEntry("crt", (int) Instant.parse("2026-03-14T12:00:00Z").getEpochSecond())
        .containsEntry("mod", nowMs)
        .containsEntry("scm", nowMs)
        .containsEntry("dty", 0)
        .containsEntry("usn", 0)
        .containsEntry("ls", 0);
    JsonObject conf = apkg.json("conf");
    assertThat(conf.get("schedVer").getAsInt()).isEqualTo(2);
    assertThat(conf.get("rollover").getAsInt()).isEqualTo(4);
    assertThat(conf.get("creationOffset").getAsInt()).isZero();
    assertThat(conf.get("nextPos").getAsInt()).isEqualTo(6);
    assertThat(apkg.json("models").has(conf.get("curModel").getAsString())).isTrue();
    assertThat(conf.keySet())
        .contains(
            "activeDecks",
            "curDeck",
            "newSpread",
            "collapseTime",
            "timeLim",
            "estTimes",
            "dueCounts",
            "addToCur",
            "newBury",
            "sortType",
            "sortBackwards",
            "dayLearnFirst");
  }

  @Test
  void noteTypesHaveFixedIdsEveryRequiredKeyAndAnkisReq() {
    JsonObject models = apkg.json("models");
    assertThat(models.keySet()).containsExactly("1700000000101", "1700000000102", "1700000000103");
    for (String id : models.keySet()) {
      JsonObject m = models.getAsJsonObject(id);
      assertThat(m.get("id").getAsLong()).isEqualTo(Long.parseLong(id));
      assertThat(m.keySet())
          .contains(
              "name",
              "type",
              "mod",
              "usn",
              "sortf",
              "did",
              "flds",
              "tmpls",
              "css",
              "latexPre",
              "latexPost",
              "latexsvg",
              "req",
              "tags",
              "vers");
      JsonArray fields = m.getAsJsonArray("flds");
      for (int i = 0; i < fields.size(); i++) {
        JsonObject f = fields.get(i).getAsJsonObject();
        assertThat(f.get("ord").getAsInt()).isEqualTo(i);
        assertThat(f.keySet()).contains("name", "sticky", "rtl", "font", "size", "media");
      }
      JsonObject t = m.getAsJsonArray("tmpls").get(0).getAsJsonObject();
      assertThat(t.keySet()).contains("name", "ord", "qfmt", "afmt", "bqfmt", "bafmt", "did");
      assertThat(t.get("did").isJsonNull()).isTrue();
    }
    JsonObject basic = models.getAsJsonObject("1700000000101");
    assertThat(basic.get("name").getAsString()).isEqualTo("Quiz Basic");
    assertThat(names(basic.getAsJsonArray("flds")))
        .containsExactly("Question", "Answer", "Source", "Extra");
    assertThat(basic.get("req").toString()).isEqualTo("[[0,\"all\",[0]]]");
    JsonObject typeIn = models.getAsJsonObject("1700000000102");
    assertThat(typeIn.getAsJsonArray("tmpls").get(0).getAsJsonObject().get("qfmt").getAsString())
        .isEqualTo("{{Question}}\n\n{{type:Answer}}");
    assertThat(typeIn.get("req").toString()).isEqualTo("[[0,\"all\",[0]]]");
    JsonObject cloze = models.getAsJsonObject("1700000000103");
    assertThat(cloze.get("type").getAsInt()).isEqualTo(1);
    assertThat(cloze.get("req").toString()).isEqualTo("[]");
    assertThat(cloze.get("css").getAsString()).contains(".cloze");
    assertThat(names(cloze.getAsJsonArray("flds"))).containsExactly("Text", "Source", "Extra");
  }

  @Test
  void decksAreDefaultQuizAndOnePerDocumentWithOptionGroupOne() {
    JsonObject decks = apkg.json("decks");
    Map<String, String> byName = new java.util.TreeMap<>();
    for (String id : decks.keySet()) {
      JsonObject d = decks.getAsJsonObject(id);
      assertThat(d.get("id").getAsString()).isEqualTo(id);
      assertThat(d.get("conf").getAsInt()).isEqualTo(1);
      assertThat(d.get("dyn").getAsInt()).isZero();
      assertThat(d.keySet())
          .contains("usn", "desc", "collapsed", "newToday", "revToday", "lrnToday", "timeToday");
      byName.put(d.get("name").getAsString(), id);
    }
    assertThat(byName).containsOnlyKeys("Default", "Quiz", "Quiz::The Fall of Kabul");
    assertThat(byName.get("Default")).isEqualTo("1");
    assertThat(apkg.rows("select distinct did from cards"))
        .extracting(r -> r.get("did").toString())
        .containsExactly(byName.get("Quiz::The Fall of Kabul"));
    JsonObject dconf = apkg.json("dconf");
    assertThat(dconf.keySet()).containsExactly("1");
    JsonObject group = dconf.getAsJsonObject("1");
    assertThat(group.getAsJsonObject("new").get("delays").toString()).isEqualTo("[1,10]");
    assertThat(group.getAsJsonObject("rev").get("maxIvl").getAsInt()).isEqualTo(36500);
    assertThat(group.getAsJsonObject("lapse").get("leechAction").getAsInt()).isEqualTo(1);
  }

  @Test
  void notesHaveStableIdsGuidsFieldCountsSortFieldsAndChecksums() {
    JsonObject models = apkg.json("models");
    Set<Object> guids = new HashSet<>();
    List<Map<String, Object>> notes = apkg.rows("select * from notes order by id");
    assertThat(notes).hasSize(5);
    for (int i = 0; i < notes.size(); i++) {
      Map<String, Object> n = notes.get(i);
      String flds = (String) n.get("flds");
      String[] fields = flds.split("\u001f", -1);
      JsonObject model = models.getAsJsonObject(n.get("mid").toString());
      assertThat(model).isNotNull();
      assertThat(fields).hasSize(model.getAsJsonArray("flds").size());
      assertThat(((Number) n.get("id")).longValue()).isEqualTo(ExportPlan.ID_BASE + i + 1);
      assertThat(n.get("guid")).isEqualTo(AnkiText.guid("quiz:question:q-00000000000" + (i + 1)));
      assertThat(n.get("sfld").toString()).isEqualTo(AnkiText.stripHtmlMedia(fields[0]));
      assertThat(((Number) n.get("csum")).longValue()).isEqualTo(AnkiText.checksum(fields[0]));
      assertThat(((Number) n.get("mod")).longValue()).isEqualTo(Fixtures.CREATED.getEpochSecond());
      assertThat(n).containsEntry("usn", -1).containsEntry("flags", 0).containsEntry("data", "");
      guids.add(n.get("guid"));
    }
    assertThat(guids).hasSize(5);
  }

  @Test
  void tagsComeFromTheDocumentTheFactKindAndTheQuestionWithoutSpaces() {
    assertThat(apkg.row("select tags from notes where id = " + (ExportPlan.ID_BASE + 1)))
        .containsEntry(
            "tags", " Afghanistan_2001 doc::fall-of-kabul.txt form::cloze kind::date quiz ");
    assertThat(apkg.json("tags").keySet())
        .contains("quiz", "doc::fall-of-kabul.txt", "kind::number", "form::multiple_choice");
  }

  @Test
  void everyNoteHasOneNewCardAtItsPosition() {
    List<Map<String, Object>> cards = apkg.rows("select * from cards order by id");
    assertThat(cards).hasSize(5);
    for (int i = 0; i < cards.size(); i++) {
      Map<String, Object> c = cards.get(i);
      assertThat(((Number) c.get("nid")).longValue()).isEqualTo(ExportPlan.ID_BASE + i + 1);
      assertThat(c)
          .containsEntry("ord", 0)
          .containsEntry("usn", -1)
          .containsEntry("type", 0)
          .containsEntry("queue", 0)
          .containsEntry("due", i + 1)
          .containsEntry("ivl", 0)
          .containsEntry("factor", 0)
          .containsEntry("reps", 0)
          .containsEntry("lapses", 0)
          .containsEntry("left", 0)
          .containsEntry("odue", 0)
          .containsEntry("odid", 0)
          .containsEntry("flags", 0)
          .containsEntry("data", "");
    }
    assertThat(apkg.number("select count(*) from cards where id > " + Fixtures.NOW.toEpochMilli()))
        .isZero();
  }

  private static List<String> names(JsonArray fields) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonElement f : fields) {
      out.add(f.getAsJsonObject().get("name").getAsString());
    }
    return out;
  }
}
