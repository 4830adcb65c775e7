package dev.quiz.testing;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Small, realistic questions for test-sheet tests, about three documents named for testing (facts
 * are real history, the sentences are written for these tests). Covers every question form and fact
 * kind, accents, a dash, Cyrillic, and GIFT's special characters.
 */
public final class SheetFixtures {
  private SheetFixtures() {}

  public static final String RAIL = "railways_001.txt";
  public static final String CANAL = "suez-canal_002.txt";
  public static final String CITY = "st-petersburg_003.txt";

  public static final String RAIL_OPENING =
      "The Stockton and Darlington line \u2014 the first public railway to use steam locomotives"
          + " \u2014 opened on 27 September 1825.";
  public static final String RAIL_ENGINEER =
      "George Stephenson, its chief engineer, drove Locomotion No. 1 on the first day.";
  public static final String RAIL_LENGTH =
      "The original line ran for about 40 kilometres between the collieries and the port.";
  public static final String RAIL_PASSENGERS =
      "Some 600 passengers rode in the wagons on the opening day.";
  public static final String CANAL_OPENING =
      "The canal opened to shipping on 17 November 1869 after ten years of work.";
  public static final String CANAL_LESSEPS =
      "Ferdinand de Lesseps, a French diplomat, led the company that built it.";
  public static final String CANAL_LENGTH = "At its opening the waterway was 164 kilometres long.";
  public static final String CANAL_SHARES =
      "In 1875 Britain bought Egypt's 44% stake {the khedive's shares} for \u00a34 million.";
  public static final String CITY_FOUNDED =
      "Peter the Great (\u041f\u0451\u0442\u0440 I) founded the city on 27 May 1703 at the mouth of"
          + " the Neva.";
  public static final String CITY_RENAMED = "From 1924 to 1991 the city was called Leningrad.";
  public static final String CITY_SIEGE = "The siege of Leningrad lasted 872 days.";
  public static final String CITY_ARCHITECT =
      "Domenico Trezzini, an architect from Ticino, designed the Peter and Paul Cathedral.";

