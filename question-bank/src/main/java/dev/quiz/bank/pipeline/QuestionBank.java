package dev.quiz.bank.pipeline;

import dev.quiz.bank.extract.DateExtractor;
import dev.quiz.bank.extract.DocumentContext;
import dev.quiz.bank.extract.Fact;
import dev.quiz.bank.extract.NumberExtractor;
import dev.quiz.bank.extract.PersonExtractor;
import dev.quiz.bank.generate.Corpus;
import dev.quiz.bank.generate.GenerationInput;
import dev.quiz.bank.generate.QuestionGenerator;
import dev.quiz.bank.text.Citations;
import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.LanguageModels;
import dev.quiz.bank.text.Sentence;
import dev.quiz.bank.text.SentenceSplitter;
import dev.quiz.bank.text.Tokenizer;
import dev.quiz.core.CancelledException;
import dev.quiz.core.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The question bank's entry point: documents in, facts and questions out. Documents are read,
 * segmented and mined in parallel (one per core); the output does not depend on the order of work.
 * Thread-safe: one instance serves any number of callers.
 */
public final class QuestionBank {
  private final SentenceSplitter splitter;
  private final DateExtractor dates = new DateExtractor();
  private final NumberExtractor numbers = new NumberExtractor();
  private final PersonExtractor persons = new PersonExtractor();
  private final QuestionGenerator generator;

  private QuestionBank(LanguageModels models) {
    this.splitter = new SentenceSplitter(models);
    this.generator = new QuestionGenerator(new Tokenizer(models));
  }

  /** The standard bank with the English OpenNLP models, loaded once per process. */
  public static QuestionBank standard() {
    return Holder.INSTANCE;
  }

  /**
   * Facts and questions for {@code documents}; distractors are drawn from all of them.
   *
   * @throws dev.quiz.core.CancelledException when the progress listener asks to stop
   */
  public BankResult generate(List<Document> documents, BankOptions options) {
    return generate(documents, options, true);
  }

  /**
   * The questions for {@code documents}, as {@link #generate} makes them, without merging the
   * facts: the result's {@link BankResult#facts()} is empty. For callers that write only questions
   * (merging costs a few percent of a run).
   *
   * @throws dev.quiz.core.CancelledException when the progress listener asks to stop
   */
  public BankResult questions(List<Document> documents, BankOptions options) {
    return generate(documents, options, false);
  }

  private BankResult generate(List<Document> documents, BankOptions options, boolean merge) {
    List<Mined> mined = mineAll(documents, options);
    List<Fact> corpus = new ArrayList<>();
    mined.forEach(m -> corpus.addAll(m.input().facts()));
    Corpus pool = Corpus.of(corpus);
    java.util.Map<String, java.util.OptionalInt> years = new java.util.HashMap<>();
    mined.forEach(m -> years.put(m.input().context().name(), m.input().eraYear()));
    // merging is independent of the questions: it runs beside them instead of after them
    ForkJoinTask<List<MergedFact>> merged =
        ForkJoinPool.commonPool().submit(() -> merge ? FactMerger.merge(corpus) : List.of());
    List<List<Question>> questions =
        mined.parallelStream()
            .map(
                m ->
                    generator.generate(
                        m.input(),
                        pool,
                        years,
                        new SplittableRandom(
                            options.seed() ^ m.input().context().name().hashCode())))
            .collect(Collectors.toList());
    List<Question> all = new ArrayList<>();
    List<DocumentDiagnostics> diagnostics = new ArrayList<>();
    for (int i = 0; i < mined.size(); i++) {
      all.addAll(questions.get(i));
      diagnostics.add(mined.get(i).diagnostics(questions.get(i).size()));
    }
    return new BankResult(merged.join(), all, diagnostics);
  }

  /** Each document mined, in parallel, in input order; progress is told after each one. */
  private List<Mined> mineAll(List<Document> documents, BankOptions options) {
    AtomicLong done = new AtomicLong();
    return IntStream.range(0, documents.size())
        .parallel()
        .mapToObj(
            i -> {
              Mined m = mine(documents.get(i), options);
              if (!options.progress().progress(done.incrementAndGet(), documents.size())) {
                throw new CancelledException(
                    "question generation cancelled after "
                        + done.get()
                        + " of "
                        + documents.size()
                        + " documents");
              }
              return m;
            })
        .collect(Collectors.toList());
  }

  private Mined mine(Document doc, BankOptions options) {
    Document d =
        options.documentDate().isPresent() && !doc.givenDate().isPresent()
            ? doc.withGivenDate(options.documentDate().get())
            : doc;
    List<Sentence> units = splitter.split(d);
    DocumentContext ctx = DocumentContext.of(d, units);
    List<Fact> facts = new ArrayList<>();
    facts.addAll(dates.extract(ctx));
    facts.addAll(numbers.extract(ctx));
    facts.addAll(persons.extract(ctx));
    // "(Philbrick 2010, 212)": a citation's year and page are no facts of the text
    facts.removeIf(
        f ->
            Citations.inAuthorYear(
                f.evidence().sentence(),
                f.evidence().localAnswer().start(),
                f.evidence().localAnswer().end()));
    facts.sort((a, b) -> a.evidence().answerSpan().start() - b.evidence().answerSpan().start());
    return new Mined(new GenerationInput(ctx, facts, Titles.of(units)));
  }

  private record Mined(GenerationInput input) {
    DocumentDiagnostics diagnostics(int questions) {
      DocumentContext c = input.context();
      int boiler =
          (int) c.units().stream().filter(u -> u.kind() == Sentence.Kind.BOILERPLATE).count();
      return new DocumentDiagnostics(
          c.name(), c.units().size(), boiler, input.facts().size(), questions, c.date(), c.year());
    }
  }

  private static final class Holder {
    static final QuestionBank INSTANCE = new QuestionBank(LanguageModels.english());
  }
}
