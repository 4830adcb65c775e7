package dev.quiz.bank.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.NumberStyle;
import dev.quiz.core.model.AnswerValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberDistractorsTest {
  @Test
  void valuesOfPoolFactsOfTheSameShapeComeFirstAndTheOfferStopsWhenFull() {
    NumberFact f = number(5000, 5000, true, "");
    List<Fact> pool = List.of(f, number(9000, 9000, true, ""), number(2000, 2000, false, ""));
    List<String> offered = new ArrayList<>();

    new NumberDistractors(pool).offer(f, c -> offered.add(c) && offered.size() == 2);

    assertThat(offered).containsExactly("about 9,000", "about 3,000");
  }

  @Test
  void aFigureWithADecimalFractionTakesNoWholeCountsOfThePoolNorTheyIt() {
    NumberFact rate = number(13.3, 13.3, false, "");
    NumberFact other = number(5.5, 5.5, false, "");
    NumberFact clusters = number(47, 47, false, "");
    List<Fact> pool = List.of(rate, clusters, other);
    List<String> offered = new ArrayList<>();

    new NumberDistractors(pool).offer(rate, c -> offered.add(c) && offered.size() == 3);

    assertThat(offered).doesNotContain("47.0", "47").contains("5.5");
    offered.clear();
    new NumberDistractors(pool).offer(clusters, c -> offered.add(c) && offered.size() == 3);
    assertThat(offered).doesNotContain("13", "6", "5.5");
  }

  @Test
  void aSharesPartStaysBelowItsWhole() {
    NumberFact five =
        new NumberFact(
            "",
            "five",
            new AnswerValue.Number(5, 5, false),
            Facts.evidence("a.txt", "They had five in every six of them archers.", "five"),
            new NumberStyle(NumberStyle.Form.WORDS, "", "", false));
    List<String> offered = new ArrayList<>();

    new NumberDistractors(List.of(five)).offer(five, c -> offered.add(c) && offered.size() == 3);

    assertThat(offered).isNotEmpty().doesNotContain("six", "seven", "eight", "nine", "zero");
  }

  @Test
  void aPartOfAWholeNamedAfterItStaysBelowTheWhole() {
    String sentence = "Some 116,000 of its 140,000 people were left homeless.";
    NumberFact part =
        new NumberFact(
            "",
            "Some 116,000",
            new AnswerValue.Number(116_000, 116_000, true),
            Facts.evidence("a.txt", sentence, "Some 116,000"),
            new NumberStyle(NumberStyle.Form.DIGITS, "Some", "", false));
    List<String> offered = new ArrayList<>();

    new NumberDistractors(List.of(part)).offer(part, c -> offered.add(c) && offered.size() == 3);

    assertThat(offered)
        .hasSize(3)
        .allSatisfy(
            c -> assertThat(Double.parseDouble(c.replaceAll("\\D", ""))).isLessThan(140_000));
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Of the 629 deaths recorded, 547 came after the invasion.|547|629|below",
        "Of the 629 deaths recorded, 547 came after the invasion.|629|547|above",
        "The army suffered 57,470 casualties that day, of whom 19,240 were killed.|19,240|57,470"
            + "|below",
        "The army suffered 57,470 casualties that day, of whom 19,240 were killed.|57,470|19,240"
            + "|above",
        "The town lost 90,000 men that week, including 36,000 taken prisoner.|36,000|90,000|below",
        "Some 116,000 of its 140,000 people were left homeless.|140,000|116,000|above",
        "He said 29 of the enemy's 42 divisions had been destroyed.|29|42|below",
        "He said 29 of the enemy's 42 divisions had been destroyed.|42|29|above",
        "The army suffered 57,470 casualties that day, 19,240 of them killed.|19,240|57,470|below",
        "The army suffered 57,470 casualties that day, 19,240 of them killed.|57,470|19,240|above",
        "He said the enemy had committed 24 divisions, ten of them armored.|24|ten|above",
        "He said the enemy had committed 24 divisions, 10 of them armored.|24|10|above",
        "The shelling killed twelve people, 9 of them children.|9|twelve|below",
      })
  void aPartAndItsWholeKeepTheirOrder(String sentence, String answer, String other, String side) {
    NumberFact f = digits(sentence, answer);
    List<String> offered = new ArrayList<>();
    boolean inWords = Character.isLetter(other.charAt(0));

    new NumberDistractors(inWords ? List.of(f) : List.of(f, digits(sentence, other)))
        .offer(f, c -> offered.add(c) && offered.size() == 3);

    double bound =
        inWords
            ? dev.quiz.bank.extract.NumberWords.cardinal(other).orElseThrow()
            : Double.parseDouble(other.replace(",", ""));
    assertThat(offered)
        .hasSize(3)
        .allSatisfy(
            c -> {
              double v = Double.parseDouble(c.replaceAll("\\D", ""));
              if (side.equals("below")) {
                assertThat(v).isLessThan(bound);
              } else {
                assertThat(v).isGreaterThan(bound);
              }
            });
  }

  @ParameterizedTest(name = "battalion {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void aCountAfterAllGetsNoWrongTwo(int battalion) {
    // the sentences vary, and so does the order of the small shifts tried (Distractors.place)
    String sentence = "All three Marines were assigned to the " + battalion + "th Battalion.";
    NumberFact f =
        new NumberFact(
            "Marines",
            "three",
            new AnswerValue.Number(3, 3, false),
            Facts.evidence("a.txt", sentence, "three"),
            new NumberStyle(NumberStyle.Form.WORDS, "", "", false));
    List<String> offered = new ArrayList<>();

    new NumberDistractors(List.of(f)).offer(f, c -> offered.add(c) && offered.size() == 3);

    assertThat(offered).hasSize(3).doesNotContain("two", "Two");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Harold Test, war veteran, dies at 97",
        "The last survivor of the siege died at 97 in a hospital.",
        "The general died at 97, his memoirs unfinished.",
        "The veteran died on Tuesday at his home. He was 97."
      })
  void anAgeAtDeathGetsNoWrongAgeOverAHundred(String sentence) {
    NumberFact f = digits(sentence, "97");
    List<String> offered = new ArrayList<>();

    // another fact's 212 is no age either
    new NumberDistractors(List.of(f, digits("The town lost 212 men.", "212")))
        .offer(f, c -> offered.add(c) && offered.size() == 3);

    assertThat(offered)
        .hasSize(3)
        .allSatisfy(c -> assertThat(Double.parseDouble(c)).isLessThanOrEqualTo(100));
  }

  private static NumberFact digits(String sentence, String answer) {
    double v = Double.parseDouble(answer.replace(",", ""));
    return new NumberFact(
        "",
        answer,
        new AnswerValue.Number(v, v, false),
        Facts.evidence("a.txt", sentence, answer),
        new NumberStyle(NumberStyle.Form.DIGITS, "", "", false));
  }

  @Property
  void offeringLazilyFromThePoolByShapeGivesTheCandidatesOfAFullScan(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 199) Integer> numbers,
      @ForAll @IntRange(min = 0, max = 11) int asked,
      @ForAll @IntRange(min = 1, max = 12) int wanted) {
    List<Fact> pool = new ArrayList<>();
    for (int k : numbers) {
      double v = k % 4 == 0 ? k : k % 4 == 1 ? k * 1000 : k % 4 == 2 ? k * 37 : k / 4.0 + 1;
      double high = k % 3 == 0 ? v : v + (k % 5 + 1) * (v >= 1000 ? 1000 : 2);
      pool.add(number(v, high, k % 2 == 0, k % 7 == 0 ? "km" : ""));
    }
    NumberFact f = (NumberFact) pool.get(asked % pool.size());
    List<String> offered = new ArrayList<>();

    new NumberDistractors(pool).offer(f, c -> offered.add(c) && offered.size() == wanted);

    List<String> all = scan(f, pool);
    assertThat(offered).containsExactlyElementsOf(all.subList(0, Math.min(wanted, all.size())));
  }

  @Property
  void theAnswerTakesItsFactsPlaceAmongTheSortedChoices(
      @ForAll @IntRange(min = 10, max = 90_000) int k) {
    double v = k * 10 + 3;
    NumberFact f = number(v, v, false, "");
    List<Double> choices = new ArrayList<>(List.of(v));

    new NumberDistractors(List.of(f))
        .offer(f, c -> choices.add(Double.parseDouble(c.replace(",", ""))) && choices.size() == 4);

    assertThat(choices.stream().sorted().toList().indexOf(v)).isEqualTo(Distractors.place(f));
  }

  @Test
  void theAnswerTakesEveryPlaceForSomeFacts() {
    Set<Integer> places = new LinkedHashSet<>();
    for (int k = 100; k < 140; k++) {
      places.add(Distractors.place(number(k * 10 + 3, k * 10 + 3, false, "")));
    }
    assertThat(places).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void aPercentageIsNeverScaledPastAHundred() {
    for (int k = 40; k < 100; k += 3) {
      NumberFact f = percent(k);
      List<String> offered = new ArrayList<>();
      new NumberDistractors(List.of(f)).offer(f, c -> offered.add(c) && offered.size() == 3);
      assertThat(offered)
          .allMatch(c -> Integer.parseInt(c.replace("%", "")) <= 100, "at most 100%");
    }
  }

  @Test
  void oneIsNeverAWrongValueForAPluralAnswer() {
    for (int v = 2; v <= 4; v++) {
      for (int i = 0; i < 20; i++) {
        NumberFact f = number(v, v, false, "men " + i);
        List<String> offered = new ArrayList<>();
        new NumberDistractors(List.of(f)).offer(f, c -> offered.add(c) && offered.size() == 3);
        assertThat(offered).noneMatch(c -> c.startsWith("1 "));
      }
    }
  }

  @Test
  void anAgeIsNeverScaledPastAHundredWhateverItsPlace() {
    Set<Integer> places = new LinkedHashSet<>();
    for (int i = 0; i < 40; i++) {
      String sentence = "Law " + i + " took in all men between the ages of 35 and 45.";
      NumberFact f =
          new NumberFact(
              "",
              "35 and 45",
              new AnswerValue.Number(35, 45, false),
              Facts.evidence("a.txt", sentence, "35 and 45"),
              new NumberStyle(NumberStyle.Form.DIGITS, "", "", true));
      places.add(Distractors.place(f));
      List<String> offered = new ArrayList<>();
      new NumberDistractors(List.of(f)).offer(f, c -> offered.add(c) && offered.size() == 3);
      assertThat(offered)
          .allMatch(c -> Integer.parseInt(c.replaceAll(".* ", "")) <= 100, "at most 100");
    }
    assertThat(places).hasSize(4);
  }

  private static NumberFact percent(int v) {
    String answer = v + "%";
    return new NumberFact(
        "of the vote",
        answer,
        new AnswerValue.Number(v, v, false),
        Facts.evidence("a.txt", "They won " + answer + " of the vote.", answer),
        new NumberStyle(NumberStyle.Form.DIGITS, "", "%", false));
  }

  /** The candidates as the generator first made them: every pool fact checked, then all copies. */
  private static List<String> scan(NumberFact f, List<Fact> pool) {
    double lo = f.value().low();
    double hi = f.value().high();
    double unit = NumberDistractors.roundingUnit(lo, hi);
    Set<String> out = new LinkedHashSet<>();
    for (Fact other : pool) {
      if (other instanceof NumberFact o
          && o.style().form() == f.style().form()
          && o.style().range() == f.style().range()
          && o.value().approx() == f.value().approx()
          && o.style().unit().equals(f.style().unit())) {
        double ol = NumberDistractors.roundTo(o.value().low(), unit);
        double oh = Math.max(ol, NumberDistractors.roundTo(o.value().high(), unit));
        if (ol >= (lo >= 2 ? 2 : Double.MIN_VALUE)
            && NumberDistractors.far(ol, oh, lo, hi)
            && NumberDistractors.ratio(oh, hi) < 4
            && (hi == lo || oh > ol)) {
          NumberFormats.rewrite(f.answer(), f.style(), ol, oh).ifPresent(out::add);
        }
      }
      if (out.size() >= 2) {
        break;
      }
    }
    for (double[] v : synthetic(lo, hi, Distractors.place(f))) {
      if (NumberDistractors.far(v[0], v[1], lo, hi) && (hi == lo || v[1] > v[0])) {
        NumberFormats.rewrite(f.answer(), f.style(), v[0], v[1]).ifPresent(out::add);
      }
    }
    return new ArrayList<>(out);
  }

  private static List<double[]> synthetic(double lo, double hi, int place) {
    List<double[]> out = new ArrayList<>();
    if (hi <= 12 && lo == Math.rint(lo) && hi == Math.rint(hi)) {
      for (int k : NumberDistractors.SMALL_SHIFTS[place]) {
        if (lo + k >= (lo >= 2 ? 2 : 1)) {
          out.add(new double[] {lo + k, hi + k});
        }
      }
      return out;
    }
    double unit = NumberDistractors.roundingUnit(lo, hi);
    for (double factor : NumberDistractors.FACTORS[place]) {
      double nl = Math.max(unit, Math.round(lo * factor / unit) * unit);
      out.add(new double[] {nl, Math.max(nl, Math.round(hi * factor / unit) * unit)});
    }
    return out;
  }

  private static NumberFact number(double low, double high, boolean approx, String unit) {
    String figure = figure(low) + (high == low ? "" : "–" + figure(high));
    String answer = (approx ? "about " : "") + figure + (unit.isEmpty() ? "" : " " + unit);
    return new NumberFact(
        "men",
        answer,
        new AnswerValue.Number(low, high, approx),
        Facts.evidence("a.txt", "They had " + answer + " men.", answer),
        new NumberStyle(NumberStyle.Form.DIGITS, approx ? "about " : "", unit, low != high));
  }

  private static String figure(double v) {
    return v == Math.rint(v) ? String.format(Locale.US, "%,d", (long) v) : Double.toString(v);
  }
}
