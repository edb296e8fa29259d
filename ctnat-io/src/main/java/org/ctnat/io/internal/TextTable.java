package org.ctnat.io.internal;

import java.util.List;
import java.util.Locale;

/**
 * The plain-text tables the readers' reports print in {@code toString()}: each row on its own
 * line, indented by two spaces, every column but the last padded to its widest cell.
 */
public final class TextTable {

  private TextTable() {}

  /**
   * Appends rows, each on a new line.
   *
   * @param out where to append
   * @param rows the rows, the header first; every row has the same number of cells
   */
  public static void appendRows(StringBuilder out, List<String[]> rows) {
    int columns = rows.isEmpty() ? 0 : rows.get(0).length;
    int[] widths = new int[Math.max(0, columns - 1)];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      out.append(System.lineSeparator()).append("  ");
      for (int i = 0; i < widths.length; i++) {
        out.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i])).append("  ");
      }
      out.append(row[columns - 1]);
    }
  }
}
