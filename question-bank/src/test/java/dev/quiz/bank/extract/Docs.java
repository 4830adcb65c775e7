package dev.quiz.bank.extract;

import dev.quiz.bank.text.Document;
import dev.quiz.bank.text.LanguageModels;
import dev.quiz.bank.text.SentenceSplitter;
import java.time.LocalDate;

/** Test fixtures: a segmented document from a string. */
final class Docs {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LanguageModels.english());

  private Docs() {}

  static DocumentContext of(String text) {
    Document d = Document.of("t.txt", text);
    return DocumentContext.of(d, SPLITTER.split(d));
  }

  static DocumentContext of(String text, LocalDate date) {
    Document d = Document.of("t.txt", text).withGivenDate(date);
    return DocumentContext.of(d, SPLITTER.split(d));
  }
}
