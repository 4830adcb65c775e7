/**
 * The SQLite bank through sqlite-jdbc, in a schema an Android app using Room can open. The only
 * package that uses {@code java.sql}.
 */
package dev.quiz.core.store;
