package dev.quiz.bank.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
  void onlyBoundariesOutsideClassesAndQuotesAreSpelledOut() {
    assertEquals("[\\b]", Regexes.spelledOut("[\\b]"));
    assertEquals("\\\\b", Regexes.spelledOut("\\\\b"));
    assertEquals("\\Q\\b\\E", Regexes.spelledOut("\\Q\\b\\E"));
    assertEquals("a" + Regexes.BOUNDARY, Regexes.spelledOut("a\\b"));
    assertEquals("[a]" + Regexes.BOUNDARY, Regexes.spelledOut("[a]\\b"));
    assertEquals("no boundary", Regexes.spelledOut("no boundary"));
  }

  @Test
  void theRuntimesOwnBoundaryIsKeptOnlyWhereItIsUnicode() {
    // Java 19 made "\b" ASCII-only (JDK-8264160); before it, and on Android, it is Unicode
    boolean unicode = Runtime.version().feature() < 19;
    assertEquals(unicode, Regexes.nativeBoundaryIsUnicode());
    assertEquals(unicode ? "a\\b" : "a" + Regexes.BOUNDARY, Regexes.portable("a\\b"));
  }

  @Test
  void spelledOutAndOwnBoundaryFindTheSameWordsWhereTheOwnIsUnicode() {
    assumeTrue(Regexes.nativeBoundaryIsUnicode(), "this runtime's \\b is ASCII-only");
    String text =
        "Le chargé d'affaires, Émile Zoë Ørsted_2, met 1,200 naïve Σπαρτιάτες (x) at 9:30 a.m.;"
            + " 'Ah-ha' —  l'été, ١٢٣ ß";
    for (String regex :
        new String[] {"\\b\\p{L}+\\b", "\\b\\w", "\\w\\b", "\\b", "\\b(?:a|é|Σ)", "\\d\\b"}) {
      var own = Pattern.compile(regex).matcher(text);
      var spelled = Pattern.compile(Regexes.spelledOut(regex)).matcher(text);
      while (own.find()) {
        assertTrue(spelled.find(), regex);
        assertEquals(own.start() + "-" + own.end(), spelled.start() + "-" + spelled.end(), regex);
      }
      assertFalse(spelled.find(), regex);
    }
  }

  @Test
  void flagsAreKept() {
    Pattern p = Regexes.compile("\\bcookies?\\b", Pattern.CASE_INSENSITIVE);
    assertEquals(Pattern.CASE_INSENSITIVE, p.flags());
    assertTrue(p.matcher("Accept COOKIES.").find());
  }
}
