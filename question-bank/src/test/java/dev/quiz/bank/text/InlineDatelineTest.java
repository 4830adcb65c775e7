package dev.quiz.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineDatelineTest {

  @Test
  void aReutersDatelineEndsAfterItsDash() {
    String line = "FALLUJAH, Iraq, Nov 10 (Reuters) - U.S. Marines fought on.";
    assertThat(line.substring(InlineDateline.length(line))).isEqualTo("U.S. Marines fought on.");
  }

  @Test
  void apDatelinesWithAndWithoutARegionEndAfterTheirDash() {
    assertThat(rest("WASHINGTON (AP) — The Senate voted.")).isEqualTo("The Senate voted.");
    assertThat(rest("KYIV, Ukraine (AP) — Sirens sounded.")).isEqualTo("Sirens sounded.");
    assertThat(rest("KHARTOUM, April 17 (Reuters) - Gunfire shook it."))
        .isEqualTo("Gunfire shook it.");
    assertThat(rest("BAGHDAD, April 9, 2003 — Columns pushed in.")).isEqualTo("Columns pushed in.");
  }

  @Test
  void anOldPapersDatelineMayEndInAStopAndTouchItsSentence() {
    assertThat(rest("LONDON, May 30.—The Admiralty has news."))
        .isEqualTo("The Admiralty has news.");
    assertThat(rest("ST. PETERSBURG, May 31.—\"No news\" was all."))
        .isEqualTo("\"No news\" was all.");
    assertThat(rest("WASHINGTON, Jan. 18 (UP)—American losses rose."))
        .isEqualTo("American losses rose.");
    assertThat(InlineDateline.length("PARIS, Nov. 11.—the rest", true)).isZero();
  }

  @Test
  void aNineteenthCenturyDispatchNamesItsPlaceInTitleCase() {
    assertThat(rest("Harrisburg, July 4.—The fighting went on."))
        .isEqualTo("The fighting went on.");
    assertThat(rest("Washington, July 4, 10 P.M.—The President spoke."))
        .isEqualTo("The President spoke.");
    assertThat(rest("New Orleans, Jan. 8, 1815—Jackson held the line."))
        .isEqualTo("Jackson held the line.");
    // a place and a date without the long dash open a sentence
    assertThat(InlineDateline.length("Harrisburg, July 4. The fighting went on.")).isZero();
    assertThat(InlineDateline.length("Harrisburg, July 4 – the fighting went on.")).isZero();
  }

  @Test
  void aDatelineAfterTheStorysOpeningNeedsADateOrAnAgency() {
    assertThat(rest("PARIS, Nov. 11.—The news came.")).isEqualTo("The news came.");
    assertThat(InlineDateline.length("PARIS, Nov. 11.—The news came.", false)).isEqualTo(16);
    assertThat(InlineDateline.length("BERLIN — The news came.", true)).isEqualTo(9);
    assertThat(InlineDateline.length("BERLIN — The news came.", false)).isZero();
  }

  @Test
  void aLineWithoutADateOrAnAgencyBeforeItsDashHasNoDateline() {
    assertThat(InlineDateline.length("ROME - The city fell.")).isZero();
    assertThat(InlineDateline.length("NATO (the alliance) - said so.")).isZero();
    assertThat(InlineDateline.length("U.S. Marines fought on Nov 10.")).isZero();
  }

  @Test
  void anInlineDatelineDatesTheDocumentAndGivesNoUnitOfFacts() {
    var units =
        new SentenceSplitter(LanguageModels.english())
            .split(
                Document.of(
                    "w.txt",
                    "Headline here\n\nBAGHDAD, April 9, 2003 (Reuters) - Crowds cheered on"
                        + " Wednesday as the statue fell in the square.\n\n"
                        + "(Additional reporting by A Writer in Basra; Editing by B Editor)\n"));
    assertThat(units)
        .extracting(u -> u.kind() + ":" + u.text())
        .containsExactly(
            "TITLE:Headline here",
            "DATELINE:BAGHDAD, April 9, 2003 (Reuters) -",
            "PROSE:Crowds cheered on Wednesday as the statue fell in the square.",
            "BOILERPLATE:(Additional reporting by A Writer in Basra; Editing by B Editor)");
  }

  @Test
  void aLaterDispatchOfAnOldPaperGivesItsDatelineNoFacts() {
    String body =
        "The fleet had sailed at dawn, and nothing more was heard of it for many hours after.\n\n";
    var units =
        new SentenceSplitter(LanguageModels.english())
            .split(
                Document.of(
                    "p.txt",
                    "Headline here\n\n"
                        + body.repeat(14)
                        + "LONDON, May 30.—The Admiralty said 12 ships had been sighted at noon.\n"));
    assertThat(units)
        .extracting(u -> u.kind() + ":" + u.text())
        .endsWith(
            "DATELINE:LONDON, May 30.—",
            "PROSE:The Admiralty said 12 ships had been sighted at noon.");
  }

  private static String rest(String line) {
    return line.substring(InlineDateline.length(line));
  }
}
