/** Scores extracted facts and generated questions against hand-annotated gold facts. */
package dev.quiz.bank.eval;
