package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A {@link CountTable} made safe to publish by {@link DisclosureControl}: the same rows and
 * columns, with some counts withheld so that no count below the threshold {@code k} — no
 * group of fewer than {@code k} respondents — is published or can be worked out from what is.
 *
 * <p>Each cell has a {@linkplain #mark(int, int) mark}: {@link Suppression#PUBLISHED}, {@link
 * Suppression#PRIMARY} (below {@code k}) or {@link Suppression#COMPLEMENTARY} (withheld so
 * that a primary cell cannot be derived from the totals). {@link #published(int, int)} gives
 * the count of a published cell and nothing for a withheld one.
 *
 * <p>Totals are published, equal to those of the original table, except a total between 1 and
 * {@code k − 1}, which is itself the size of a small group and is withheld ({@link
 * #rowsBelowK()} and {@link #columnsBelowK()} name those rows and columns, which are better
 * merged with others); a total that is the sum of a single cell that can be non-zero — the
 * column totals of a one-row table, the row totals of a one-column table — which is the cell
 * itself and is withheld with it; and the further totals withheld so that none of these can be
 * derived from the others and the grand total (a single withheld row total would be the grand
 * total minus the published ones); see {@link DisclosureControl}. No withheld cell or total can
 * be worked out from what is published.
 *
 * <p>The table keeps only what it publishes: a withheld count is not stored, so no method —
 * {@code toString()}, {@code equals} and {@code hashCode} included — can reveal it. The marks
 * and {@link #primaryCount()} are for the analyst; a published table shows every withheld cell
 * with the same symbol, as {@link #toString()} does, since a primary mark says that the count
 * is below {@code k}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SuppressedTable {

  /** The stored value of a count or total that is not published. */
  static final int WITHHELD = -1;

  /** The symbol of a withheld count or total in {@link #toString()}. */
  public static final String SYMBOL = "x";

  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final int k;
  private final DisclosureControl.ZeroCells zeroCells;
  private final int[] cells;
  private final Suppression[] marks;
  private final int[] rowTotals;
  private final int[] columnTotals;
  private final int grandTotal;
  private final List<String> smallRows;
  private final List<String> smallColumns;
  private final boolean complementaryTotals;

  /**
   * Takes the published figures only: every withheld count and total is {@link #WITHHELD}.
   * The arrays are owned by the new table. {@code complementaryTotals} says whether a total of
   * at least {@code k} was withheld so that another total cannot be derived.
   */
  SuppressedTable(List<String> rowLabels, List<String> columnLabels, int k, DisclosureControl.ZeroCells zeroCells,
      int[] cells, Suppression[] marks, int[] rowTotals, int[] columnTotals, int grandTotal,
      List<String> smallRows, List<String> smallColumns, boolean complementaryTotals) {
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    this.k = k;
    this.zeroCells = Objects.requireNonNull(zeroCells, "zeroCells");
    this.cells = cells;
    this.marks = marks;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
    this.grandTotal = grandTotal;
    this.smallRows = List.copyOf(smallRows);
    this.smallColumns = List.copyOf(smallColumns);
    this.complementaryTotals = complementaryTotals;
    for (int i = 0; i < cells.length; i++) {
      if (marks[i].isSuppressed() != (cells[i] == WITHHELD)) {
        throw new IllegalStateException("suppressed table: a cell marked " + marks[i]
            + " must be withheld exactly when it is suppressed");
      }
    }
  }

  /**
   * The row labels of the original table.
   *
   * @return the row labels, in order
   */
  public List<String> rowLabels() {
    return rowLabels;
  }

  /**
   * The column labels of the original table.
   *
   * @return the column labels, in order
   */
  public List<String> columnLabels() {
    return columnLabels;
  }

  /**
   * The number of rows.
   *
   * @return the number of row labels
   */
  public int rows() {
    return rowLabels.size();
  }

  /**
   * The number of columns.
   *
   * @return the number of column labels
   */
  public int columns() {
    return columnLabels.size();
  }

  /**
   * The threshold: counts from 1 to {@code k - 1} were suppressed.
   *
   * @return k, at least 0
   */
  public int k() {
    return k;
  }

  /**
   * Whether zero counts were treated as sensitive.
   *
   * @return the rule for zero cells
   */
  public DisclosureControl.ZeroCells zeroCells() {
    return zeroCells;
  }

  /**
   * The published count of a cell.
   *
   * @param row the row index, from 0
   * @param column the column index, from 0
   * @return the count, or empty if the cell is suppressed
   * @throws IllegalArgumentException if an index is out of range
   */
  public OptionalInt published(int row, int column) {
    return optional(cells[index(row, column)]);
  }

  /**
   * The published count of a cell.
   *
   * @param row a row label
   * @param column a column label
   * @return the count, or empty if the cell is suppressed
   * @throws IllegalArgumentException if the table has no such row or column
   */
  public OptionalInt published(String row, String column) {
    return published(rowIndex(row), columnIndex(column));
  }

  /**
   * Whether a cell is published, and if not, why.
   *
   * @param row the row index, from 0
   * @param column the column index, from 0
   * @return the mark
   * @throws IllegalArgumentException if an index is out of range
   */
  public Suppression mark(int row, int column) {
    return marks[index(row, column)];
  }

  /**
   * Whether a cell is published, and if not, why.
   *
   * @param row a row label
   * @param column a column label
   * @return the mark
   * @throws IllegalArgumentException if the table has no such row or column
   */
  public Suppression mark(String row, String column) {
    return mark(rowIndex(row), columnIndex(column));
  }

  /**
   * The published total of a row: that of the original table, unless it is withheld — because
   * it is between 1 and {@code k - 1}; because the table's non-zero counts all lie in one
   * column (a one-column table, say) and this row has a suppressed cell, which the total would
   * then equal; or so that another withheld row total cannot be derived from the grand total.
   *
   * @param row the row index, from 0
   * @return the total, or empty if it is withheld
   * @throws IllegalArgumentException if the index is out of range
   */
  public OptionalInt rowTotal(int row) {
    checkIndex("row", row, rows());
    return optional(rowTotals[row]);
  }

  /**
   * The published total of a column: that of the original table, unless it is withheld —
   * because it is between 1 and {@code k - 1}; because the table's non-zero counts all lie in
   * one row (the table of one tally, say) and this column has a suppressed cell, which the
   * total would then equal; or so that another withheld column total cannot be derived from the
   * grand total.
   *
   * @param column the column index, from 0
   * @return the total, or empty if it is withheld
   * @throws IllegalArgumentException if the index is out of range
   */
  public OptionalInt columnTotal(int column) {
    checkIndex("column", column, columns());
    return optional(columnTotals[column]);
  }

  /**
   * The published grand total: that of the original table, unless it is between 1 and
   * {@code k - 1} or the table is a single suppressed cell.
   *
   * @return the total, or empty if it is withheld
   */
  public OptionalInt grandTotal() {
    return optional(grandTotal);
  }

  /**
   * How many cells were suppressed because their count is below {@code k}.
   *
   * @return the number of {@link Suppression#PRIMARY} cells
   */
  public int primaryCount() {
    return count(Suppression.PRIMARY);
  }

  /**
   * How many cells were suppressed to protect the primary cells.
   *
   * @return the number of {@link Suppression#COMPLEMENTARY} cells
   */
  public int complementaryCount() {
    return count(Suppression.COMPLEMENTARY);
  }

  /**
   * How many cells are withheld.
   *
   * @return primary plus complementary
   */
  public int suppressedCount() {
    return primaryCount() + complementaryCount();
  }

  /**
   * The rows whose total is between 1 and {@code k - 1}: groups so small that their size is
   * itself sensitive. Their totals and non-zero cells are all withheld; merge such rows with
   * others before publishing if they matter.
   *
   * @return the labels of those rows, in row order
   */
  public List<String> rowsBelowK() {
    return smallRows;
  }

  /**
   * The columns whose total is between 1 and {@code k - 1}; see
   * {@link #rowsBelowK()}.
   *
   * @return the labels of those columns, in column order
   */
  public List<String> columnsBelowK() {
    return smallColumns;
  }

  private int count(Suppression mark) {
    return (int) Arrays.stream(marks).filter(m -> m == mark).count();
  }

  private static OptionalInt optional(int value) {
    return value == WITHHELD ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private int index(int row, int column) {
    checkIndex("row", row, rows());
    checkIndex("column", column, columns());
    return row * columns() + column;
  }

  private static void checkIndex(String what, int index, int size) {
    TableIndex.check("suppressed table", what, index, size);
  }

  private int rowIndex(String row) {
    return TableIndex.of("suppressed table", "row", rowLabels, row);
  }

  private int columnIndex(String column) {
    return TableIndex.of("suppressed table", "column", columnLabels, column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SuppressedTable t && k == t.k && zeroCells == t.zeroCells && grandTotal == t.grandTotal
        && rowLabels.equals(t.rowLabels) && columnLabels.equals(t.columnLabels) && Arrays.equals(cells, t.cells)
        && Arrays.equals(marks, t.marks) && Arrays.equals(rowTotals, t.rowTotals)
        && Arrays.equals(columnTotals, t.columnTotals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowLabels, columnLabels, k, zeroCells, Arrays.hashCode(cells), Arrays.hashCode(marks),
        Arrays.hashCode(rowTotals), Arrays.hashCode(columnTotals), grandTotal);
  }

  /**
   * The table as published: every withheld count or total shown as {@value #SYMBOL}, primary
   * and complementary alike, followed by a legend.
   */
  @Override
  public String toString() {
    String[][] shown = new String[rows()][columns()];
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns(); c++) {
        shown[r][c] = shown(cells[r * columns() + c]);
      }
    }
    String[] rows = Arrays.stream(rowTotals).mapToObj(SuppressedTable::shown).toArray(String[]::new);
    String[] columns = Arrays.stream(columnTotals).mapToObj(SuppressedTable::shown).toArray(String[]::new);
    StringBuilder out = new StringBuilder("Suppressed table, k=" + k + ": " + suppressedCount() + " of "
        + cells.length + " cells suppressed");
    out.append(CountTable.aligned(rowLabels, columnLabels, shown, rows, columns, shown(grandTotal)));
    out.append(System.lineSeparator()).append("  cells below k=").append(k)
        .append(zeroCells == DisclosureControl.ZeroCells.SENSITIVE ? ", zeros included," : "")
        .append(" suppressed (").append(SYMBOL).append("), with others so that none can be derived from the totals");
    List<String> smallRows = rowsBelowK();
    List<String> smallColumns = columnsBelowK();
    if (!smallRows.isEmpty() || !smallColumns.isEmpty()) {
      out.append(System.lineSeparator()).append("  totals below k=").append(k).append(" are withheld (x):")
          .append(smallRows.isEmpty() ? "" : " rows " + smallRows)
          .append(smallColumns.isEmpty() ? "" : " columns " + smallColumns);
      if (complementaryTotals) {
        out.append(", with others so that none can be derived from the grand total");
      }
    }
    return out.toString();
  }

  private static String shown(int value) {
    return value == WITHHELD ? SYMBOL : Integer.toString(value);
  }
}
