package dev.quiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.core.ProgressListener;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the notes say: each question form in its note type, escaping, and round trips. */
class ApkgContentTest {
  private static final Pattern CLOZE = Pattern.compile("\\{\\{c1::(.*?)\\}\\}");

  @TempDir Path dir;

  @Test
  void eachQuestionFormIsRenderedInItsNoteType() throws Exception {
    try (Apkg apkg = export(Fixtures.data(), "forms.apkg")) {
      List<String[]> f = fields(apkg);
      assertThat(f.get(0))
          .containsExactly(
              "Kabul fell on {{c1::13 November 2001}} to the Northern Alliance.",
              "Kabul fell on 13 November 2001 to the Northern Alliance.<br><i>The Fall of Kabul</i>",
              "");
      assertThat(f.get(1)[0]).isEqualTo("When did Kabul fall?");
      assertThat(f.get(1)[1]).isEqualTo("13 November 2001");
      assertThat(f.get(2)[0])
          .isEqualTo(
              "When did Kabul fall?<br><div class=choices>A. 9 September 2001<br>"
                  + "B. 13 November 2001<br>C. 7 December 2001</div>");
      assertThat(f.get(2)[1]).isEqualTo("B. 13 November 2001");
      assertThat(f.get(3)[1]).isEqualTo("about 3,000");
      assertThat(f.get(3)[3]).isEqualTo("Accepted within 10% of about 3,000");
      assertThat(f.get(4)[0]).isEqualTo("True or false?<br>Kabul fell on 13 November 2001.");
      assertThat(f.get(4)[1]).isEqualTo("True");
      assertThat(apkg.rows("select mid from notes order by id"))
          .extracting(r -> r.get("mid").toString())
          .containsExactly(
              "1700000000103", "1700000000102", "1700000000101", "1700000000102", "1700000000101");
    }
  }

  @Test
  void roundTripPreservesEveryQuestion() throws Exception {
    List<Note> notes = Fixtures.notes();
    notes.add(
        Fixtures.note(
            6,
            Fixtures.question(
                "q-000000000006",
                new Prompt.ShortAnswer("Is 3 < 4 && \"x\" > 'y'?\nSecond line: {{c2::no}}"),
                "yes <really> & truly",
                List.of())));
    notes.add(
        Fixtures.note(
            7,
            Fixtures.question(
                "q-000000000007",
                new Prompt.Cloze("The {{c2::x}} key: ____ & <b>not bold</b>"),
                "a::b}} & <c>",
                List.of())));
    try (Apkg apkg = export(Fixtures.data(notes, Fixtures.newCards(notes), List.of()), "rt.apkg")) {
      List<String[]> f = fields(apkg);
      for (int i = 0; i < notes.size(); i++) {
        assertThat(readBack(f.get(i), notes.get(i).question())).isTrue();
      }
      assertThat(CLOZE.matcher(f.get(6)[0]).results().count()).isEqualTo(1);
    }
  }

  @Test
  void clozeMarkersInTheEvidenceCannotMakeASecondCard() {
    Question q =
        Fixtures.question(
            "q-000000000001", new Prompt.Cloze("It fell on ____."), "13 Nov", List.of());
    Question tricky =
        new Question(
            q.key(),
            q.kind(),
            q.prompt(),
            q.answer(),
            q.value(),
            Fixtures.source("Text {{c2::x}} here"),
            q.score(),
            q.tags());
    NoteFields f = NoteFields.of(tricky, "Doc: one");
    assertThat(f.values().get(0)).isEqualTo("It fell on {{c1::13 Nov}}.");
    assertThat(f.values().get(1))
        .isEqualTo("Text &#123;&#123;c2&#58;&#58;x&#125;&#125; here<br><i>Doc&#58; one</i>");
  }

  @Test
  void separatorNulAndOneMegabyteFieldsAreWrittenSafely() throws Exception {
    String huge = "x&<".repeat(350_000);
    List<Note> notes =
        List.of(
            Fixtures.note(
                1,
                Fixtures.question(
                    "q-000000000001",
                    new Prompt.ShortAnswer("bad\u001fchars\u0000here " + huge),
                    "ans\u001fwer",
                    List.of())));
    try (Apkg apkg = export(Fixtures.data(notes, List.of(), List.of()), "huge.apkg")) {
      String[] f = fields(apkg).get(0);
      assertThat(f).hasSize(4);
      String expected = "badcharshere " + "x&amp;&lt;".repeat(350_000);
      assertThat(f[0].equals(expected)).as("1 MB question escaped in full").isTrue();
      assertThat(f[1]).isEqualTo("answer");
      assertThat(
              apkg.row("select sfld from notes")
                  .get("sfld")
                  .toString()
                  .equals("badcharshere " + huge))
          .as("sort field decoded in full")
          .isTrue();
    }
  }

