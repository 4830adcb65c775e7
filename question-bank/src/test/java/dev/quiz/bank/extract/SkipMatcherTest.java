package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SkipMatcherTest {
  private static List<String> found(SkipMatcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.matcher().start() + "-" + m.matcher().end() + ":" + m.matcher().group());
    }
    return out;
  }

  private static List<String> found(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  @Test
  void findsWhatFindFindsWhenEveryStartIsAdmitted() {
    Pattern p = Pattern.compile("\\b(?:said|told)\\s+\\p{Lu}\\p{L}+");
    String t = "He said Omar told Atta and then said no.";
    assertThat(found(new SkipMatcher(p, t, i -> true))).isEqualTo(found(p.matcher(t)));
    assertThat(found(new SkipMatcher(p, t, i -> true)))
        .containsExactly("3-12:said Omar", "13-22:told Atta");
  }

  @Test
  void triesOnlyTheAdmittedPositions() {
    Pattern p = Pattern.compile("ab");
    assertThat(found(new SkipMatcher(p, "ab ab ab", i -> i != 3)))
        .containsExactly("0-2:ab", "6-8:ab");
  }

  @Test
  void lookbehindsAndWordBoundariesSeeTheTextBeforeThePositionTried() {
    Pattern p = Pattern.compile("(?<![\\p{L}])by|\\bon");
    assertThat(found(new SkipMatcher(p, "nearby by upon on", i -> true)))
        .containsExactly("7-9:by", "15-17:on");
  }

  @Test
  void anchorsMatchOnlyAtTheEndsOfTheText() {
    Pattern p = Pattern.compile("^x|y$");
    assertThat(found(new SkipMatcher(p, "x xy y", i -> true))).containsExactly("0-1:x", "5-6:y");
  }

  @Test
  void givenPositionsLimitTheStartsTried() {
    Pattern p = Pattern.compile("\\d+");
    String t = "1 22 333";
    int[] positions = {2, 5};
    assertThat(found(new SkipMatcher(p, t, positions, Prefixes.of(p))))
        .containsExactly("2-4:22", "5-8:333");
  }

  @Test
  void aMatchIsNotSearchedInsideThePreviousOne() {
    Pattern p = Pattern.compile("aa");
    assertThat(found(new SkipMatcher(p, "aaaa", i -> true))).containsExactly("0-2:aa", "2-4:aa");
  }

  @Property(tries = 500)
  void theExtractorsFiltersFindWhatFindFinds(@ForAll("texts") String t) {
    int[] words = PersonPatterns.cueWords(t);
    same(PersonPatterns.TITLED, t, s -> PersonPatterns.titled(s, words));
    same(PersonPatterns.HONORED, t, s -> PersonPatterns.honored(s, words));
    same(PersonPatterns.OBJECT, t, s -> PersonPatterns.objects(s, words));
    same(PersonPatterns.SPEAKER_AFTER, t, s -> PersonPatterns.speakersAfter(s, words));
    same(PersonPatterns.AGENT, t, s -> PersonPatterns.agents(s, words));
    same(PersonPatterns.NAME, t, PersonPatterns::names);
    same(PersonPatterns.APPOSITION_BEFORE, t, PersonPatterns::appositionsBefore);
    same(PersonExtractor.PLACE_CONTEXT, t, PersonExtractor::placeContexts);
    same(
        NumberScanner.ATOM,
        t,
        s -> new SkipMatcher(NumberScanner.ATOM, s, i -> NumberScanner.mayStartAtom(s, i)));
    same(
        NumberExtractor.NOT_FACTS,
        t,
        s ->
            new SkipMatcher(
                NumberExtractor.NOT_FACTS, s, i -> NumberExtractor.mayStartNotFact(s, i)));
  }

  /**
   * Appositions before a name are tried only in the stretches before a comma that a name follows:
   * they find what find() finds.
   */
  @Property(tries = 3000)
  void appositionsBeforeANameAreFoundAsFindFindsThem(@ForAll("texts") String t) {
    same(PersonPatterns.APPOSITION_BEFORE, t, PersonPatterns::appositionsBefore);
    String named = t + ", the Taliban's spokesperson, Zabihullah Mujahid, " + t;
    same(PersonPatterns.APPOSITION_BEFORE, named, PersonPatterns::appositionsBefore);
  }

  @Property(tries = 500)
  void theRelativeDatesFiltersFindWhatFindFinds(@ForAll("texts") String t) {
    for (Pattern p : RelativeDates.PATTERNS) {
      same(p, t, s -> RelativeDates.matcher(p, s));
    }
  }

  @Property(tries = 500)
  void theDateFiltersFindWhatFindFinds(@ForAll("texts") String t) {
    for (int k = 0; k < DateParser.PATTERNS.size(); k++) {
      int pattern = k;
      same(DateParser.PATTERNS.get(k), t, s -> DateParser.matcher(pattern, s, null));
    }
    same(Years.PATTERNS.get(0), t, s -> Years.ranges(s, null));
    same(Years.PATTERNS.get(1), t, s -> Years.singles(s, null));
  }

  @Test
  void datesAndYearsAreFoundAtTheirDigitsAndModifiers() {
    String t =
        "From 12 to 13 May 1999, 2001-11-09, on the 6th inst., in the summer of 1862, mid-1990,"
            + " early 2001, between 1998 and 2003, 1862–65, 12345 and 1,2000";
    for (int k = 0; k < DateParser.PATTERNS.size(); k++) {
      int pattern = k;
      same(DateParser.PATTERNS.get(k), t, s -> DateParser.matcher(pattern, s, null));
    }
    same(Years.PATTERNS.get(0), t, s -> Years.ranges(s, null));
    same(Years.PATTERNS.get(1), t, s -> Years.singles(s, null));
    assertThat(found(Years.singles(t, null))).hasSize(7);
  }

  @Property(tries = 1000)
  void anAppositionSkippedAsAClauseWouldBeRefusedAsOne(@ForAll("texts") String t) {
    java.util.regex.Matcher m = PersonPatterns.APPOSITION_AFTER.matcher(t);
    for (int c = t.indexOf(','); c >= 0; c = t.indexOf(',', c + 1)) {
      if (NameContexts.clauseAfter(t, c + 1) && m.region(c, t.length()).lookingAt()) {
        String first = NameContexts.firstWords(m.group("role"), 1).toLowerCase(Locale.ROOT);
        assertThat(PersonCandidates.BOUNDARY.contains(first)).as(t).isTrue();
        assertThat(NameContexts.ARTICLES.contains(first)).as(t).isFalse();
      }
    }
  }

  @Test
  void aTimeAndACountedSpanAgoAreFoundAtTheirDigits() {
    String t = "At 10 am, 9:30pm and 7p.m., 3 days ago, a week ago and the next day";
    for (Pattern p : RelativeDates.PATTERNS) {
      same(p, t, s -> RelativeDates.matcher(p, s));
    }
    assertThat(found(RelativeDates.matcher(RelativeDates.PATTERNS.get(0), t))).hasSize(3);
    assertThat(found(RelativeDates.matcher(RelativeDates.PATTERNS.get(2), t))).hasSize(3);
    String anniversary = "It was, 75 years ago today and six hundred years ago today, so.";
    for (Pattern p : RelativeDates.PATTERNS) {
      same(p, anniversary, s -> RelativeDates.matcher(p, s));
    }
    assertThat(found(RelativeDates.matcher(RelativeDates.PATTERNS.get(1), anniversary))).hasSize(2);
  }

  @Test
  void anAppositionBeforeANameAtTheEndOfTheTextBeforeALineSeparatorIsFound() {
    String t = "They quoted the Taliban's spokesperson, Zabihullah Mujahid \u2028";
    same(PersonPatterns.APPOSITION_BEFORE, t, PersonPatterns::appositionsBefore);
    assertThat(found(PersonPatterns.appositionsBefore(t))).hasSize(1);
  }

  @Property(tries = 500)
  void aSentenceEndIsFoundAsFindFindsIt(@ForAll("texts") String t) {
    assertThat(PersonCandidates.endsSentence(t))
        .isEqualTo(PersonCandidates.SENTENCE_END.matcher(t).find());
    assertThat(PersonCandidates.endsSentence(t + "."))
        .isEqualTo(PersonCandidates.SENTENCE_END.matcher(t + ".").find());
  }

  private static void same(Pattern p, String t, Function<String, SkipMatcher> skip) {
    assertThat(found(skip.apply(t))).as(p + " in " + t).isEqualTo(found(p.matcher(t)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Texts.arbitrary();
  }
}
