package dev.quiz.core.render;

import dev.quiz.core.model.AnswerValue;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the answer key says about a question: the answer, the accepted forms, the tolerance. */
final class Answers {
  private Answers() {}

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** The answer as the key shows it: the letter and text for a choice, True/False, or the text. */
  static String shown(SheetItem item) {
    Prompt p = item.question().prompt();
    if (p instanceof Prompt.MultipleChoice) {
      return item.correctLetter().get() + ") " + item.choices().get(item.correct());
    }
    if (p instanceof Prompt.TrueFalse tf) {
      return tf.truth() ? "True" : "False";
    }
    return item.question().answer();
  }

  /** The answer in words for the sources list: True/False for a statement, else the answer. */
  static String plainAnswer(Question q) {
    if (q.prompt() instanceof Prompt.TrueFalse tf) {
      return tf.truth() ? "True" : "False";
    }
    return q.answer();
  }

  /**
   * The written forms a grader should accept for a typed answer, the answer itself first; empty for
   * multiple choice and true/false.
   */
  static List<String> accepted(Question q) {
    Prompt p = q.prompt();
    if (p instanceof Prompt.MultipleChoice || p instanceof Prompt.TrueFalse) {
      return Collections.emptyList();
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(q.answer());
    AnswerValue v = q.value();
    if (v instanceof AnswerValue.Date d) {
      dateForms(d, forms);
    } else if (v instanceof AnswerValue.Number n && n.low() == n.high()) {
      forms.add(plain(n.low()));
      if (n.low() == Math.rint(n.low()) && Math.abs(n.low()) >= 1000 && Math.abs(n.low()) < 1e15) {
        forms.add(String.format(Locale.ROOT, "%,d", (long) n.low()));
      }
    } else if (v instanceof AnswerValue.Person person) {
      forms.add(person.name());
      surname(person.name(), forms);
    }
    return Collections.unmodifiableList(new ArrayList<>(forms));
  }

  /**
   * Adds the family name of a "Given Family" name ("Lesseps"; "de Lesseps" keeps its particle); a
   * name like "Peter the Great" or a single word has none.
   */
  private static void surname(String name, Set<String> forms) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 2 || name.contains(" the ") || !Character.isUpperCase(words[0].charAt(0))) {
      return;
    }
    int from = words.length - 1;
    while (from > 1 && Character.isLowerCase(words[from - 1].charAt(0))) {
      from--;
    }
    StringBuilder b = new StringBuilder(words[from]);
    for (int i = from + 1; i < words.length; i++) {
      b.append(' ').append(words[i]);
    }
    forms.add(b.toString());
    forms.add(words[words.length - 1]);
  }

  /** The accepted interval of a numeric question, {@code [low, high]}, or empty for other forms. */
  static double[] interval(Question q) {
    if (!(q.prompt() instanceof Prompt.Numeric num)
        || !(q.value() instanceof AnswerValue.Number n)) {
      return new double[0];
    }
    double t = num.tolerance();
    return new double[] {n.low() - Math.abs(n.low()) * t, n.high() + Math.abs(n.high()) * t};
  }

  /**
   * What a grader may accept besides the answer itself: the other written forms, or the numeric
   * range and tolerance; empty when only the answer counts.
   */
  static String acceptedText(Question q) {
    double[] range = interval(q);
    if (range.length == 2) {
      double t = ((Prompt.Numeric) q.prompt()).tolerance();
      return "any number from "
          + plain(range[0])
          + " to "
          + plain(range[1])
          + " (tolerance "
          + plain(t * 100)
          + "%)";
    }
    List<String> forms = accepted(q);
    return forms.size() <= 1 ? "" : String.join(" | ", forms.subList(1, forms.size()));
  }

  /**
   * The evidence split around the answer's words: before, answer, after. The answer part is empty
   * when the answer span is not inside the evidence or covers all of it (nothing to point at).
   */
  static String[] evidenceParts(Source s) {
    String ev = s.evidence();
    int a = s.answerSpan().start() - s.span().start();
    int b = s.answerSpan().end() - s.span().start();
    if (a < 0 || b > ev.length() || a >= b || b - a == ev.length()) {
      return new String[] {ev, "", ""};
    }
    return new String[] {ev.substring(0, a), ev.substring(a, b), ev.substring(b)};
  }

  /** A number without exponent or trailing zeros: 2000, 2.5, -0.25. */
  static String plain(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  private static void dateForms(AnswerValue.Date d, Set<String> forms) {
    if (!d.start().isPresent() || !d.start().equals(d.end())) {
      return;
    }
    String iso = d.start().get();
    if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      int month = Integer.parseInt(iso.substring(5, 7));
      int day = Integer.parseInt(iso.substring(8, 10));
      String year = iso.substring(0, 4);
      if (month >= 1 && month <= 12) {
        forms.add(day + " " + MONTHS[month - 1] + " " + year);
        forms.add(MONTHS[month - 1] + " " + day + ", " + year);
      }
      forms.add(iso);
    } else if (iso.matches("\\d{4}-\\d{2}")) {
      int month = Integer.parseInt(iso.substring(5, 7));
      if (month >= 1 && month <= 12) {
        forms.add(MONTHS[month - 1] + " " + iso.substring(0, 4));
      }
    } else if (iso.matches("\\d{4}")) {
      forms.add(iso);
    }
  }
}