  @Test
  void exportingTwiceWritesTheSameBytesAndTheSameGuids() throws Exception {
    Path a =
        ApkgExporter.export(
                Fixtures.data(), Fixtures.options(), dir.resolve("a.apkg"), ProgressListener.NONE)
            .file();
    Path b =
        ApkgExporter.export(
                Fixtures.data(), Fixtures.options(), dir.resolve("b.apkg"), ProgressListener.NONE)
            .file();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    ExportOptions later =
        Fixtures.options().toBuilder().now(Fixtures.NOW.plusSeconds(86_400 * 30)).build();
    Path c =
        ApkgExporter.export(Fixtures.data(), later, dir.resolve("c.apkg"), ProgressListener.NONE)
            .file();
    try (Apkg first = Apkg.open(a, dir);
        Apkg third = Apkg.open(c, dir)) {
      String sql = "select id, guid, mid, mod, tags, flds, sfld, csum from notes order by id";
      assertThat(third.rows(sql)).isEqualTo(first.rows(sql));
      assertThat(third.rows("select id, nid, did from cards order by id"))
          .isEqualTo(first.rows("select id, nid, did from cards order by id"));
      assertThat(third.json("models")).isEqualTo(first.json("models"));
      assertThat(third.json("decks")).isEqualTo(first.json("decks"));
    }
  }

  @Test
  void oneDeckFromOptionsHoldsEveryCard() throws Exception {
    ExportOptions options =
        Fixtures.options().toBuilder().deckName(" History :: \"Kabul\" ").build();
    try (Apkg apkg =
        Apkg.open(
            ApkgExporter.export(
                    Fixtures.data(), options, dir.resolve("one.apkg"), ProgressListener.NONE)
                .file(),
            dir)) {
      List<String> names = new ArrayList<>();
      apkg.json("decks")
          .entrySet()
          .forEach(e -> names.add(e.getValue().getAsJsonObject().get("name").getAsString()));
      assertThat(names).containsExactlyInAnyOrder("Default", "History", "History::'Kabul'");
      assertThat(apkg.number("select count(distinct did) from cards")).isEqualTo(1);
    }
  }

  /** Field values decoded as Anki shows them, compared with the question they came from. */
  private static boolean readBack(String[] fields, Question q) {
    Prompt p = q.prompt();
    if (p instanceof Prompt.Cloze) {
      Matcher m = CLOZE.matcher(fields[0]);
      assertThat(m.find()).isTrue();
      assertThat(text(m.group(1))).isEqualTo(q.answer());
      assertThat(text(m.replaceAll(Prompt.BLANK))).isEqualTo(p.text());
    } else if (p instanceof Prompt.MultipleChoice mc) {
      assertThat(text(fields[0])).startsWith(mc.text());
      assertThat(text(fields[1])).endsWith(mc.choices().get(mc.correct()));
    } else if (p instanceof Prompt.TrueFalse tf) {
      assertThat(text(fields[0])).endsWith(tf.text());
    } else {
      assertThat(text(fields[0])).isEqualTo(p.text());
      assertThat(text(fields[1])).isEqualTo(q.answer());
    }
    assertThat(text(fields[fields.length - 2])).startsWith(q.source().evidence());
    return true;
  }

  private static String text(String html) {
    return AnkiText.stripHtmlMedia(html.replace("<br>", "\n"));
  }

  private Apkg export(ExportData data, String name) {
    return Apkg.open(
        ApkgExporter.export(data, Fixtures.options(), dir.resolve(name), ProgressListener.NONE)
            .file(),
        dir);
  }

  private static List<String[]> fields(Apkg apkg) {
    List<String[]> out = new ArrayList<>();
    for (Map<String, Object> r : apkg.rows("select flds from notes order by id")) {
      out.add(((String) r.get("flds")).split("\u001f", -1));
    }
    return out;
  }
}
