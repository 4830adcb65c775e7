package dev.quiz.bank.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiz.bank.text.Sentence;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnitDatesTest {
  private static final DateParser.Anchor NO_MONTH =
      new DateParser.Anchor(OptionalInt.of(1862), OptionalInt.empty());
  private static final DateParser.Anchor JANUARY =
      new DateParser.Anchor(OptionalInt.of(1862), OptionalInt.of(1));

  private static Sentence unit(DocumentContext doc, String containing) {
    return doc.units().stream()
        .filter(u -> u.text().contains(containing))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aUnitsDatesAreTheParsersAndFoundOnce() {
    DocumentContext doc = Docs.of("The battle began on 17 September 1862 near Sharpsburg.");
    Sentence s = unit(doc, "battle");
    assertThat(doc.dates(s, NO_MONTH)).isEqualTo(DateParser.absolute(s.text(), NO_MONTH));
    assertThat(doc.dates(s, NO_MONTH)).isSameAs(doc.dates(s, NO_MONTH));
  }

  @Test
  void datesThatTakeNoMonthFromTheAnchorServeAnotherMonth() {
    DocumentContext doc = Docs.of("The battle began on 17 September 1862 near Sharpsburg.");
    Sentence s = unit(doc, "battle");
    assertThat(doc.dates(s, JANUARY)).isSameAs(doc.dates(s, NO_MONTH));
  }

  @Test
  void datesThatTakeTheAnchorsMonthAreFoundAgainForAnotherMonth() {
    DocumentContext doc = Docs.of("He wrote on the 6th inst. to the general.");
    Sentence s = unit(doc, "wrote");
    assertThat(doc.dates(s, NO_MONTH)).isEqualTo(DateParser.absolute(s.text(), NO_MONTH));
    assertThat(doc.dates(s, JANUARY)).isEqualTo(DateParser.absolute(s.text(), JANUARY));
    assertThat(doc.dates(s, JANUARY)).isNotEqualTo(doc.dates(s, NO_MONTH));
  }

  @Test
  void anotherYearIsFoundAgain() {
    DocumentContext doc = Docs.of("The battle began on 17 September near Sharpsburg.");
    Sentence s = unit(doc, "battle");
    DateParser.Anchor other = new DateParser.Anchor(OptionalInt.of(1863), OptionalInt.empty());
    doc.dates(s, NO_MONTH);
    assertThat(doc.dates(s, other)).isEqualTo(DateParser.absolute(s.text(), other));
  }
}
