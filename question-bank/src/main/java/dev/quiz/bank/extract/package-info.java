/** Finds quiz-worthy facts (dates, numbers, people in roles) with their evidence. */
package dev.quiz.bank.extract;
