package dev.quiz.core.model;

import java.util.Objects;

/**
 * A document questions were generated from, as the bank remembers it. Immutable.
 *
 * @param id the document's id in the bank
 * @param name its file name, without folders; unique in a bank
 * @param title its title (from a {@code = Title =} line or headline), or the file name
 * @param sha256 hex digest of its bytes, to tell when it changed
 * @param length its length in characters
 */
public record SourceDocument(DocumentId id, String name, String title, String sha256, int length) {
  public SourceDocument {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(sha256, "sha256 == null");
  }
}
