package dev.quiz.core.study;

import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.CardState;
import dev.quiz.core.model.CardType;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.DeckId;
import dev.quiz.core.model.DocumentId;
import dev.quiz.core.model.FactRecord;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SchedulerKind;
import dev.quiz.core.model.SourceDocument;
import dev.quiz.core.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A Store in memory for the session tests: decks, notes, cards and reviews; the rest throws. */
final class InMemoryStore implements Store {
  private Map<Long, Deck> decks = new LinkedHashMap<>();
  private Map<Long, Note> notes = new LinkedHashMap<>();
  private Map<Long, Card> cards = new LinkedHashMap<>();
  private List<ReviewLog> reviews = new ArrayList<>();

  @Override
  public <T> T inTransaction(Function<Store, T> work) {
    Map<Long, Deck> d = new LinkedHashMap<>(decks);
    Map<Long, Note> n = new LinkedHashMap<>(notes);
    Map<Long, Card> c = new LinkedHashMap<>(cards);
    List<ReviewLog> r = new ArrayList<>(reviews);
    try {
      return work.apply(this);
    } catch (RuntimeException e) {
      decks = d;
      notes = n;
      cards = c;
      reviews = r;
      throw e;
    }
  }

  @Override
  public Deck deckNamed(String name, SchedulerKind scheduler) {
    Optional<Deck> found = findDeck(name);
    if (found.isPresent()) {
      return found.get();
    }
    Deck deck =
        new Deck(new DeckId(decks.size() + 1), name, scheduler, Deck.DEFAULT_NEW_CARDS_PER_DAY);
    decks.put(deck.id().value(), deck);
    return deck;
  }

  @Override
  public Optional<Deck> findDeck(String name) {
    return decks.values().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  @Override
  public Optional<Deck> deck(DeckId id) {
    return Optional.ofNullable(decks.get(id.value()));
  }

  @Override
  public List<Deck> decks() {
    return new ArrayList<>(decks.values());
  }

  @Override
  public void updateDeck(Deck deck) {
    decks.put(deck.id().value(), deck);
  }

  @Override
  public Optional<String> deckSettings(DeckId id) {
    return Optional.empty();
  }

  @Override
  public void saveDeckSettings(DeckId id, String settingsJson) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<SourceDocument> findDocument(String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SourceDocument saveDocument(String name, String title, String sha256, int length) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<SourceDocument> documents() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<FactRecord> replaceFacts(DocumentId document, List<NewFact> facts) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<FactRecord> facts(DocumentId document) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Note upsertNote(DeckId deck, DocumentId document, Question question, Instant now) {
    Note note = new Note(new NoteId(notes.size() + 1), deck, document, question, now);
    notes.put(note.id().value(), note);
    Card card =
        new Card(new CardId(cards.size() + 1), note.id(), deck, CardState.newCard(now), false);
    cards.put(card.id().value(), card);
    return note;
  }

  @Override
  public Optional<Note> findNote(String key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<Note> note(NoteId id) {
    return Optional.ofNullable(notes.get(id.value()));
  }

  @Override
  public List<Note> notes(NoteQuery query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int deleteNotesExcept(DocumentId document, List<String> keep) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<Card> card(CardId id) {
    return Optional.ofNullable(cards.get(id.value()));
  }

  @Override
  public List<Card> cardsOf(NoteId note) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Card> dueCards(Optional<DeckId> deck, Instant now, int limit) {
    return cards(deck).stream()
        .filter(c -> !c.suspended() && c.state().type() != CardType.NEW)
        .filter(c -> !c.state().due().isAfter(now))
        .sorted(Comparator.comparing((Card c) -> c.state().due()))
        .limit(limit)
        .collect(Collectors.toList());
  }

  @Override
  public List<Card> newCards(Optional<DeckId> deck, int limit) {
    return cards(deck).stream()
        .filter(c -> !c.suspended() && c.state().type() == CardType.NEW)
        .limit(limit)
        .collect(Collectors.toList());
  }

  @Override
  public List<Card> cards(Optional<DeckId> deck) {
    return cards.values().stream()
        .filter(c -> !deck.isPresent() || c.deckId().equals(deck.get()))
        .collect(Collectors.toList());
  }

  @Override
  public void updateCard(Card card) {
    cards.put(card.id().value(), card);
  }

  @Override
  public void saveReview(Card updated, ReviewLog log) {
    cards.put(updated.id().value(), updated);
    reviews.add(log);
  }

  @Override
  public Optional<ReviewLog> undoLastReview(CardId card) {
    for (int i = reviews.size() - 1; i >= 0; i--) {
      ReviewLog r = reviews.get(i);
      if (r.cardId().equals(card)) {
        reviews.remove(i);
        cards.put(card.value(), cards.get(card.value()).withState(r.before()));
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<ReviewLog> reviews(Optional<DeckId> deck, Instant from, Instant to) {
    return reviews.stream()
        .filter(r -> !r.reviewedAt().isBefore(from) && r.reviewedAt().isBefore(to))
        .filter(r -> !deck.isPresent() || card(r.cardId()).get().deckId().equals(deck.get()))
        .collect(Collectors.toList());
  }

  @Override
  public void close() {}
}
