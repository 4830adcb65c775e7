package dev.quiz.bank.generate;

import dev.quiz.bank.extract.Fact;
import dev.quiz.core.model.Prompt;
import dev.quiz.core.model.Question;
import dev.quiz.core.model.QuestionType;
import dev.quiz.core.model.Source;
import dev.quiz.core.model.TextSpan;
import java.util.List;

/**
 * Builds the questions of one fact: what its forms share (source, tags, the fact's identity for
 * keys, its answer's words) is worked out once. Immutable.
 */
final class FactQuestions {
  private final String document;
  private final Fact fact;
  private final boolean prose;
  private final Source source;
  private final List<String> tags;
  private final String identity;
  private final String answerNorm;

  /**
   * @param doc the fact's document
   * @param fact the fact
   * @param prose whether its evidence is running text (scores higher than a bare line)
   * @param topicTag the document's tag, {@link #slug} of its title (unused when it has none)
   */
  FactQuestions(GenerationInput doc, Fact fact, boolean prose, String topicTag) {
    this.document = doc.context().name();
    this.fact = fact;
    this.prose = prose;
    int base = doc.context().document().offsetBase();
    TextSpan span = fact.evidence().sentenceSpan();
    TextSpan answer = fact.evidence().answerSpan();
    // evidence quotes the file: a sentence of Markdown or a wiki page with its marks
    this.source =
        new Source(
            document,
            doc.context().document().quote(span.start(), span.end()),
            new TextSpan(span.start() + base, span.end() + base),
            new TextSpan(answer.start() + base, answer.end() + base));
    String kind = fact.kind().code();
    this.tags = doc.title().isEmpty() ? List.of(kind) : List.of(topicTag, kind);
    this.answerNorm = Words.norm(fact.answer());
    this.identity =
        fact.kind().code() + ":" + answer.start() + "-" + answer.end() + ":" + answerNorm;
  }

  /** The fact's answer as {@link Words#norm}. */
  String answerNorm() {
    return answerNorm;
  }

  /** A question with the words of its prompt ({@link Words#norm}), worked out once. */
  record Made(Question question, String promptWords) {}

  /** The question asking {@code prompt}, answered by the fact's answer. */
  Made make(Prompt prompt) {
    return makeOfWords(prompt, Words.norm(prompt.text()));
  }

  /** As {@link #make(Prompt)} for a prompt whose text's {@link Words#norm} is known. */
  Made makeOfWords(Prompt prompt, String promptWords) {
    return make(prompt, fact.answer(), key(prompt.type()), promptWords);
  }

  /**
   * The question asking {@code prompt}, answered by {@code shown} ("true" for a true statement).
   *
   * @param key its {@link #key} for the prompt's type
   */
  Made make(Prompt prompt, String shown, String key) {
    return make(prompt, shown, key, Words.norm(prompt.text()));
  }

  private Made make(Prompt prompt, String shown, String key, String words) {
    double score = QuestionScorer.score(fact, prompt.type(), prompt.text(), words, prose);
    return new Made(
        new Question(key, fact.kind(), prompt, shown, fact.value(), source, score, tags), words);
  }

  /** The stable key of the fact's question of form {@code type}. */
  String key(QuestionType type) {
    return QuestionKeys.key(document, identity, type.code());
  }

  /** A document's tag: the words of its title joined by "-", at most 60 characters. */
  static String slug(String title) {
    String s = String.join("-", Words.of(title));
    return s.length() > 60 ? s.substring(0, 60) : s;
  }
}
