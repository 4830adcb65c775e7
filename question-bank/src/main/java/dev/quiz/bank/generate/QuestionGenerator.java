package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberFact;
import dev.quiz.bank.extract.PersonFact;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.Token;
import dev.quiz.bank.text.Tokenizer;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Turns a document's facts into questions: cloze, short answer, multiple choice (three
 * distractors), numeric. Drops weak ones, duplicates and any whose prompt shows the answer.
 * Thread-safe; the randomness of choice order comes from the generator passed in.
 */
public final class QuestionGenerator {
  private static final int CHOICES = 4;
  private final Tokenizer tokenizer;
  private final ClozeGenerator cloze = new ClozeGenerator();
  private final ShortAnswerGenerator shortAnswers = new ShortAnswerGenerator();

  /** A generator that tags evidence sentences with {@code tokenizer} to build questions. */
  public QuestionGenerator(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /**
   * The questions for one document.
   *
   * @param doc the document's facts
   * @param corpus facts of every document, for distractors
   * @param rng orders the choices; pass a generator seeded per document for reproducible output
   */
  public List<Question> generate(
      GenerationInput doc, List<? extends Fact> corpus, RandomGenerator rng) {
    return generate(doc, corpus, new Distractors(doc.facts(), corpus), rng);
  }

  /**
   * The questions for one document, with wrong answers from other documents only when those are of
   * the same era: both main years known and at most 25 years apart.
   *
   * @param doc the document's facts
   * @param corpus facts of every document, for distractors
   * @param mainYears each document's main year by file name; a document missing here counts as
   *     unknown
   * @param rng orders the choices; pass a generator seeded per document for reproducible output
   */
  public List<Question> generate(
      GenerationInput doc,
      List<? extends Fact> corpus,
      Map<String, java.util.OptionalInt> mainYears,
      RandomGenerator rng) {
    java.util.OptionalInt own = doc.context().year();
    Distractors distractors =
        new Distractors(
            doc.facts(),
            corpus,
            d ->
                Distractors.sameEra(own, mainYears.getOrDefault(d, java.util.OptionalInt.empty())));
    return generate(doc, corpus, distractors, rng);
  }

  private List<Question> generate(
      GenerationInput doc,
      List<? extends Fact> corpus,
      Distractors distractors,
      RandomGenerator rng) {
    Map<Integer, List<Token>> tokens = new HashMap<>();
    Map<String, Question> out = new LinkedHashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    for (Fact f : doc.facts()) {
      Sentence unit = doc.context().units().get(f.evidence().sentenceIndex());
      List<Token> toks =
          unit.kind() == Sentence.Kind.PROSE
              ? tokens.computeIfAbsent(unit.index(), i -> tokenizer.tag(unit))
              : List.of();
      for (Question q : forFact(doc, f, unit, toks, distractors, rng)) {
        if (q.score() >= QuestionScorer.THRESHOLD
            && !Words.shows(q.prompt().text(), q.answer())
            && (q.type() == QuestionType.TRUE_FALSE
                || !Words.shows(q.prompt().text(), f.answer())
                    && !SameKind.givesAway(q.prompt().text(), f))) {
          String k =
              q.type().code()
                  + "|"
                  + Words.norm(q.prompt().text())
                  + (q.prompt() instanceof Prompt.MultipleChoice
                      ? "|" + Words.norm(q.answer())
                      : "");
          Question old = out.get(k);
          if (old != null && !Words.norm(old.answer()).equals(Words.norm(q.answer()))) {
            ambiguous.add(k);
          } else if (old == null || q.score() > old.score()) {
            out.put(k, q);
          }
        }
      }
    }
    ambiguous.forEach(out::remove);
    return new ArrayList<>(out.values());
  }

  private List<Question> forFact(
      GenerationInput doc,
      Fact f,
      Sentence unit,
      List<Token> toks,
      Distractors distractors,
      RandomGenerator rng) {
    List<Question> out = new ArrayList<>();
    boolean prose = unit.kind() == Sentence.Kind.PROSE;
    if (!prose && f instanceof PersonFact && unit.kind() != Sentence.Kind.TITLE) {
      Optional<List<String>> wrong = distractors.pickOtherDocuments(f, CHOICES - 1, rng);
      Optional<String> stem = cloze.listedPerson(f, unit, doc.title(), doc.context().units());
      if (stem.isPresent() && wrong.isPresent()) {
        out.add(choice(doc, f, stem.get(), wrong.get(), rng, prose));
      } else if (stem.isPresent()) {
        cloze
            .listedAlone(f, unit, doc.title(), doc.context().units())
            .ifPresent(t -> out.add(make(doc, f, new Prompt.Cloze(t), prose)));
      }
      return out;
    }
    Optional<String> clozeText = cloze.text(f, unit, doc.title(), doc.context().units());
    Optional<String> question =
        prose
            ? shortAnswers
                .question(f, toks)
                .filter(q -> !SameKind.mentions(q, f))
                .map(
                    q ->
                        Context.resolve(
                            q,
                            ClozeGenerator.previous(unit, doc.context().units()),
                            doc.title(),
                            f.answer()))
                .flatMap(q -> Specific.withTopic(q, doc.title()))
            : Optional.empty();
    clozeText.ifPresent(t -> out.add(make(doc, f, new Prompt.Cloze(t), prose)));
    question.ifPresent(t -> out.add(make(doc, f, new Prompt.ShortAnswer(t), prose)));
    Optional<String> stem =
        question.isPresent() ? question : clozeText.map(t -> Stems.whoFirst(f, t));
    if (stem.isPresent()) {
      Optional<List<String>> wrong = distractors.pick(f, CHOICES - 1, rng);
      wrong.ifPresent(w -> out.add(choice(doc, f, stem.get(), w, rng, prose)));
      if (prose
          && wrong.isPresent()
          && clozeText.isPresent()
          && !TableCells.looksLikeRow(unit.text())) {
        TrueFalse.statement(
                f, clozeText.get(), wrong.get().get(0), key(doc, f, QuestionType.TRUE_FALSE))
            .ifPresent(tf -> out.add(make(doc, f, tf, tf.truth() ? "true" : "false", prose)));
      }
      if (f instanceof NumberFact n
          && n.style().form() == dev.quiz.bank.extract.NumberStyle.Form.DIGITS
          && question.isPresent()) {
        double tol = n.value().approx() ? 0.1 : n.value().high() >= 1000 ? 0.02 : 0;
        out.add(make(doc, f, new Prompt.Numeric(stem.get() + tolerance(tol), tol), prose));
      }
    }
    return out;
  }

  private static Question choice(
      GenerationInput doc,
      Fact f,
      String stem,
      List<String> wrong,
      RandomGenerator rng,
      boolean prose) {
    List<String> choices = new ArrayList<>(wrong);
    choices.add(f.answer());
    Distractors.shuffle(choices, rng);
    return make(
        doc, f, new Prompt.MultipleChoice(stem, choices, choices.indexOf(f.answer())), prose);
  }

  private static String tolerance(double tol) {
    return tol == 0
        ? " (exact number)"
        : String.format(Locale.ROOT, " (within %d%%)", Math.round(tol * 100));
  }

  private static Question make(GenerationInput doc, Fact f, Prompt prompt, boolean prose) {
    return make(doc, f, prompt, f.answer(), prose);
  }

  private static Question make(
      GenerationInput doc, Fact f, Prompt prompt, String shown, boolean prose) {
    int base = doc.context().document().offsetBase();
    TextSpan span = f.evidence().sentenceSpan();
    TextSpan answer = f.evidence().answerSpan();
    Source source =
        new Source(
            doc.context().name(),
            f.evidence().sentence(),
            new TextSpan(span.start() + base, span.end() + base),
            new TextSpan(answer.start() + base, answer.end() + base));
    double score = QuestionScorer.score(f, prompt.type(), prompt.text(), prose);
    List<String> tags = new ArrayList<>();
    if (!doc.title().isEmpty()) {
      tags.add(slug(doc.title()));
    }
    tags.add(f.kind().code());
    return new Question(
        key(doc, f, prompt.type()), f.kind(), prompt, shown, f.value(), source, score, tags);
  }

  private static String key(GenerationInput doc, Fact f, QuestionType type) {
    TextSpan a = f.evidence().answerSpan();
    String identity =
        f.kind().code() + ":" + a.start() + "-" + a.end() + ":" + Words.norm(f.answer());
    return QuestionKeys.key(doc.context().name(), identity, type.code());
  }

  private static String slug(String title) {
    String s = String.join("-", Words.of(title));
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
