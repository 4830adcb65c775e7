package dev.quiz.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A generated question, before it is stored: the content of a {@link Note}. Immutable.
 *
 * @param key stable identity ({@code "q-" + 12 hex digits}): the same document and fact give the
 *     same key on every run, so regenerating updates instead of duplicating
 * @param kind the kind of fact asked about
 * @param prompt what the learner sees
 * @param answer the correct answer as a person would write it
 * @param value the answer normalized
 * @param source where it comes from
 * @param score the generator's confidence that the question is good, in [0, 1]
 * @param tags free labels
 */
public record Question(
    String key,
    FactKind kind,
    Prompt prompt,
    String answer,
    AnswerValue value,
    Source source,
    double score,
    List<String> tags) {
  public Question {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(prompt, "prompt == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(source, "source == null");
    tags = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tags));
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    if (value.kind() != kind) {
      throw new IllegalArgumentException("value kind " + value.kind() + " is not " + kind);
    }
  }

  /** The question form, from the prompt. */
  public QuestionType type() {
    return prompt.type();
  }
}
