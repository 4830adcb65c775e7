/**
 * Immutable domain values: decks, notes, cards and their scheduling state, questions and their
 * sources. No I/O, SQL or JSON here; everything is Android-safe and non-null unless documented.
 */
package dev.quiz.core.model;
