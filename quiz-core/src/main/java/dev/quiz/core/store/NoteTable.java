package dev.quiz.core.store;

import dev.quiz.core.model.CardState;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Notes (questions) with their one card each. One per {@link Db}; not thread-safe. */
final class NoteTable {
  private final Db db;

  NoteTable(Db db) {
    this.db = db;
  }

  Note upsert(DeckId deck, DocumentId document, Question question, Instant now) {
    Objects.requireNonNull(question, "question == null");
    Objects.requireNonNull(now, "now == null");
    return db.tx(
        () -> {
          Optional<Note> old = find(question.key());
          if (!old.isPresent()) {
            long id = db.insert(NoteRows.TABLE, NoteRows.values(deck, document, question, now));
            NoteId noteId = new NoteId(id);
            db.insert(CardRows.TABLE, CardRows.values(noteId, deck, CardState.newCard(now), false));
            return new Note(noteId, deck, document, question, now);
          }
          Note note = old.get();
          if (note.question().equals(question) && note.documentId().equals(document)) {
            return note;
          }
          Row row =
              new Row()
                  .put("document_id", document.value())
                  .putAll(NoteRows.content(question))
                  .put("modified", now);
          db.updateRow(NoteRows.TABLE, row, note.id().value());
          return new Note(note.id(), note.deckId(), document, question, now);
        });
  }

  Optional<Note> find(String key) {
    return db.first(Sql.query("note_by_key"), NoteRows::read, key);
  }

  Optional<Note> byId(NoteId id) {
    return db.first(Sql.query("note_by_id"), NoteRows::read, id.value());
  }

  List<Note> query(Store.NoteQuery q) {
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (q.deck().isPresent()) {
      where.add("`deck_id` = ?");
      args.add(q.deck().get().value());
    }
    if (q.document().isPresent()) {
      where.add("`document_id` = ?");
      args.add(q.document().get().value());
    }
    if (q.kind().isPresent()) {
      where.add("`kind` = ?");
      args.add(q.kind().get().code());
    }
    if (q.text().isPresent()) {
      // case-insensitive (ASCII) substring of prompt, answer or evidence; instr needs no escaping
      where.add(
          "(instr(lower(`prompt_text`), lower(?)) > 0 OR instr(lower(`answer`), lower(?)) > 0"
              + " OR instr(lower(`source_evidence`), lower(?)) > 0)");
      String t = q.text().get();
      args.add(t);
      args.add(t);
      args.add(t);
    }
    String sql =
        Sql.query("notes_select")
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY `id`";
    return db.list(sql, NoteRows::read, args.toArray());
  }

  int deleteExcept(DocumentId document, List<String> keep) {
    Set<String> kept = new HashSet<>(keep);
    return db.tx(
        () -> {
          int deleted = 0;
          for (KeyRow row :
              db.list(
                  Sql.query("note_keys_of_document"),
                  rs -> new KeyRow(rs.getLong(1), rs.getString(2)),
                  document.value())) {
            if (!kept.contains(row.key())) {
              deleted += db.update(Sql.query("note_delete"), row.id()); // cards, reviews cascade
            }
          }
          return deleted;
        });
  }

  private record KeyRow(long id, String key) {}
}
