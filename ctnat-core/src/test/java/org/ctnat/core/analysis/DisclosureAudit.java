package org.ctnat.core.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;

/**
 * An intruder who tries to recover suppressed counts from what a table publishes, written
 * independently of {@link DisclosureControl}: instead of looking for cycles, it asks whether
 * the published cells and totals still allow the cell one more or one less, by solving the
 * rest of the table as a flow problem with lower bounds (a feasible circulation). The counts
 * are integers and the constraints are those of a transportation problem, so the values a cell
 * can take form an interval of integers: a cell is recoverable exactly when neither
 * neighbour of its value is possible.
 *
 * <p>Every completion it finds is checked against the published figures cell by cell, so a
 * flaw in the flow code cannot make a recoverable cell look safe.
 */
final class DisclosureAudit {

  private static final long UNBOUNDED = 1L << 40;

  /**
   * What a reader of a published table knows.
   *
   * @param cells the published counts, or -1 where suppressed
   * @param rowTotals the row totals, null where withheld
   * @param columnTotals the column totals, null where withheld
   * @param grandTotal the grand total, null if withheld
   */
  record Published(int[][] cells, Integer[] rowTotals, Integer[] columnTotals, Integer grandTotal) {

    int rows() {
      return cells.length;
    }

    int columns() {
      return columnTotals.length;
    }

    boolean suppressed(int r, int c) {
      return cells[r][c] < 0;
    }
  }

  private DisclosureAudit() {}

  /** What a suppressed table publishes. */
  static Published of(SuppressedTable table) {
    int[][] cells = new int[table.rows()][table.columns()];
    Integer[] rows = new Integer[table.rows()];
    Integer[] columns = new Integer[table.columns()];
    for (int r = 0; r < table.rows(); r++) {
      for (int c = 0; c < table.columns(); c++) {
        cells[r][c] = table.published(r, c).orElse(-1);
      }
      rows[r] = table.rowTotal(r).isPresent() ? table.rowTotal(r).getAsInt() : null;
    }
    for (int c = 0; c < table.columns(); c++) {
      columns[c] = table.columnTotal(c).isPresent() ? table.columnTotal(c).getAsInt() : null;
    }
    Integer grand = table.grandTotal().isPresent() ? table.grandTotal().getAsInt() : null;
    return new Published(cells, rows, columns, grand);
  }

