package dev.quiz.bank.generate;

import dev.quiz.bank.extract.DocumentContext;
import dev.quiz.bank.extract.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One document's facts with what question generation needs around them. Immutable.
 *
 * @param context the segmented document
 * @param facts the document's facts
 * @param title the document's title or headline ("" when it has none)
 */
public record GenerationInput(DocumentContext context, List<Fact> facts, String title) {
  public GenerationInput {
    Objects.requireNonNull(context, "context == null");
    facts = Collections.unmodifiableList(new ArrayList<>(facts));
    Objects.requireNonNull(title, "title == null");
  }
}
