package dev.quiz.core.export;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A written {@code .apkg} unzipped for inspection: its members and its collection, read-only. */
final class Apkg implements AutoCloseable {
  final Map<String, byte[]> members = new LinkedHashMap<>();
  private final Connection db;

  private Apkg(Path apkg, Path dir) throws IOException, SQLException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        members.put(e.getName(), zip.readAllBytes());
      }
    }
    Path collection = Files.createTempFile(dir, "collection", ".anki2");
    Files.write(collection, members.get("collection.anki2"));
    db = DriverManager.getConnection("jdbc:sqlite:" + collection);
  }

  static Apkg open(Path apkg, Path dir) {
    try {
      return new Apkg(apkg, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  String media() {
    return new String(members.get("media"), StandardCharsets.UTF_8);
  }

  /** Rows of {@code sql}, each column by name. */
  List<Map<String, Object>> rows(String sql) {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> out = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i), rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  Map<String, Object> row(String sql) {
    List<Map<String, Object>> r = rows(sql);
    if (r.size() != 1) {
      throw new IllegalStateException(sql + " gave " + r.size() + " rows");
    }
    return r.get(0);
  }

  long number(String sql) {
    return ((Number) row(sql).values().iterator().next()).longValue();
  }

  JsonObject json(String colColumn) {
    return JsonParser.parseString((String) row("select " + colColumn + " from col").get(colColumn))
        .getAsJsonObject();
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
