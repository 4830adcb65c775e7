/**
 * Pure schedulers (FSRS-6 and Anki's SM-2): given a card state and a review context they return all
 * four next states. No clock, no random source, no I/O; Android-safe.
 */
package dev.quiz.core.schedule;