  /**
   * Fourteen usable questions (one per fact) plus two duplicates of facts and one weak question.
   */
  public static List<Question> all() {
    List<Question> qs = new ArrayList<>();
    qs.add(
        q(
            "q-000000000001",
            RAIL,
            RAIL_OPENING,
            100,
            "27 September 1825",
            AnswerValue.Date.of("1825-09-27", "1825-09-27"),
            new Prompt.ShortAnswer("When did the Stockton and Darlington railway open?"),
            0.91));
    qs.add(
        q(
            "q-000000000002",
            RAIL,
            RAIL_ENGINEER,
            220,
            "George Stephenson",
            new AnswerValue.Person("George Stephenson", "chief engineer"),
            new Prompt.MultipleChoice(
                "Who was the chief engineer of the Stockton and Darlington line?",
                List.of(
                    "Isambard Kingdom Brunel",
                    "George Stephenson",
                    "Thomas Telford",
                    "Richard Trevithick"),
                1),
            0.88));
    qs.add(
        q(
            "q-000000000003",
            RAIL,
            RAIL_LENGTH,
            330,
            "about 40",
            new AnswerValue.Number(40, 40, true),
            new Prompt.Numeric(
                "How many kilometres long was the original Stockton and Darlington line?", 0.1),
            0.74));
    qs.add(
        q(
            "q-000000000004",
            CANAL,
            CANAL_OPENING,
            50,
            "17 November 1869",
            AnswerValue.Date.of("1869-11-17", "1869-11-17"),
            new Prompt.Cloze("The Suez Canal opened to shipping on ____ after ten years of work."),
            0.93));
    qs.add(
        q(
            "q-000000000005",
            CANAL,
            CANAL_LESSEPS,
            140,
            "Ferdinand de Lesseps",
            new AnswerValue.Person("Ferdinand de Lesseps", "company head"),
            new Prompt.ShortAnswer(
                "Which French diplomat led the company that built the Suez Canal?"),
            0.8));
    qs.add(
        q(
            "q-000000000006",
            CANAL,
            CANAL_LENGTH,
            260,
            "164",
            new AnswerValue.Number(164, 164, false),
            new Prompt.MultipleChoice(
                "How long was the Suez Canal when it opened?",
                List.of("164 km", "61 km", "193 km", "320 km"),
                0),
            0.77));
    qs.add(
        q(
            "q-000000000007",
            CANAL,
            CANAL_SHARES,
            400,
            "1875",
            AnswerValue.Date.of("1875", "1875"),
            new Prompt.TrueFalse(
                "In 1875 Britain bought Egypt's 44% stake {the khedive's shares} in the canal.",
                true),
            0.66));
    qs.add(
        q(
            "q-000000000008",
            CITY,
            CITY_FOUNDED,
            10,
            "27 May 1703",
            AnswerValue.Date.of("1703-05-27", "1703-05-27"),
            new Prompt.MultipleChoice(
                "When did Peter the Great (\u041f\u0451\u0442\u0440 I) found Saint Petersburg?",
                List.of("27 May 1703", "12 June 1682", "30 May 1712", "18 March 1721"),
                0),
            0.95));
    qs.add(
        q(
            "q-000000000009",
            CITY,
            CITY_RENAMED,
            150,
            "1924",
            AnswerValue.Date.of("1924", "1991"),
            new Prompt.Cloze("From ____ to 1991 the city was called Leningrad."),
            0.71));
    qs.add(
        q(
            "q-000000000010",
            CITY,
            CITY_SIEGE,
            230,
            "872",
            new AnswerValue.Number(872, 872, false),
            new Prompt.Numeric("For how many days did the siege of Leningrad last?", 0.0),
            0.86));
    qs.add(
        q(
            "q-000000000011",
            CITY,
            CITY_ARCHITECT,
            300,
            "Domenico Trezzini",
            new AnswerValue.Person("Domenico Trezzini", "architect"),
            new Prompt.TrueFalse(
                "The Peter and Paul Cathedral was designed by Bartolomeo Rastrelli.", false),
            0.69));
    qs.add(
        q(
            "q-000000000012",
            RAIL,
            RAIL_PASSENGERS,
            500,
            "600",
            new AnswerValue.Number(600, 600, true),
            new Prompt.Cloze("On the opening day some ____ passengers rode in the wagons."),
            0.62));
    qs.add(
        q(
            "q-000000000013",
            CANAL,
            CANAL_SHARES,
            400,
            "\u00a34 million",
            new AnswerValue.Number(4_000_000, 4_000_000, false),
            new Prompt.Cloze(
                "In 1875 Britain paid ____ for the khedive's 44% stake {#1}: a bargain = a win?"),
            0.6));
    qs.add(
        q(
            "q-000000000014",
            CITY,
            CITY_FOUNDED,
            10,
            "Peter the Great",
            new AnswerValue.Person("Peter the Great", "founder"),
            new Prompt.ShortAnswer("Which tsar founded the city at the mouth of the Neva in 1703?"),
            0.82));
    // the same fact as 0001 (same evidence and answer span), in another form
    qs.add(
        q(
            "q-0000000000d1",
            RAIL,
            RAIL_OPENING,
            100,
            "27 September 1825",
            AnswerValue.Date.of("1825-09-27", "1825-09-27"),
            new Prompt.TrueFalse("The Stockton and Darlington line opened in 1825.", true),
            0.9));
    // the same fact as 0010 (same document and value), from another sentence
    qs.add(
        q(
            "q-0000000000d2",
            CITY,
            CITY_SIEGE,
            230,
            "872",
            new AnswerValue.Number(872, 872, false),
            new Prompt.ShortAnswer("How many days did the siege of Leningrad last?"),
            0.7));
    // below the quality threshold
    qs.add(
        q(
            "q-0000000000w1",
            RAIL,
            RAIL_ENGINEER,
            220,
            "Locomotion No. 1",
            new AnswerValue.Person("Locomotion No. 1", "engine"),
            new Prompt.ShortAnswer("Who drove on the first day?"),
            0.3));
    return qs;
  }

  /** The number of distinct facts above the default threshold in {@link #all()}. */
  public static final int USABLE = 14;

  /** A question whose answer span is {@code answer} found in {@code evidence} (or all of it). */
  public static Question q(
      String key,
      String doc,
      String evidence,
      int at,
      String answer,
      AnswerValue value,
      Prompt prompt,
      double score) {
    int inEvidence = evidence.indexOf(answer);
    TextSpan answerSpan =
        inEvidence < 0
            ? new TextSpan(at, at + evidence.length())
            : new TextSpan(at + inEvidence, at + inEvidence + answer.length());
    Source source = new Source(doc, evidence, new TextSpan(at, at + evidence.length()), answerSpan);
    FactKind kind = value.kind();
    return new Question(key, kind, prompt, answer, value, source, score, List.of(kind.code()));
  }
}
