/**
 * Exporters: Anki {@code .apkg} packages and Anki-ready CSV. Gather, write a temp file, then move
 * it into place atomically.
 */
package dev.quiz.core.export;
