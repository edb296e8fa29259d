package org.ctnat.examples.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.ItemId;
import org.ctnat.io.CsvLayout;

/**
 * The DuckDB baseline: the same counts as {@link TallyCounts} computed by SQL from the same wide
 * CSV file, through DuckDB's JDBC driver (an optional dependency kept out of {@code ctnat.jar};
 * see {@code BENCHMARKS.md}).
 *
 * <p>The formulation is the fastest honest one we found: a single scan of {@code read_csv} with
 * every column declared {@code VARCHAR} (no type sniffing, the dialect given, as a
 * survey-platform export would be read), and one {@code GROUP BY} country, gender with one
 * conditional aggregate per measure — {@code count(col)} for an answered single choice or
 * text, {@code count_if(col = 'code')} for a category, {@code count_if(col = '1')} for an option
 * of a multiple choice, {@code count(col)} for an option ranked, and {@code count(coalesce(...))}
 * over a ranking's columns for "answered". The alternatives (UNPIVOT to long rows, then {@code
 * GROUP BY} item and value; one query per item) scan or shuffle far more; see BENCHMARKS.md.
 * DuckDB reads an empty cell as NULL, the SDK's "missing". Like the byte loop, and unlike the
 * SDK, the query checks nothing.
 *
 * <p>Not thread-safe: one instance per connection.
 */
final class DuckDbTallies implements AutoCloseable {

  private final Connection connection;
  private final String sql;
  private final TallyCounts layout;

  /**
   * Opens an in-memory DuckDB database limited to some threads.
   *
   * @param instrument the instrument whose wide CSV files are counted
   * @param file the file
   * @param threads DuckDB's {@code threads} setting
   * @throws SQLException if the driver is not on the class path or DuckDB fails
   */
  DuckDbTallies(Instrument instrument, Path file, int threads, ItemId country, ItemId gender) throws SQLException {
    this.layout = TallyCounts.of(instrument);
    this.sql = groupBySql(instrument, layout, file, country, gender);
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads TO " + threads);
    }
  }

  /** The number of threads DuckDB reports it uses. */
  int threads() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The query. */
  String sql() {
    return sql;
  }

  /** Runs the query: the measures by group. */
  Map<List<String>, long[]> count() throws SQLException {
    Map<List<String>, long[]> groups = new TreeMap<>(TallyCounts::compare);
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        String country = rs.getString(1);
        String gender = rs.getString(2);
        long[] measures = new long[layout.size()];
        for (int m = 0; m < measures.length; m++) {
          measures[m] = rs.getLong(3 + m);
        }
        groups.put(List.of(country == null ? GroupKey.MISSING : country, gender == null ? GroupKey.MISSING : gender),
            measures);
      }
    }
    return groups;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  static String groupBySql(Instrument instrument, TallyCounts layout, Path file, ItemId country, ItemId gender) {
    List<String> header = CsvLayout.WIDE.header(instrument);
    List<String> measures = new ArrayList<>();
    measures.add("count(*)");
    for (TallyCounts.Item item : layout.items()) {
      String id = item.id().value();
      switch (item.kind()) {
        case SINGLE -> {
          measures.add("count(" + column(id) + ")");
          item.categories().forEach(c -> measures.add("count_if(" + column(id) + " = " + literal(c) + ")"));
        }
        case TEXT -> measures.add("count(" + column(id) + ")");
        case SELECTION -> {
          measures.add("count(" + column(id + "/" + item.categories().get(0)) + ")");
          item.categories().forEach(c -> measures.add("count_if(" + column(id + "/" + c) + " = '1')"));
        }
        case RANKING -> {
          measures.add("count(coalesce(" + item.categories().stream().map(c -> column(id + "/" + c))
              .collect(Collectors.joining(", ")) + "))");
          item.categories().forEach(c -> measures.add("count(" + column(id + "/" + c) + ")"));
        }
        default -> throw new IllegalStateException("unknown kind " + item.kind());
      }
    }
    String columns = header.stream().map(h -> literal(h) + ": 'VARCHAR'").collect(Collectors.joining(", "));
    return "SELECT " + column(country.value()) + ", " + column(gender.value()) + ", "
        + String.join(", ", measures)
        + " FROM read_csv(" + literal(file.toAbsolutePath().toString())
        + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {"
        + columns + "}) GROUP BY ALL";
  }

  static String column(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
