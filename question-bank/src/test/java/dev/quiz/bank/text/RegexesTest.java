package dev.quiz.bank.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexesTest {
  @Test
  void boundaryAfterAnAccentedLetter() {
    // Java 19+ reads "\b" as ASCII-only and finds no boundary after "é"; this must on any runtime
    assertTrue(Regexes.compile("\\bchargé\\b").matcher("India's chargé d'affaires").find());
    assertFalse(Regexes.compile("\\bcharg\\b").matcher("India's chargé d'affaires").find());
  }

  @Test
  void boundaryBeforeAnAccentedCapital() {
    Pattern name = Regexes.compile("\\b\\p{Lu}\\p{L}+\\b");
    var m = name.matcher("said Émile Zola");
    assertTrue(m.find());
    assertEquals("Émile", m.group());
  }

  @Test
  void digitsAndUnderscoreAreWordCharacters() {
    assertFalse(Regexes.compile("\\b1\\b").matcher("x1_").find());
    assertTrue(Regexes.compile("\\b1\\b").matcher("(1)").find());
  }

  @Test
  void noBoundaryInsideAWordOrBetweenSpaces() {
    assertFalse(Regexes.compile("a\\bb").matcher("ab").find());
    assertFalse(Regexes.compile(" \\b ").matcher("a  b").find());
  }

  @Test
  void regionStartIsABoundaryWithOpaqueBounds() {
    var m = Regexes.compile("\\bfort").matcher("Befort");
    assertTrue(m.region(2, 6).lookingAt());
    assertFalse(m.reset().region(2, 6).useTransparentBounds(true).lookingAt());
  }

  @Test
  void onlyBoundariesOutsideClassesAndQuotesAreRewritten() {
    assertEquals("[\\b]", Regexes.portable("[\\b]"));
    assertEquals("\\\\b", Regexes.portable("\\\\b"));
    assertEquals("\\Q\\b\\E", Regexes.portable("\\Q\\b\\E"));
    assertEquals("a" + Regexes.BOUNDARY, Regexes.portable("a\\b"));
    assertEquals("[a]" + Regexes.BOUNDARY, Regexes.portable("[a]\\b"));
    assertEquals("no boundary", Regexes.portable("no boundary"));
  }

  @Test
  void flagsAreKept() {
    Pattern p = Regexes.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
    assertEquals(Pattern.CASE_INSENSITIVE, p.flags());
    assertTrue(p.matcher("Accept COOKIES.").find());
  }
}
