/** Turns facts into questions: cloze, short answer, multiple choice, numeric, true/false. */
package dev.quiz.bank.generate;
