package dev.quiz.core.export;

import dev.quiz.core.model.Card;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One note as it will be written: its Anki ids, guid, fields, tags, deck and card. Immutable.
 *
 * @param id the Anki note id (ms), also its card's id
 * @param guid the stable guid from the question key
 * @param fields the rendered fields
 * @param modified when the content last changed, epoch seconds, at most the export time
 * @param tags cleaned tags, sorted
 * @param deckName the Anki deck of its card
 * @param position the new-queue position, 1..notes
 * @param card the bank card giving its state; empty for a new card
 */
record PlannedNote(
    long id,
    String guid,
    NoteFields fields,
    long modified,
    List<String> tags,
    String deckName,
    int position,
    Optional<Card> card) {
  PlannedNote {
    tags = Collections.unmodifiableList(tags);
  }
}
