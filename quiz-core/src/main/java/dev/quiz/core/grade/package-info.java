/**
 * Grades typed answers against a question: numbers, dates, people, multiple choice, cloze and
 * true/false, and suggests a rating from correctness and answer time. Pure and Android-safe.
 */
package dev.quiz.core.grade;
