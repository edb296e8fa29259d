package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A two-way table of counts — respondents by group (rows) and answer (columns), e.g. the
 * answers to 3.1.4 by gender — with its row totals, column totals and grand total. This is
 * the shape in which survey results are published, and the input of {@linkplain
 * DisclosureControl#suppress(CountTable, int) disclosure control}.
 *
 * <p>Rows and columns carry labels, unique within their dimension and never blank; every
 * count is non-negative; the totals are derived from the counts and so always agree with
 * them. The grand total must fit in an {@code int}. A table may have no rows or no columns;
 * its totals are then zero.
 *
 * <p>The counts are held row by row in {@link #counts()}; {@link #of(List, List, int[][])}
 * takes them as a matrix and {@link #toArray()} gives one back. Tables with the same labels
 * add up cell by cell with {@link #plus(CountTable)}, which is associative and commutative
 * with {@link #empty(List, List)} as its identity, so tables built per file or per thread
 * combine.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountTable {

  CountTable() {}

  /**
   * The row labels, e.g. the groups of a disaggregation, in order.
   *
   * @return the row labels
   */
  public abstract List<String> rowLabels();

  /**
   * The column labels, e.g. the option or scale point codes of an item, in order.
   *
   * @return the column labels
   */
  public abstract List<String> columnLabels();

  /**
   * The counts row by row: the count in row {@code r} and column {@code c} is element
   * {@code r * columns() + c}.
   *
   * @return the counts, {@code rows() * columns()} of them, zeros included
   */
  public abstract List<Integer> counts();

  /**
   * A table of the given counts.
   *
   * @param rowLabels the row labels, unique and not blank
   * @param columnLabels the column labels, unique and not blank
   * @param cells one array per row, each with one count per column; copied
   * @return the table
   * @throws IllegalArgumentException naming the row (and column) if the matrix does not match
   *     the labels or a count is negative, or if the labels are blank or repeated
   */
  public static CountTable of(List<String> rowLabels, List<String> columnLabels, int[][] cells) {
    if (cells.length != rowLabels.size()) {
      throw new IllegalArgumentException("count table: need one row of cells per row label, but got "
          + cells.length + " rows for the " + rowLabels.size() + " labels " + rowLabels);
    }
    List<Integer> counts = new ArrayList<>(rowLabels.size() * columnLabels.size());
    for (int r = 0; r < cells.length; r++) {
      if (cells[r] == null || cells[r].length != columnLabels.size()) {
        throw new IllegalArgumentException("count table: row '" + rowLabels.get(r) + "' must have one cell per "
            + "column label " + columnLabels + ", but has " + (cells[r] == null ? "none (null)"
            : cells[r].length));
      }
      for (int count : cells[r]) {
        counts.add(count);
      }
    }
    return builder().rowLabels(rowLabels).columnLabels(columnLabels).counts(counts).build();
  }

  /**
   * The one-row table of a tally: the row is the item, the columns are its categories in
   * instrument order, zeros included.
   *
   * <p>The row total is the sum of the counts: for a single choice or a grid statement, the
   * number who answered; for a multiple choice, the number of choices made, which may exceed
   * the number of respondents. Respondents who did not answer, or whose answer was invalid,
   * are not in the table.
   *
   * @param tally the tally of an item with categories
   * @return the table, labelled by the item id and the category codes
   * @throws IllegalArgumentException if the tally has no categories (a free-text item)
   */
  public static CountTable of(Tally tally) {
    if (tally.categories().isEmpty()) {
      throw new IllegalArgumentException("count table: the tally of " + tally.item() + " must have categories, "
          + "but has none (a free-text item)");
    }
    return builder().addRowLabel(tally.item().toString()).columnLabels(tally.categories())
        .counts(tally.counts()).build();
  }

  /**
   * The table with the given labels and every count zero: the identity of
   * {@link #plus(CountTable)}.
   *
   * @param rowLabels the row labels, unique and not blank
   * @param columnLabels the column labels, unique and not blank
   * @return the empty table
   * @throws IllegalArgumentException if the labels are blank or repeated
   */
  public static CountTable empty(List<String> rowLabels, List<String> columnLabels) {
    return of(rowLabels, columnLabels, new int[rowLabels.size()][columnLabels.size()]);
  }

  /**
   * A builder for a table; give the counts row by row.
   *
   * @return a new builder
   */
  public static ImmutableCountTable.Builder builder() {
    return ImmutableCountTable.builder();
  }

  /**
   * The number of rows.
   *
   * @return the number of row labels
   */
  public int rows() {
    return rowLabels().size();
  }

  /**
   * The number of columns.
   *
   * @return the number of column labels
   */
  public int columns() {
    return columnLabels().size();
  }

  /**
   * The count in one cell.
   *
   * @param row the row index, from 0
   * @param column the column index, from 0
   * @return the count
   * @throws IllegalArgumentException if an index is out of range
   */
  public int count(int row, int column) {
    return counts().get(index(row, column));
  }

  /**
   * The count in one cell.
   *
   * @param row a row label
   * @param column a column label
   * @return the count
   * @throws IllegalArgumentException if the table has no such row or column
   */
  public int count(String row, String column) {
    return count(rowIndex(row), columnIndex(column));
  }

  /**
   * The total of one row.
   *
   * @param row the row index, from 0
   * @return the sum of its counts
   * @throws IllegalArgumentException if the index is out of range
   */
  public int rowTotal(int row) {
    checkIndex("row", row, rows());
    int total = 0;
    for (int c = 0; c < columns(); c++) {
      total += count(row, c);
    }
    return total;
  }

  /**
   * The total of one column.
   *
   * @param column the column index, from 0
   * @return the sum of its counts
   * @throws IllegalArgumentException if the index is out of range
   */
  public int columnTotal(int column) {
    checkIndex("column", column, columns());
    int total = 0;
    for (int r = 0; r < rows(); r++) {
      total += count(r, column);
    }
    return total;
  }

  /**
   * The row totals, in row order.
   *
   * @return one total per row
   */
  public List<Integer> rowTotals() {
    List<Integer> totals = new ArrayList<>(rows());
    for (int r = 0; r < rows(); r++) {
      totals.add(rowTotal(r));
    }
    return List.copyOf(totals);
  }

  /**
   * The column totals, in column order.
   *
   * @return one total per column
   */
  public List<Integer> columnTotals() {
    List<Integer> totals = new ArrayList<>(columns());
    for (int c = 0; c < columns(); c++) {
      totals.add(columnTotal(c));
    }
    return List.copyOf(totals);
  }

  /**
   * The grand total: the sum of every count.
   *
   * @return the total, 0 for a table without cells
   */
  public int grandTotal() {
    return counts().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * A copy with one count replaced.
   *
   * @param row a row label
   * @param column a column label
   * @param count the new count, at least 0
   * @return the copy
   * @throws IllegalArgumentException if the table has no such row or column, or the count is
   *     negative
   */
  public CountTable with(String row, String column, int count) {
    List<Integer> counts = new ArrayList<>(counts());
    counts.set(index(rowIndex(row), columnIndex(column)), count);
    return builder().from(this).counts(counts).build();
  }

  /**
   * This table added cell by cell to another with the same labels.
   *
   * @param other a table with the same row and column labels, in the same order
   * @return the sum
   * @throws IllegalArgumentException if the labels differ or the sum's grand total does not
   *     fit in an {@code int}
   */
  public CountTable plus(CountTable other) {
    if (!rowLabels().equals(other.rowLabels()) || !columnLabels().equals(other.columnLabels())) {
      throw new IllegalArgumentException("cannot add the count table " + other.rowLabels() + " × "
          + other.columnLabels() + " to the count table " + rowLabels() + " × " + columnLabels());
    }
    long total = (long) grandTotal() + other.grandTotal();
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("count table: the grand total must be at most " + Integer.MAX_VALUE
          + ", but the sum would be " + total);
    }
    List<Integer> sum = new ArrayList<>(counts().size());
    for (int i = 0; i < counts().size(); i++) {
      sum.add(counts().get(i) + other.counts().get(i));
    }
    return builder().from(this).counts(sum).build();
  }

  /**
   * The counts as a matrix.
   *
   * @return a new array of {@code rows()} rows of {@code columns()} counts
   */
  public int[][] toArray() {
    int[][] cells = new int[rows()][columns()];
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns(); c++) {
        cells[r][c] = count(r, c);
      }
    }
    return cells;
  }

  private int index(int row, int column) {
    checkIndex("row", row, rows());
    checkIndex("column", column, columns());
    return row * columns() + column;
  }

  private static void checkIndex(String what, int index, int size) {
    TableIndex.check("count table", what, index, size);
  }

  private int rowIndex(String row) {
    return TableIndex.of("count table", "row", rowLabels(), row);
  }

  private int columnIndex(String column) {
    return TableIndex.of("count table", "column", columnLabels(), column);
  }

  @Value.Check
  void check() {
    checkLabels("row", rowLabels());
    checkLabels("column", columnLabels());
    if (counts().size() != rows() * columns()) {
      throw new IllegalArgumentException("count table: need rows × columns = " + rows() + " × " + columns()
          + " = " + rows() * columns() + " counts, but got " + counts().size());
    }
    long total = 0;
    for (int i = 0; i < counts().size(); i++) {
      int count = counts().get(i);
      if (count < 0) {
        throw new IllegalArgumentException("count table: counts must be >= 0, but row '"
            + rowLabels().get(i / columns()) + "', column '" + columnLabels().get(i % columns()) + "' was "
            + count);
      }
      total += count;
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("count table: the grand total must be at most " + Integer.MAX_VALUE
          + ", but was " + total);
    }
  }

  private static void checkLabels(String what, List<String> labels) {
    for (String label : labels) {
      Checks.argument(!label.isBlank(), "count table: " + what + " labels must not be blank, but got '"
          + label + "' in " + labels);
    }
    Checks.unique("count table", what + " label", labels, label -> label);
  }

  /**
   * Lays out a table with its totals as aligned text: a header of column labels, one line per
   * row ending with the row total, and a line of column totals ending with the grand total.
   */
  static String aligned(List<String> rowLabels, List<String> columnLabels, String[][] cells, String[] rowTotals,
      String[] columnTotals, String grandTotal) {
    String total = "total";
    int labelWidth = total.length();
    for (String label : rowLabels) {
      labelWidth = Math.max(labelWidth, label.length());
    }
    int[] widths = new int[columnLabels.size() + 1];
    for (int c = 0; c < columnLabels.size(); c++) {
      widths[c] = Math.max(columnLabels.get(c).length(), columnTotals[c].length());
      for (String[] row : cells) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    int last = columnLabels.size();
    widths[last] = Math.max(total.length(), grandTotal.length());
    for (String rowTotal : rowTotals) {
      widths[last] = Math.max(widths[last], rowTotal.length());
    }
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(columnLabels);
    header.add(total);
    line(out, "", labelWidth, header.toArray(String[]::new), widths);
    for (int r = 0; r < rowLabels.size(); r++) {
      String[] values = new String[last + 1];
      System.arraycopy(cells[r], 0, values, 0, last);
      values[last] = rowTotals[r];
      line(out, rowLabels.get(r), labelWidth, values, widths);
    }
    String[] totals = new String[last + 1];
    System.arraycopy(columnTotals, 0, totals, 0, last);
    totals[last] = grandTotal;
    line(out, total, labelWidth, totals, widths);
    return out.toString();
  }

  private static void line(StringBuilder out, String label, int labelWidth, String[] values, int[] widths) {
    out.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %-" + labelWidth + "s", label));
    for (int i = 0; i < values.length; i++) {
      out.append(String.format(Locale.ROOT, "  %" + widths[i] + "s", values[i]));
    }
  }

  @Override
  public String toString() {
    String[][] cells = new String[rows()][columns()];
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns(); c++) {
        cells[r][c] = Integer.toString(count(r, c));
      }
    }
    String[] rowTotals = rowTotals().stream().map(String::valueOf).toArray(String[]::new);
    String[] columnTotals = columnTotals().stream().map(String::valueOf).toArray(String[]::new);
    return "Count table, " + rows() + " × " + columns() + ", total " + grandTotal()
        + aligned(rowLabels(), columnLabels(), cells, rowTotals, columnTotals, Integer.toString(grandTotal()));
  }
}
