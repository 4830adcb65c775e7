package dev.quiz.core.export;

import dev.quiz.core.InvalidInputException;
import dev.quiz.core.model.Card;
import dev.quiz.core.model.CardId;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.Note;
import dev.quiz.core.model.NoteId;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.ReviewLog;
import dev.quiz.core.model.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything an export writes, resolved from {@link ExportData} once: notes in a stable order with
 * their ids, guids, fields, tags and decks; deck ids; the review history to write. Shared by the
 * {@code .apkg} and CSV writers. Immutable after construction.
 */
final class ExportPlan {
  /**
   * Anki note and card ids are {@code ID_BASE + note id}: stable across exports, in the past
   * (2017-07-14), unique inside the package (README §4).
   */
  static final long ID_BASE = 1_500_000_000_000L;

  private static final Comparator<Note> BY_ID = Comparator.comparingLong(n -> n.id().value());

  final List<PlannedNote> notes;

  /** Deck name → Anki deck id, parents included, sorted by name. */
  final Map<String, Long> decks;

  /** Decks that hold cards. */
  final int cardDecks;

  /** Every tag used, sorted. */
  final List<String> tags;

  /** Reviews of exported cards at or before the export time, oldest first. */
  final List<ReviewLog> reviews;

  /** Bank card id → Anki card id, for the review log. */
  final Map<CardId, Long> cardIds;

  final ExportOptions options;

  /** Deck names already worked out, by document title (cleaning a name is costly). */
  private final Map<String, String> deckByTitle = new HashMap<>();

  private ExportPlan(ExportData data, ExportOptions options) {
    this.options = options;
    List<Note> sorted = new ArrayList<>(data.notes());
    Collections.sort(sorted, BY_ID);
    checkUnique(sorted);
    Map<NoteId, Card> cardOf = cardsByNote(data.cards());
    List<PlannedNote> planned = new ArrayList<>(sorted.size());
    Map<CardId, Long> ids = new HashMap<>();
    TreeSet<String> deckNames = new TreeSet<>();
    TreeSet<String> allTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Note n : sorted) {
      Optional<Card> card = Optional.ofNullable(cardOf.get(n.id()));
      PlannedNote p = plan(n, data, card, planned.size() + 1);
      planned.add(p);
      card.ifPresent(c -> ids.put(c.id(), p.id()));
      deckNames.add(p.deckName());
      allTags.addAll(p.tags());
    }
    this.notes = Collections.unmodifiableList(planned);
    this.cardIds = Collections.unmodifiableMap(ids);
    this.cardDecks = deckNames.size();
    this.decks = deckIds(deckNames);
    this.tags = Collections.unmodifiableList(new ArrayList<>(allTags));
    this.reviews = reviewsOf(data.reviews(), ids.keySet(), options);
  }

  /**
   * @throws InvalidInputException when there is no note, or two notes share a question key or id
   */
  static ExportPlan of(ExportData data, ExportOptions options) {
    if (data.notes().isEmpty()) {
      throw new InvalidInputException(
          "nothing to export: deck " + scopeName(data, options) + " has no questions");
    }
    return new ExportPlan(data, options);
  }

  /** Units of work for progress: notes, cards, reviews and the zip. */
  long units() {
    return 2L * notes.size() + reviews.size() + 1;
  }

  private static String scopeName(ExportData data, ExportOptions options) {
    if (options.deckName().isPresent()) {
      return options.deckName().get();
    }
    List<String> names = new ArrayList<>();
    for (Deck d : data.decks()) {
      names.add(d.name());
    }
    return names.isEmpty() ? AnkiNames.ROOT_DECK : String.join(", ", names);
  }

  private PlannedNote plan(Note n, ExportData data, Optional<Card> card, int position) {
    Question q = n.question();
    SourceDocument doc = data.documents().get(n.documentId());
    String docName = doc != null ? doc.name() : q.source().document();
    String title = doc != null && !doc.title().trim().isEmpty() ? doc.title() : docName;
    String deck =
        deckByTitle.computeIfAbsent(
            title,
            t ->
                options.deckName().isPresent()
                    ? AnkiNames.deckName(options.deckName().get())
                    : AnkiNames.documentDeck(t));
    List<String> rawTags = new ArrayList<>(q.tags());
    rawTags.addAll(
        Arrays.asList(
            "quiz", "doc::" + docName, "kind::" + q.kind().code(), "form::" + q.type().code()));
    long nowSeconds = options.now().getEpochSecond();
    return new PlannedNote(
        ID_BASE + n.id().value(),
        AnkiText.guid("quiz:question:" + q.key()),
        NoteFields.of(q, title),
        Math.min(n.modified().getEpochSecond(), nowSeconds),
        AnkiNames.tags(rawTags),
        deck.isEmpty() ? AnkiNames.ROOT_DECK : deck,
        position,
        card);
  }

  private static void checkUnique(List<Note> sorted) {
    Map<String, Note> byKey = new HashMap<>();
    Note previous = null;
    for (Note n : sorted) {
      if (previous != null && previous.id().equals(n.id())) {
        throw new InvalidInputException("note " + n.id() + " is listed twice");
      }
      Note other = byKey.put(n.question().key(), n);
      if (other != null) {
        throw new InvalidInputException(
            "notes "
                + other.id()
                + " and "
                + n.id()
                + " share question key "
                + n.question().key()
                + ": each question needs its own key");
      }
      previous = n;
    }
  }

  private static Map<NoteId, Card> cardsByNote(List<Card> cards) {
    Map<NoteId, Card> m = new HashMap<>();
    for (Card c : cards) {
      Card old = m.get(c.noteId());
      if (old == null || c.id().value() < old.id().value()) {
        m.put(c.noteId(), c);
      }
    }
    return m;
  }

  /** Ids derived from the lower-cased name, so a deck keeps its id across exports. */
  private static Map<String, Long> deckIds(TreeSet<String> cardDecks) {
    TreeSet<String> all = new TreeSet<>();
    for (String d : cardDecks) {
      all.addAll(AnkiNames.withParents(d));
    }
    Map<String, Long> ids = new LinkedHashMap<>();
    TreeMap<Long, String> used = new TreeMap<>();
    for (String name : all) {
      long h = AnkiText.hash64("quiz:deck:" + name.toLowerCase(Locale.ROOT));
      long id = 1_000_000_000_000L + Math.floorMod(h, 500_000_000_000L);
      while (used.containsKey(id)) {
        id++;
      }
      used.put(id, name);
      ids.put(name, id);
    }
    return Collections.unmodifiableMap(ids);
  }

  private static List<ReviewLog> reviewsOf(
      List<ReviewLog> all, Set<CardId> exported, ExportOptions options) {
    if (!options.withScheduling()) {
      return Collections.emptyList();
    }
    List<ReviewLog> out = new ArrayList<>();
    for (ReviewLog r : all) {
      if (exported.contains(r.cardId()) && !r.reviewedAt().isAfter(options.now())) {
        out.add(r);
      }
    }
    Collections.sort(
        out,
        Comparator.comparing(ReviewLog::reviewedAt).thenComparingLong(r -> r.cardId().value()));
    return Collections.unmodifiableList(out);
  }
}
