package org.ctnat.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctnat.core.analysis.GroupKey;
import org.ctnat.core.questionbank.ItemId;

/**
 * The hand-written ceiling for tallying a wide CSV file: one thread, one pass over the bytes,
 * counting into {@code int} arrays by country × gender, with no objects per row. It splits
 * records and fields as RFC 4180 says (quoted fields, doubled quotes, {@code \r\n}) but checks
 * nothing: it trusts the file to be valid, which is exactly what the SDK's reader does not do.
 *
 * <p>Each column is resolved once, from the header, to what a cell in it counts: a code of a
 * single choice (matched byte for byte against the item's codes), a {@code 1} of a multiple
 * choice, any rank of a ranking, any text. A row's counts are collected first and added to its
 * group when the row ends, so the group's columns may be anywhere in the row.
 *
 * <p>Stateless; thread-safe.
 */
final class CsvByteLoop {

  private static final int IGNORE = 0;
  private static final int SINGLE = 1;
  private static final int ONE = 2;
  private static final int NON_EMPTY = 3;

  private CsvByteLoop() {}

  /**
   * Counts a file.
   *
   * @param file the wide CSV file, UTF-8, as {@code CsvResponses.write} writes it
   * @param layout the measures to count
   * @param country the item giving the first group attribute (1.1)
   * @param gender the item giving the second (1.6)
   * @return the measures by group
   */
  static Map<List<String>, long[]> count(Path file, TallyCounts layout, ItemId country, ItemId gender)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new Counter(layout, country, gender).run(in);
    }
  }

  private static final class Counter {
    private final TallyCounts layout;
    private final ItemId country;
    private final ItemId gender;
    private int[] action;
    private int[] answered;
    private int[] measure;
    private byte[][][] codes;
    private int countryColumn = -1;
    private int genderColumn = -1;
    private List<String> countries;
    private List<String> genders;
    private int[][] counts;
    private final int[] hits;
    private int hitCount;
    private int[] stamp;
    private int row;
    private int countryValue;
    private int genderValue;
    private byte[] buffer = new byte[1 << 20];
    private int limit;
    private InputStream in;

    Counter(TallyCounts layout, ItemId country, ItemId gender) {
      this.layout = layout;
      this.country = country;
      this.gender = gender;
      this.hits = new int[layout.size()];
      this.stamp = new int[layout.size()];
    }

    Map<List<String>, long[]> run(InputStream stream) throws IOException {
      in = stream;
      limit = fill(0);
      int pos = header();
      counts = new int[(countries.size() + 1) * (genders.size() + 1)][layout.size()];
      while (true) {
        int end = row(pos);
        if (end >= 0) {
          pos = end;
          continue;
        }
        // the row is incomplete: keep its bytes, read more, and parse it again
        int kept = limit - pos;
        if (kept == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        System.arraycopy(buffer, pos, buffer, 0, kept);
        pos = 0;
        int newLimit = fill(kept);
        if (newLimit == kept) { // end of file: the last row has no line end
          if (kept > 0) {
            limit = kept;
            lastRow(kept);
          }
          break;
        }
        limit = newLimit;
      }
      Map<List<String>, long[]> groups = new TreeMap<>(TallyCounts::compare);
      for (int c = 0; c <= countries.size(); c++) {
        for (int g = 0; g <= genders.size(); g++) {
          int[] groupCounts = counts[c * (genders.size() + 1) + g];
          if (groupCounts[0] > 0) {
            groups.put(List.of(c == 0 ? GroupKey.MISSING : countries.get(c - 1),
                g == 0 ? GroupKey.MISSING : genders.get(g - 1)),
                Arrays.stream(groupCounts).asLongStream().toArray());
          }
        }
      }
      return groups;
    }

    private int fill(int from) throws IOException {
      int at = from;
      while (at < buffer.length) {
        int n = in.read(buffer, at, buffer.length - at);
        if (n < 0) {
          break;
        }
        at += n;
      }
      return at;
    }

    /** Resolves the header's columns; returns the position after it. */
    private int header() {
      int end = 0;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      String line = new String(buffer, 0, end, StandardCharsets.UTF_8);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      String[] names = line.split(",", -1);
      Map<String, TallyCounts.Item> byId = new HashMap<>();
      for (TallyCounts.Item item : layout.items()) {
        byId.put(item.id().value(), item);
      }
      action = new int[names.length];
      answered = new int[names.length];
      measure = new int[names.length];
      codes = new byte[names.length][][];
      for (int col = 0; col < names.length; col++) {
        String name = names[col];
        int slash = name.indexOf('/');
        TallyCounts.Item item = byId.get(slash < 0 ? name : name.substring(0, slash));
        if (item == null || name.endsWith("/text")) {
          continue; // the respondent id, a specified text
        }
        answered[col] = item.answered();
        switch (item.kind()) {
          case SINGLE -> {
            action[col] = SINGLE;
            measure[col] = item.answered() + 1;
            codes[col] = item.categories().stream().map(c -> c.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
            if (item.id().equals(country)) {
              countryColumn = col;
              countries = item.categories();
            } else if (item.id().equals(gender)) {
              genderColumn = col;
              genders = item.categories();
            }
          }
          case TEXT -> {
            action[col] = NON_EMPTY;
            measure[col] = -1;
          }
          default -> {
            action[col] = item.kind() == TallyCounts.Kind.SELECTION ? ONE : NON_EMPTY;
            measure[col] = item.answered() + 1 + item.categories().indexOf(name.substring(slash + 1));
          }
        }
      }
      if (countryColumn < 0 || genderColumn < 0) {
        throw new IllegalArgumentException("the file has no column " + country + " or " + gender);
      }
      return Math.min(end + 1, limit);
    }

    /** Counts the row at pos; returns the position after it, or -1 if it does not end in the buffer. */
    private int row(int pos) {
      if (pos >= limit) {
        return -1;
      }
      if (buffer[pos] == '\n' || buffer[pos] == '\r' && pos + 1 < limit && buffer[pos + 1] == '\n') {
        return pos + (buffer[pos] == '\n' ? 1 : 2); // an empty line
      }
      hitCount = 0;
      row++;
      countryValue = 0;
      genderValue = 0;
      int col = 0;
      int at = pos;
      while (true) {
        int start = at;
        int end;
        boolean quoted = at < limit && buffer[at] == '"';
        if (quoted) {
          at++;
          while (true) {
            if (at >= limit) {
              return -1;
            }
            if (buffer[at] == '"') {
              if (at + 1 < limit && buffer[at + 1] == '"') {
                at += 2;
                continue;
              }
              if (at + 1 >= limit) {
                return -1;
              }
              at++;
              break;
            }
            at++;
          }
          end = at;
        } else {
          while (at < limit && buffer[at] != ',' && buffer[at] != '\n') {
            at++;
          }
          if (at >= limit) {
            return -1;
          }
          end = at > start && buffer[at - 1] == '\r' && buffer[at] == '\n' ? at - 1 : at;
        }
        if (col < action.length) {
          cell(col, start, end, quoted);
        }
        col++;
        if (at >= limit) {
          return -1;
        }
        if (buffer[at] == ',') {
          at++;
          continue;
        }
        if (buffer[at] == '\r' && at + 1 < limit && buffer[at + 1] == '\n') {
          at++;
        }
        if (buffer[at] != '\n') {
          return -1;
        }
        endRow();
        return at + 1;
      }
    }

    /** The last row of a file without a final line end. */
    private void lastRow(int length) {
      buffer = Arrays.copyOf(buffer, length + 1);
      buffer[length] = '\n';
      limit = length + 1;
      row(0);
    }

    private void cell(int col, int start, int end, boolean quoted) {
      if (start == end) {
        return; // missing
      }
      switch (action[col]) {
        case SINGLE -> {
          byte[][] itemCodes = codes[col];
          for (int c = 0; c < itemCodes.length; c++) {
            byte[] code = itemCodes[c];
            if (code.length == end - start && !quoted
                && Arrays.equals(buffer, start, end, code, 0, code.length)) {
              hit(answered[col]);
              hit(measure[col] + c);
              if (col == countryColumn) {
                countryValue = c + 1;
              } else if (col == genderColumn) {
                genderValue = c + 1;
              }
              return;
            }
          }
        }
        case ONE -> {
          answer(answered[col]);
          if (end - start == 1 && buffer[start] == '1') {
            hit(measure[col]);
          }
        }
        case NON_EMPTY -> {
          answer(answered[col]);
          if (measure[col] >= 0) {
            hit(measure[col]);
          }
        }
        default -> { }
      }
    }

    /** Counts an item as answered once per row, whichever of its cells says so first. */
    private void answer(int item) {
      if (stamp[item] != row) {
        stamp[item] = row;
        hit(item);
      }
    }

    private void hit(int m) {
      hits[hitCount++] = m;
    }

    private void endRow() {
      int[] groupCounts = counts[countryValue * (genders.size() + 1) + genderValue];
      groupCounts[0]++;
      for (int h = 0; h < hitCount; h++) {
        groupCounts[hits[h]]++;
      }
    }
  }
}
