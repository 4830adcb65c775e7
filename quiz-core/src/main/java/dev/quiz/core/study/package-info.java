/**
 * Study sessions: the only place scheduling meets storage. Picks due cards, applies an answer and
 * saves the card and its review log in one transaction.
 */
package dev.quiz.core.study;
