/**
 * The SQLite bank through sqlite-jdbc, in a schema an Android app using Room can open: {@link
 * dev.quiz.core.store.SqliteStore} (entry), {@link dev.quiz.core.store.Store} (interface) and
 * {@link dev.quiz.core.store.BankLocation}. The only package that uses {@code java.sql}.
 */
package dev.quiz.core.store;
