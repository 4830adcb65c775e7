package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PrefixesTest {
  private static final List<Class<?>> CLASSES =
      List.of(
          DateExtractor.class,
          DateParser.class,
          NameContexts.class,
          Names.class,
          NounPhrases.class,
          NumberExtractor.class,
          NumberScanner.class,
          PersonCandidates.class,
          PersonExtractor.class,
          PersonPatterns.class,
          RelativeDates.class,
          Units.class,
          Years.class);

  @Test
  void eachAlternativeGivesTheLiteralItStartsWith() {
    Prefixes p =
        Prefixes.of(false, "(?:Field Marshal|Lt\\.? Gen\\.|Brigadier(?: General)?|Kings?)");
    assertThat(p.literals()).containsExactly("Field Marshal", "Lt", "Brigadier", "King");
  }

  @Test
  void anEscapedMarkIsALiteral() {
    assertThat(Prefixes.of(false, "\\[x|Gen\\.|#\\d").literals())
        .containsExactly("[x", "Gen.", "#");
  }

  @Test
  void anOptionalGroupAddsWhatFollowsIt() {
    Prefixes p = Prefixes.of(false, "(?:the )?night before last|(?:(?:at|by)\\s+)?noon");
    assertThat(p.literals()).containsExactly("the ", "night before last", "at", "by", "noon");
  }

  @Test
  void lookaroundsWordBoundariesAndAnchorsAreSkipped() {
    Prefixes p = Prefixes.of(false, "(?<=\\bof\\s)the|\\b(?<role>death|arrest)|^(?![a-z])Kabul");
    assertThat(p.literals()).containsExactly("the", "death", "arrest", "Kabul");
  }

  @Test
  void aDigitClassAdmitsAnyDigit() {
    Prefixes p = Prefixes.of(false, "(?<![\\d,.])(?<d>\\d{1,2})th|May");
    assertThat(p.digit()).isTrue();
    assertThat(p.at("on 7th", 3)).isTrue();
    assertThat(p.at("on 7th", 4)).isFalse();
  }

  @Test
  void anAlternativeThatCanStartWithAnythingAdmitsEveryPosition() {
    assertThat(Prefixes.of(false, "said|[A-Z]x").at("qq", 1)).isTrue();
    assertThat(Prefixes.of(false, "said|\\s+x").at("qq", 1)).isTrue();
    assertThat(Prefixes.of(false, "said|(?:x)*").at("qq", 1)).isTrue();
  }

  @Test
  void aGroupRepeatedZeroOrMoreTimesAddsWhatFollowsIt() {
    assertThat(Prefixes.of(false, "(?:x)*y").literals()).containsExactly("x", "y");
  }

  @Test
  void asciiCaseIsIgnoredOnlyWhenThePatternIgnoresIt() {
    assertThat(Prefixes.of(Pattern.compile("may")).at("In MAY", 3)).isFalse();
    assertThat(Prefixes.of(Pattern.compile("may", Pattern.CASE_INSENSITIVE)).at("In MAY", 3))
        .isTrue();
    assertThat(Prefixes.of(Pattern.compile("(?i)may")).at("In MAY", 3)).isTrue();
  }

  @Test
  void aWordStartIsNotRightAfterALetter() {
    Prefixes p = Prefixes.of(false, "by");
    assertThat(p.atWord("by it", 0)).isTrue();
    assertThat(p.atWord("(by it", 1)).isTrue();
    assertThat(p.atWord("nearby it", 4)).isFalse();
  }

  @Test
  void positionsAreWhereAPrefixIsInTextOrder() {
    Prefixes p = Prefixes.of(false, "by|on");
    assertThat(p.positions("on by nearby")).containsExactly(0, 3, 10);
    assertThat(p.wordPositions("on by nearby")).containsExactly(0, 3);
  }

  @Test
  void anUnbalancedParenthesisIsRefused() {
    assertThatThrownBy(() -> Prefixes.of(false, "a)b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unbalanced ')' at 1 in regex: a)b");
  }

  @Property(tries = 300)
  void everyPatternOfTheExtractorsCanOnlyStartWhereItsPrefixesAdmit(@ForAll("texts") String text) {
    for (Pattern p : patterns()) {
      Prefixes starts = Prefixes.of(p);
      Prefixes any = Prefixes.ofAny(List.of(p));
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() < text.length()) {
          assertThat(starts.at(text, m.start()))
              .as(p + " at " + m.start() + " in " + text)
              .isTrue();
          assertThat(any.at(text, m.start())).as(p + " at " + m.start() + " in " + text).isTrue();
        }
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Texts.arbitrary();
  }

  /** Every pattern in a static field (or a static list) of the extractors' classes. */
  private static List<Pattern> patterns() {
    List<Pattern> out = new ArrayList<>();
    for (Class<?> c : CLASSES) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          Object v = get(f);
          if (v instanceof Pattern p) {
            out.add(p);
          } else if (v instanceof List<?> list) {
            list.stream()
                .filter(Pattern.class::isInstance)
                .map(Pattern.class::cast)
                .forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  private static Object get(Field f) {
    try {
      return f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }
}
