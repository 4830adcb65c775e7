package dev.quiz.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.testing.SheetFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderFormatsTest {
  private static final TestSheet SHEET =
      TestPlanner.plan(
          SheetFixtures.all(),
          PlanOptions.of("Canals, railways & cities", 12, 11).withVersions(2, false));

  private static String render(SheetFormat format, TestSheet sheet) {
    return new String(TestSheetRenderer.of(format).render(sheet), StandardCharsets.UTF_8);
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @EnumSource(SheetFormat.class)
  void theSameSeedGivesByteIdenticalFiles(SheetFormat format) {
    PlanOptions options = PlanOptions.of("History", 9, 99).withVersions(3, false);
    byte[] first =
        TestSheetRenderer.of(format).render(TestPlanner.plan(SheetFixtures.all(), options));
    byte[] second =
        TestSheetRenderer.of(format).render(TestPlanner.plan(SheetFixtures.all(), options));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void htmlIsWellFormedAndShowsEveryQuestionAndChoice() throws Exception {
    String html = render(SheetFormat.HTML, SHEET);
    Document doc = xml(html);
    String text = doc.getDocumentElement().getTextContent();

    for (SheetItem item : SHEET.allItems()) {
      for (String part : item.question().prompt().text().split(Pattern.quote(Prompt.BLANK))) {
        assertThat(text).contains(part);
      }
      item.choices().forEach(c -> assertThat(text).contains(c));
    }
    assertThat(html).contains("@page { size: A4;", "page-break-before: always", "Name", "Date");
    assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(3);
  }

  @Test
  void htmlCanBeLaidOutForLetterPaper() {
    String html =
        new String(TestSheetRenderer.html(Paper.LETTER).render(SHEET), StandardCharsets.UTF_8);

    assertThat(html).contains("@page { size: letter;");
  }

  @Test
  void htmlReferencesNothingOutsideItself() {
    String html = render(SheetFormat.HTML, SHEET).toLowerCase();

    assertThat(html).doesNotContainPattern("(src|href)\\s*=");
    assertThat(html)
        .doesNotContain("url(", "@import", "http:", "https:", "<link", "<script", "<img");
  }

  @Test
  void theAnswerKeyMapsEveryVersionToVersionA() {
    String html = render(SheetFormat.HTML, SHEET);
    String md = render(SheetFormat.MARKDOWN, SHEET);
    SheetVersion b = SHEET.versions().get(1);
    int inA = SHEET.first().numberOf(b.items().get(0).question().key()).get();

    assertThat(html).contains("version B question 1 = version A question " + inA + ".");
    for (SheetItem item : b.items()) {
      String key = item.question().key();
      int a = SHEET.first().numberOf(key).get();
      assertThat(html)
          .contains(
              "<tr><td class=\"num\">" + item.number() + "</td><td class=\"num\">A" + a + "</td>");
      assertThat(md)
          .contains(
              "| "
                  + item.number()
                  + " | A"
                  + a
                  + " | "
                  + Escape.markdown(Answers.shown(item))
                  + " |");
      assertThat(html).contains("A" + a + " \u00b7 B" + item.number());
    }
  }

  @Test
  void theAnswerKeyGivesAnswersAcceptedFormsToleranceAndSources() {
    String md = render(SheetFormat.MARKDOWN, SHEET);

    for (SheetItem item : SHEET.first().items()) {
      assertThat(md).contains(Escape.markdown(item.question().source().document()));
      assertThat(md)
          .contains("| " + item.number() + " | " + Escape.markdown(Answers.shown(item)) + " |");
    }
    assertThat(md)
        .contains(
            "| 11 | Ferdinand de Lesseps | de Lesseps \\| Lesseps |",
            "any number from 36 to 44 (tolerance 10%)",
            "27 May 1703",
            "\u041f\u0451\u0442\u0440 I");
  }

  @Test
  void markdownListsEveryQuestionWithLetteredChoices() {
    String md = render(SheetFormat.MARKDOWN, SHEET);

    assertThat(md)
        .contains(
            "# Canals, railways & cities \u2014 Version A",
            "# Canals, railways & cities \u2014 Version B",
            "Name: ____",
            "| # | = A | Answer | Also accept |");
    for (SheetItem item : SHEET.allItems()) {
      for (int i = 0; i < item.choices().size(); i++) {
        assertThat(md)
            .contains("- " + SheetItem.letter(i) + ") " + Escape.markdown(item.choices().get(i)));
      }
    }
  }

  @Test
  void giftHasACategoryPerDocumentAndMarksTheRightAnswers() {
    List<GiftParser.Question> parsed = GiftParser.parse(render(SheetFormat.GIFT, SHEET));
    Map<String, Question> byKey = new HashMap<>();
    SHEET.uniqueItems().forEach(i -> byKey.put(i.question().key(), i.question()));

    assertThat(parsed).hasSize(byKey.size());
    for (GiftParser.Question g : parsed) {
      Question q = byKey.get(g.name());
      assertThat(g.category())
          .isEqualTo("$course$/top/Canals, railways & cities/" + q.source().document());
      assertThat(g.feedback()).contains(q.source().evidence());
      if (q.prompt() instanceof Prompt.MultipleChoice mc) {
        assertThat(g.answers())
            .filteredOn(GiftParser.Answer::right)
            .extracting(GiftParser.Answer::text)
            .containsExactly(mc.choices().get(mc.correct()));
        assertThat(g.answers()).hasSize(mc.choices().size());
      } else if (q.prompt() instanceof Prompt.TrueFalse tf) {
        assertThat(g.block()).isEqualTo(tf.truth() ? "TRUE" : "FALSE");
      } else if (q.prompt() instanceof Prompt.Numeric) {
        assertThat(g.block()).matches("#[0-9.]+\\.\\.[0-9.]+");
      } else {
        assertThat(g.answers())
            .allMatch(GiftParser.Answer::right)
            .extracting(GiftParser.Answer::text)
            .startsWith(q.answer());
      }
      assertThat(g.text())
          .isEqualTo(
              q.prompt() instanceof Prompt.Cloze ? q.prompt().text() : q.prompt().text() + " ____");
    }
  }

  @Test
  void giftEscapesItsSpecialCharacters() {
    TestSheet sheet =
        TestPlanner.plan(SheetFixtures.all(), PlanOptions.of("A: {the} ~test~ = #1", 14, 0));
    String gift = render(SheetFormat.GIFT, sheet);

    assertThat(gift)
        .contains(
            "stake \\{the khedive's shares\\} in the canal.",
            "stake \\{\\#1\\}\\: a bargain \\= a win?");
    assertThat(GiftParser.parse(gift)).hasSize(14);
  }

  @Test
  void numericAnswersCarryTheirTolerance() {
    String gift =
        render(SheetFormat.GIFT, TestPlanner.plan(SheetFixtures.all(), PlanOptions.of("T", 14, 0)));

    assertThat(gift).contains("{#36..44####", "{#872..872####");
  }

  @Test
  void moodleXmlIsWellFormedWithCategoriesAndRightAnswers() throws Exception {
    Document doc = xml(render(SheetFormat.MOODLE_XML, SHEET));
    NodeList questions = doc.getElementsByTagName("question");
    Map<String, Question> byKey = new HashMap<>();
    SHEET.uniqueItems().forEach(i -> byKey.put(i.question().key(), i.question()));
    List<String> categories = new ArrayList<>();
    int seen = 0;

    for (int i = 0; i < questions.getLength(); i++) {
      Element e = (Element) questions.item(i);
      if (e.getAttribute("type").equals("category")) {
        categories.add(e.getElementsByTagName("text").item(0).getTextContent());
        continue;
      }
      seen++;
      Question q = byKey.get(e.getElementsByTagName("name").item(0).getTextContent().strip());
      assertThat(e.getAttribute("type")).isEqualTo(moodleType(q));
      assertThat(e.getElementsByTagName("questiontext").item(0).getTextContent())
          .isEqualTo("<p>" + Escape.xml(q.prompt().text()) + "</p>");
      List<String> right = new ArrayList<>();
      NodeList answers = e.getElementsByTagName("answer");
      for (int a = 0; a < answers.getLength(); a++) {
        Element ans = (Element) answers.item(a);
        if (ans.getAttribute("fraction").equals("100")) {
          right.add(((Element) ans.getElementsByTagName("text").item(0)).getTextContent());
        }
      }
      assertThat(right).containsExactlyElementsOf(expectedRight(q, e));
    }
    assertThat(seen).isEqualTo(byKey.size());
    assertThat(categories)
        .containsExactly(
            "$course$/top/Canals, railways & cities/" + SheetFixtures.RAIL,
            "$course$/top/Canals, railways & cities/" + SheetFixtures.CITY,
            "$course$/top/Canals, railways & cities/" + SheetFixtures.CANAL);
  }

  private static String moodleType(Question q) {
    return switch (q.type()) {
      case MULTIPLE_CHOICE -> "multichoice";
      case TRUE_FALSE -> "truefalse";
      case NUMERIC -> "numerical";
      default -> "shortanswer";
    };
  }

  private static List<String> expectedRight(Question q, Element e) {
    if (q.prompt() instanceof Prompt.MultipleChoice mc) {
      return List.of("<p>" + Escape.xml(mc.choices().get(mc.correct())) + "</p>");
    }
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      return List.of(Boolean.toString(tf.truth()));
    }
    if (q.prompt() instanceof Prompt.Numeric num) {
      AnswerValue.Number n = (AnswerValue.Number) q.value();
      double tol = Double.parseDouble(e.getElementsByTagName("tolerance").item(0).getTextContent());
      assertThat(tol).isEqualTo(n.high() * num.tolerance());
      return List.of(Answers.plain(n.low()));
    }
    return Answers.accepted(q);
  }

  @Test
  void jsonHasEveryVersionItemAndRightLetter() {
    JsonObject root = JsonParser.parseString(render(SheetFormat.JSON, SHEET)).getAsJsonObject();
    JsonArray versions = root.getAsJsonArray("versions");

    assertThat(root.get("title").getAsString()).isEqualTo("Canals, railways & cities");
    assertThat(versions).hasSize(2);
    for (int v = 0; v < 2; v++) {
      JsonArray items = versions.get(v).getAsJsonObject().getAsJsonArray("items");
      List<SheetItem> expected = SHEET.versions().get(v).items();
      assertThat(items).hasSize(expected.size());
      for (int i = 0; i < items.size(); i++) {
        JsonObject o = items.get(i).getAsJsonObject();
        SheetItem item = expected.get(i);
        assertThat(o.get("id").getAsString()).isEqualTo(item.question().key());
        assertThat(o.get("prompt").getAsString()).isEqualTo(item.question().prompt().text());
        assertThat(o.get("evidence").getAsString()).isEqualTo(item.question().source().evidence());
        if (item.correct() >= 0) {
          assertThat(o.get("correct").getAsString()).isEqualTo(item.correctLetter().get());
        }
        assertThat(o.getAsJsonObject("positions").get(SHEET.versions().get(v).label()).getAsInt())
            .isEqualTo(item.number());
      }
    }
  }

  @Test
  void jsonEscapesQuotesBackslashesAndControls() {
    assertThat(Escape.json("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
  }

  @Test
  void clozeBlanksBecomeWritingSpaceInHtml() {
    Matcher m =
        Pattern.compile("<span class=\"blank\"></span>").matcher(render(SheetFormat.HTML, SHEET));
    long clozes =
        SHEET.allItems().stream()
            .filter(i -> i.question().prompt() instanceof Prompt.Cloze)
            .count();

    assertThat(m.results().count()).isGreaterThanOrEqualTo(clozes);
  }
}
