package dev.quiz.cli;

import dev.quiz.bank.extract.Evidence;
import dev.quiz.bank.pipeline.BankResult;
import dev.quiz.bank.pipeline.MergedFact;
import dev.quiz.bank.text.Document;
import dev.quiz.core.model.Deck;
import dev.quiz.core.model.FactKind;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.model.Source;
import dev.quiz.core.store.DocumentImport;
import dev.quiz.core.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Stores what the generator made of a batch of documents: per document, its facts and questions
 * through {@link Store#importDocument}, so re-running adds nothing twice and a changed document
 * keeps the reviews of questions that still exist. Counts what it stored for the summary. One per
 * run.
 */
final class GeneratedToBank {
  private final Store store;
  private final Deck deck;
  private final Instant now;

  final Map<FactKind, Integer> factsByKind = new EnumMap<>(FactKind.class);
  final Map<QuestionType, Integer> questionsByType = new EnumMap<>(QuestionType.class);
  int conflicts;
  int added;
  int updated;
  int unchanged;
  int removed;

  GeneratedToBank(Store store, Deck deck, Instant now) {
    this.store = store;
    this.deck = deck;
    this.now = now;
  }

  /** Stores the batch's documents, each in its own transaction. */
  void store(List<Document> batch, BankResult result) {
    for (Document d : batch) {
      List<Store.NewFact> facts = factsOf(d.name(), result);
      List<Question> questions = new ArrayList<>();
      for (Question q : result.questions()) {
        if (q.source().document().equals(d.name())) {
          questions.add(q);
          questionsByType.merge(q.type(), 1, Integer::sum);
        }
      }
      DocumentImport.Outcome o =
          store.importDocument(
              deck.id(),
              new DocumentImport(
                  d.name(), title(d), sha256(d.text()), d.text().length(), facts, questions),
              now);
      added += o.added();
      updated += o.updated();
      unchanged += o.unchanged();
      removed += o.removed();
    }
  }

  private List<Store.NewFact> factsOf(String document, BankResult result) {
    List<Store.NewFact> out = new ArrayList<>();
    for (MergedFact m : result.facts()) {
      for (Evidence e : m.sources()) {
        if (e.document().equals(document)) {
          out.add(
              new Store.NewFact(
                  m.fact().about(),
                  m.fact().answer(),
                  m.fact().value(),
                  new Source(e.document(), e.sentence(), e.sentenceSpan(), e.answerSpan()),
                  m.conflict()));
          factsByKind.merge(m.fact().kind(), 1, Integer::sum);
          conflicts += m.conflict() ? 1 : 0;
        }
      }
    }
    return out;
  }

  /**
   * The document's title: its first non-blank line without Wikipedia's {@code =} marks or
   * Markdown's {@code #}, cut to 120 characters; the file name when there is none.
   */
  static String title(Document d) {
    for (String line : d.text().split("\\R", 20)) {
      String t = line.replaceAll("^[=#\\s]+|[=\\s]+$", "").replaceAll("<[^>]*>", "").strip();
      if (!t.isEmpty()) {
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
      }
    }
    return d.name();
  }

  private static String sha256(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : h) {
        sb.append(String.format("%02x", b));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
