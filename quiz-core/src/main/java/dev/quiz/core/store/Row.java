package dev.quiz.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column values of one row to insert or update, in column order; built by a table's row mapper
 * ({@code CardRows.values(..)}, ..), so each table's mapping lives in one place. Instants are
 * stored as epoch milliseconds and booleans as 0/1. Not thread-safe.
 */
final class Row {
  private final Map<String, Object> values = new LinkedHashMap<>();

  Row put(String column, long value) {
    values.put(column, value);
    return this;
  }

  Row put(String column, double value) {
    values.put(column, value);
    return this;
  }

  Row put(String column, String value) {
    values.put(column, value);
    return this;
  }

  Row put(String column, boolean value) {
    values.put(column, value ? 1L : 0L);
    return this;
  }

  Row put(String column, Instant value) {
    values.put(column, value.toEpochMilli());
    return this;
  }

  /** Puts the value, or SQL NULL when it is empty; values must be Long, Double or String. */
  Row putOptional(String column, Optional<?> value) {
    values.put(column, value.isPresent() ? value.get() : null);
    return this;
  }

  Row putAll(Row other) {
    values.putAll(other.values);
    return this;
  }

  List<String> columns() {
    return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
  }

  /** The values in column order; an element is {@code null} for SQL NULL. */
  List<Object> values() {
    return Collections.unmodifiableList(new ArrayList<>(values.values()));
  }
}
