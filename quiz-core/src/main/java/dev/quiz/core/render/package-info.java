/**
 * Printable test sheets with answer keys (Markdown, HTML) and quiz-bank exchange formats. Output is
 * deterministic for a given seed.
 */
package dev.quiz.core.render;
