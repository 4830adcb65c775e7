/** Wires reading, extraction and generation together; entry point {@code QuestionBank}. */
package dev.quiz.bank.pipeline;
