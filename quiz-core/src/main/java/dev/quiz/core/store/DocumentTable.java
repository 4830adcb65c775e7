package dev.quiz.core.store;

import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactId;
import dev.quiz.core.model.FactRecord;
import dev.quiz.core.model.SourceDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Source documents and their facts. One per {@link Db}; not thread-safe. */
final class DocumentTable {
  private final Db db;

  DocumentTable(Db db) {
    this.db = db;
  }

  Optional<SourceDocument> find(String name) {
    return db.first(Sql.query("document_by_name"), DocumentRows::read, name);
  }

  SourceDocument save(String name, String title, String sha256, int length) {
    Objects.requireNonNull(name, "name == null");
    Row row = DocumentRows.values(name, title, sha256, length);
    return db.tx(
        () -> {
          Optional<SourceDocument> old = find(name);
          long id;
          if (old.isPresent()) {
            id = old.get().id().value();
            db.updateRow(DocumentRows.TABLE, row, id);
          } else {
            id = db.insert(DocumentRows.TABLE, row);
          }
          return new SourceDocument(new DocumentId(id), name, title, sha256, length);
        });
  }

  List<SourceDocument> all() {
    return db.list(Sql.query("documents_all"), DocumentRows::read);
  }

  List<FactRecord> replaceFacts(DocumentId document, List<Store.NewFact> facts) {
    return db.tx(
        () -> {
          db.update(Sql.query("facts_delete_of_document"), document.value());
          List<FactRecord> out = new ArrayList<>();
          for (Store.NewFact f : facts) {
            long id = db.insert(FactRows.TABLE, FactRows.values(document, f));
            out.add(
                new FactRecord(
                    new FactId(id),
                    document,
                    f.about(),
                    f.answer(),
                    f.value(),
                    f.source(),
                    f.conflict()));
          }
          return Collections.unmodifiableList(out);
        });
  }

  List<FactRecord> facts(DocumentId document) {
    return db.list(Sql.query("facts_of_document"), FactRows::read, document.value());
  }
}
