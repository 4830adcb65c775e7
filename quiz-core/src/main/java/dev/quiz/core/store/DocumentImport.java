package dev.quiz.core.store;

import dev.quiz.core.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything generated from one document, ready to be stored with {@link Store#importDocument}.
 * Immutable.
 *
 * @param name the document's file name, without folders; identifies it in the bank
 * @param title its title
 * @param sha256 hex digest of its bytes
 * @param length its length in characters
 * @param facts the facts found in it
 * @param questions the questions generated from it; keys unique
 */
public record DocumentImport(
    String name,
    String title,
    String sha256,
    int length,
    List<Store.NewFact> facts,
    List<Question> questions) {
  public DocumentImport {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(sha256, "sha256 == null");
    facts = Collections.unmodifiableList(new ArrayList<>(facts));
    questions = Collections.unmodifiableList(new ArrayList<>(questions));
  }

  /**
   * What importing a document changed.
   *
   * @param added questions new to the bank
   * @param updated questions whose content changed (their cards and reviews kept)
   * @param unchanged questions already stored exactly so
   * @param removed questions the document no longer yields, deleted with their cards and reviews
   */
  public record Outcome(int added, int updated, int unchanged, int removed) {}
}