  /** What a table publishes when some cells are hidden and all its totals are shown. */
  static Published of(int[][] counts, boolean[][] suppressed) {
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    int[][] cells = new int[rows][columns];
    Integer[] rowTotals = new Integer[rows];
    Integer[] columnTotals = new Integer[columns];
    Arrays.fill(rowTotals, 0);
    Arrays.fill(columnTotals, 0);
    int grand = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        cells[r][c] = suppressed[r][c] ? -1 : counts[r][c];
        rowTotals[r] += counts[r][c];
        columnTotals[c] += counts[r][c];
        grand += counts[r][c];
      }
    }
    return new Published(cells, rowTotals, columnTotals, grand);
  }

  /**
   * A completion of the published table that gives a suppressed cell another value than
   * {@code value}.
   *
   * @return the completion, checked to be consistent, or empty if the cell can only be
   *     {@code value}
   */
  static Optional<int[][]> alternative(Published table, int row, int column, int value) {
    for (int candidate : new int[] {value + 1, value - 1}) {
      if (candidate < 0) {
        continue;
      }
      Optional<int[][]> completion = completion(table, row, column, candidate);
      if (completion.isPresent()) {
        if (!consistent(table, completion.get()) || completion.get()[row][column] != candidate) {
          throw new AssertionError("the audit's flow gave an inconsistent completion "
              + Arrays.deepToString(completion.get()));
        }
        return completion;
      }
    }
    return Optional.empty();
  }

  /** Which total of a table: a row's, a column's or the grand total. */
  enum Margin { ROW, COLUMN, GRAND }

  /**
   * A completion of the published table whose withheld total (of a row, a column, or the grand
   * total, {@code index} ignored) is not {@code value}: the same flow problem with that total
   * fixed at a neighbouring value.
   *
   * @return the completion, checked to be consistent, or empty if the total can only be
   *     {@code value}
   */
  static Optional<int[][]> totalAlternative(Published table, Margin margin, int index, int value) {
    for (int candidate : new int[] {value + 1, value - 1}) {
      if (candidate < 0) {
        continue;
      }
      Integer[] rows = table.rowTotals().clone();
      Integer[] columns = table.columnTotals().clone();
      Integer grand = table.grandTotal();
      switch (margin) {
        case ROW -> rows[index] = candidate;
        case COLUMN -> columns[index] = candidate;
        case GRAND -> grand = candidate;
      }
      Published fixed = new Published(table.cells(), rows, columns, grand);
      Optional<int[][]> completion = completion(fixed, -1, -1, 0);
      if (completion.isPresent()) {
        if (!consistent(fixed, completion.get()) || !consistent(table, completion.get())) {
          throw new AssertionError("the audit's flow gave an inconsistent completion "
              + Arrays.deepToString(completion.get()));
        }
        return completion;
      }
    }
    return Optional.empty();
  }

  /** Whether a full table agrees with every published cell and total and has no negative count. */
  static boolean consistent(Published table, int[][] completion) {
    long grand = 0;
    for (int r = 0; r < table.rows(); r++) {
      long rowSum = 0;
      for (int c = 0; c < table.columns(); c++) {
        int v = completion[r][c];
        if (v < 0 || !table.suppressed(r, c) && v != table.cells()[r][c]) {
          return false;
        }
        rowSum += v;
      }
      if (table.rowTotals()[r] != null && rowSum != table.rowTotals()[r]) {
        return false;
      }
      grand += rowSum;
    }
    for (int c = 0; c < table.columns(); c++) {
      long columnSum = 0;
      for (int r = 0; r < table.rows(); r++) {
        columnSum += completion[r][c];
      }
      if (table.columnTotals()[c] != null && columnSum != table.columnTotals()[c]) {
        return false;
      }
    }
    return table.grandTotal() == null || grand == table.grandTotal();
  }

  /**
   * A completion with the cell fixed at {@code fixed} (no cell fixed if {@code row} is -1): the
   * other suppressed cells are the flow from row nodes to column nodes, between a source that
   * supplies each row's remaining total and a sink that takes each column's, with the grand
   * total on the edge back from sink to source. A withheld total leaves its edge free.
   */
  private static Optional<int[][]> completion(Published table, int row, int column, int fixed) {
    int rows = table.rows();
    int columns = table.columns();
    int source = 0;
    int sink = 1;
    int nodes = 2 + rows + columns + 2;
    int superSource = nodes - 2;
    int superSink = nodes - 1;
    long[][] capacity = new long[nodes][nodes];
    long[] excess = new long[nodes];
    long[] rowRest = new long[rows];
    long[] columnRest = new long[columns];
    long grandRest = table.grandTotal() == null ? 0 : table.grandTotal();
    for (int r = 0; r < rows; r++) {
      rowRest[r] = table.rowTotals()[r] == null ? 0 : table.rowTotals()[r];
    }
    for (int c = 0; c < columns; c++) {
      columnRest[c] = table.columnTotals()[c] == null ? 0 : table.columnTotals()[c];
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        long known = r == row && c == column ? fixed : table.suppressed(r, c) ? 0 : table.cells()[r][c];
        rowRest[r] -= known;
        columnRest[c] -= known;
        grandRest -= known;
      }
    }
    for (int r = 0; r < rows; r++) {
      if (table.rowTotals()[r] == null) {
        edge(capacity, excess, source, 2 + r, 0, UNBOUNDED);
      } else if (rowRest[r] < 0) {
        return Optional.empty();
      } else {
        edge(capacity, excess, source, 2 + r, rowRest[r], rowRest[r]);
      }
    }
    for (int c = 0; c < columns; c++) {
      if (table.columnTotals()[c] == null) {
        edge(capacity, excess, 2 + rows + c, sink, 0, UNBOUNDED);
      } else if (columnRest[c] < 0) {
        return Optional.empty();
      } else {
        edge(capacity, excess, 2 + rows + c, sink, columnRest[c], columnRest[c]);
      }
    }
    if (table.grandTotal() == null) {
      edge(capacity, excess, sink, source, 0, UNBOUNDED);
    } else if (grandRest < 0) {
      return Optional.empty();
    } else {
      edge(capacity, excess, sink, source, grandRest, grandRest);
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (table.suppressed(r, c) && !(r == row && c == column)) {
          edge(capacity, excess, 2 + r, 2 + rows + c, 0, UNBOUNDED);
        }
      }
    }
    long needed = 0;
    for (int n = 0; n < superSource; n++) {
      if (excess[n] > 0) {
        capacity[superSource][n] += excess[n];
        needed += excess[n];
      } else if (excess[n] < 0) {
        capacity[n][superSink] += -excess[n];
      }
    }
    long[][] flow = new long[nodes][nodes];
    if (maxFlow(capacity, flow, superSource, superSink) != needed) {
      return Optional.empty();
    }
    int[][] result = new int[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        result[r][c] = r == row && c == column ? fixed
            : table.suppressed(r, c) ? (int) flow[2 + r][2 + rows + c] : table.cells()[r][c];
      }
    }
    return Optional.of(result);
  }

  private static void edge(long[][] capacity, long[] excess, int from, int to, long lower, long upper) {
    capacity[from][to] += upper - lower;
    excess[to] += lower;
    excess[from] -= lower;
  }

  /** Edmonds–Karp on a capacity matrix; fills the (antisymmetric) flow. */
  private static long maxFlow(long[][] capacity, long[][] flow, int source, int sink) {
    int nodes = capacity.length;
    long total = 0;
    while (true) {
      int[] parent = new int[nodes];
      Arrays.fill(parent, -1);
      parent[source] = source;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(source);
      while (!queue.isEmpty() && parent[sink] < 0) {
        int u = queue.poll();
        for (int v = 0; v < nodes; v++) {
          if (parent[v] < 0 && capacity[u][v] - flow[u][v] > 0) {
            parent[v] = u;
            queue.add(v);
          }
        }
      }
      if (parent[sink] < 0) {
        return total;
      }
      long push = Long.MAX_VALUE;
      for (int v = sink; v != source; v = parent[v]) {
        push = Math.min(push, capacity[parent[v]][v] - flow[parent[v]][v]);
      }
      for (int v = sink; v != source; v = parent[v]) {
        flow[parent[v]][v] += push;
        flow[v][parent[v]] -= push;
      }
      total += push;
    }
  }
}
