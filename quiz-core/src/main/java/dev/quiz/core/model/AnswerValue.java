package dev.quiz.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The normalized value of an answer, shaped as the gold facts are ({@code shared/gold/SCHEMA.md}).
 */
public sealed interface AnswerValue {

  /** Which kind of fact this value belongs to. */
  FactKind kind();

  /**
   * A date or date range. ISO text, partial allowed ({@code "2001-11"}, {@code "2001"}, {@code
   * "--11-09"} when the year is unknown). A relative date that cannot be placed has empty start and
   * end and its words in {@code relative}.
   */
  record Date(Optional<String> start, Optional<String> end, Optional<String> relative)
      implements AnswerValue {
    public Date {
      Objects.requireNonNull(start, "start == null");
      Objects.requireNonNull(end, "end == null");
      Objects.requireNonNull(relative, "relative == null");
      if (!start.isPresent() && !relative.isPresent()) {
        throw new IllegalArgumentException("a date needs a start or a relative description");
      }
    }

    /** A calendar date or range. */
    public static Date of(String start, String end) {
      return new Date(Optional.of(start), Optional.of(end), Optional.empty());
    }

    /** A date known only relative to an unknown day, e.g. {@code "Sunday"}. */
    public static Date relative(String words) {
      return new Date(Optional.empty(), Optional.empty(), Optional.of(words));
    }

    @Override
    public FactKind kind() {
      return FactKind.DATE;
    }
  }

  /** A number or range; {@code low == high} for one value; {@code approx} for "about", "some". */
  record Number(double low, double high, boolean approx) implements AnswerValue {
    public Number {
      if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
        throw new IllegalArgumentException(
            "number range must be finite with low <= high: " + low + ".." + high);
      }
    }

    @Override
    public FactKind kind() {
      return FactKind.NUMBER;
    }
  }

  /** A person in a role, e.g. {@code ("Mohammed Fahim", "commander")}. */
  record Person(String name, String role) implements AnswerValue {
    public Person {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(role, "role == null");
      if (name.trim().isEmpty()) {
        throw new IllegalArgumentException("person name is blank");
      }
    }

    @Override
    public FactKind kind() {
      return FactKind.PERSON;
    }
  }
}
