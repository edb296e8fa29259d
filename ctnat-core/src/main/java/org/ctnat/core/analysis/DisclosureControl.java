package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of count tables before publication. CT-NAT samples are tiny (one
 * 2016 country survey had 7 respondents), so a table of answers by group can single out a
 * respondent: "the one woman from an NGO said inadequate". {@link #suppress(CountTable, int)}
 * withholds every count below a threshold {@code k}, and then enough other counts that none of
 * the withheld ones can be worked out from what is published.
 *
 * <h2>Primary suppression</h2>
 * Every cell whose count is between 1 and {@code k - 1} is {@link Suppression#PRIMARY}. A zero
 * is published by default ({@link ZeroCells#NOT_SENSITIVE}): it is about nobody. Where "none of
 * the 4 prosecutors said adequate" is itself sensitive — it tells something about each of the
 * 4 — {@link ZeroCells#SENSITIVE} suppresses zeros too, except a zero whose row or column total
 * (one that stays published) is zero: that total already shows the zero, and the zero
 * describes nobody. With {@code k <= 1} there is no count from 1 to {@code k - 1}, so nothing
 * is suppressed unless zeros are sensitive and {@code k} is 1.
 *
 * <h2>What is published</h2>
 * The published cells and the totals. A total between 1 and {@code k − 1} is itself the count
 * of a small group, so it is withheld, like a cell below {@code k} ({@link
 * SuppressedTable#rowsBelowK()} and {@link SuppressedTable#columnsBelowK()} name those rows and
 * columns, which are better merged with others before publication); such a row has every
 * non-zero cell suppressed too, as each is below {@code k}. Withholding a total never makes a
 * cell easier to recover; the complementary suppression below protects the cells against the
 * totals that stay published. Where a total is the sum of a single cell that can be non-zero,
 * it is that cell:
 * <ul>
 *   <li>when every non-zero count lies in one row — a one-row table, such as that of one
 *       {@link Tally}, or a table whose other rows are empty — the column totals equal the
 *       cells of that row, so the total of each column with a suppressed cell is withheld with
 *       it, and the row total stays published;</li>
 *   <li>likewise, when every non-zero count lies in one column, the total of each row with a
 *       suppressed cell is withheld;</li>
 *   <li>a one-cell table whose cell is suppressed publishes no total at all.</li>
 * </ul>
 * A withheld total must not be derivable either. The totals of a dimension add up to the grand
 * total, so when exactly one row total is withheld and the grand total and the other row totals
 * are published, grand − Σ published = the withheld one ("Armenia x, Azerbaijan 12, Georgia 9,
 * total 24" gives Armenia 3). Each withheld total is therefore protected like a cell (see
 * below): it must lie on a cycle of withheld figures — cells, totals, the grand total — along
 * which counts can move without changing a published figure. Where it does not, the cheapest
 * such cycle is completed, which withholds a further total: typically the smallest published
 * total of a row (or column) that shares a column (row) of suppressed cells with the withheld
 * one. In the example, one of Azerbaijan and Georgia — the one that shares a column of
 * suppressed cells with Armenia, the smaller if both do — is withheld too. Other totals stay
 * published: a table with no total between 1 and {@code k − 1} keeps every total (except the
 * totals that are single cells, above). The grand total is taken to be published whenever it is
 * at least {@code k}, so a grand total known from elsewhere — the priorities table's, 3 × the
 * respondents who ranked — is accounted for.
 *
 * <h2>Complementary suppression</h2>
 * A suppressed cell is <em>recoverable</em> when the published cells and totals, together with
 * the fact that counts are not negative, leave it only one possible value. In a two-way table
 * with its totals, a cell is unrecoverable exactly when it lies on a cycle of suppressed cells
 * — alternately in the same column and the same row, back to the cell — along which counts can
 * be moved by +1, −1, +1, … without changing a total or making a count negative, i.e. the
 * cells that would lose 1 are non-zero. (A cycle through zeros is not enough: in
 * {@code [[3, 0, 6], [0, 0, 9]]} with the four cells of the first two columns suppressed, the
 * 3 can gain 1 only if the zeros beside it lose 1, and lose 1 only if the zero opposite it
 * does, so it is pinned.)
 * Further cells are then suppressed as {@link Suppression#COMPLEMENTARY complementary} by this
 * deterministic rule:
 * <ul>
 *   <li>two-way tables: for each primary cell not yet on such a cycle, the cheapest such cycle
 *       through it is completed — the one that adds the fewest zero cells, then the smallest
 *       sum of counts, then the fewest cells, ties broken by the order of rows and columns —
 *       which makes every cell on it unrecoverable. The primary cells are taken hardest
 *       first: in decreasing order of the cost of their cheapest cycle in the table with only
 *       the primary cells suppressed (ties: row order, then column order), because the cells
 *       a hard case needs often protect its neighbours too. Zero cells are used only where no
 *       cycle of non-zero cells exists (e.g. a row or column whose only non-zero count is below
 *       {@code k}), and only in places where they would gain;</li>
 *   <li>tables whose counts lie in one row (or one column): that row needs at least two
 *       suppressed cells, at least one of them non-zero, so that counts can move between them
 *       within the published row total. The complement is the smallest non-zero published
 *       count of the row (ties: the first), or, if the row has no other non-zero count, its
 *       first zero cell;</li>
 *   <li>then the withheld totals, rows in order, then columns, then the grand total. The cells
 *       and totals are the edges of a network — a row total leads from the row margin to the
 *       row, a cell from its row to its column, a column total from the column to the column
 *       margin, the grand total from the column margin back to the row margin — and a withheld
 *       total is unrecoverable exactly when it lies on a cycle of withheld figures along which
 *       counts can move as above. For each withheld total not yet on one, the cheapest such
 *       cycle is completed, a published total costing its value like a count; every figure on
 *       it is withheld (a cell on it as {@link Suppression#COMPLEMENTARY complementary}).</li>
 * </ul>
 * The same table, {@code k} and rule for zeros always give the same result.
 *
 * <p>The guarantee is non-uniqueness against the published figures, which is what small-cell
 * suppression promises; it does not promise a wide range (a suppressed 3 next to a suppressed
 * 4 in a row of total 7 could be anything from 0 to 7, but a suppressed 1 and 1 in a row of
 * total 2 only 0 to 2), and a reader who knows this rule can narrow a range further (a
 * complementary cell is at most the smallest count published beside it in a one-row table).
 * It covers the totals too: no withheld total has only one possible value. Only the table's own
 * cells and totals are taken into account: figures published elsewhere, such as the number of
 * respondents to a multiple choice, are not, except that a grand total of at least {@code k}
 * is always assumed known.
 *
 * <p>Stateless and thread-safe.
 */
public final class DisclosureControl {

  /** Whether a zero count is sensitive. */
  public enum ZeroCells {
    /** A zero is published: it is about nobody (the default). */
    NOT_SENSITIVE,
    /** A zero is suppressed like a count below {@code k}, unless a published total shows it. */
    SENSITIVE
  }

  private DisclosureControl() {}

  /**
   * Suppresses the counts below {@code k} and those that would reveal them; zeros are published.
   *
   * @param table the table to protect
   * @param k the threshold: counts from 1 to {@code k - 1} are suppressed; 0 or 1 suppresses
   *     nothing; 5 is common
   * @return the table as it may be published
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public static SuppressedTable suppress(CountTable table, int k) {
    return suppress(table, k, ZeroCells.NOT_SENSITIVE);
  }

  /**
   * Suppresses the counts below {@code k}, zeros too if they are sensitive, and those that
   * would reveal them.
   *
   * @param table the table to protect
   * @param k the threshold: counts below {@code k} are suppressed (zeros only if sensitive)
   * @param zeroCells whether a zero is sensitive
   * @return the table as it may be published
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public static SuppressedTable suppress(CountTable table, int k, ZeroCells zeroCells) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(zeroCells, "zeroCells must not be null");
    if (k < 0) {
      throw new IllegalArgumentException("disclosure control: the threshold k must be >= 0, but was " + k);
    }
    return new Run(table, k, zeroCells).result();
  }

  /** How the non-zero counts of a table are spread, which decides what its totals reveal. */
  private enum Shape {
    /** At least two non-empty rows and two non-empty columns: every total is published. */
    TWO_WAY,
    /** The non-zero counts lie in one row (at least two columns): column totals are cells. */
    ONE_ROW,
    /** The non-zero counts lie in one column (at least two rows): row totals are cells. */
    ONE_COLUMN,
    /** A single cell: every total is the cell. */
    ONE_CELL
  }

  /** The cost of suppressing more cells, compared field by field. */
  private record Cost(long zeros, long counts, long cells) implements Comparable<Cost> {
    static final Cost NONE = new Cost(0, 0, 0);

    Cost plus(Cost other) {
      return new Cost(zeros + other.zeros, counts + other.counts, cells + other.cells);
    }

    @Override
    public int compareTo(Cost other) {
      int c = Long.compare(zeros, other.zeros);
      if (c == 0) {
        c = Long.compare(counts, other.counts);
      }
      return c != 0 ? c : Long.compare(cells, other.cells);
    }
  }

  /**
   * A cycle through a withheld figure: its cost and the cells (for a total: the figures, as
   * edges of the network) it would newly withhold.
   */
  private record Cycle(Cost cost, List<Integer> cells) {}

  /** The working state of one call: one thread, discarded after {@link #result()}. */
  private static final class Run {
    private final CountTable table;
    private final int k;
    private final ZeroCells zeroCells;
    private final int rows;
    private final int columns;
    private final int[] counts;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final int grandTotal;
    private final Suppression[] marks;
    private final boolean[] rowWithheld;
    private final boolean[] columnWithheld;
    private boolean grandWithheld;
    /** Whether a total of at least k was withheld to protect another total. */
    private boolean complementaryTotals;
    private final Shape shape;

    Run(CountTable table, int k, ZeroCells zeroCells) {
      this.table = table;
      this.k = k;
      this.zeroCells = zeroCells;
      this.rows = table.rows();
      this.columns = table.columns();
      this.counts = table.counts().stream().mapToInt(Integer::intValue).toArray();
      this.rowTotals = table.rowTotals().stream().mapToInt(Integer::intValue).toArray();
      this.columnTotals = table.columnTotals().stream().mapToInt(Integer::intValue).toArray();
      this.grandTotal = table.grandTotal();
      this.marks = new Suppression[counts.length];
      Arrays.fill(marks, Suppression.PUBLISHED);
      this.rowWithheld = new boolean[rows];
      this.columnWithheld = new boolean[columns];
      long nonEmptyRows = Arrays.stream(rowTotals).filter(t -> t > 0).count();
      long nonEmptyColumns = Arrays.stream(columnTotals).filter(t -> t > 0).count();
      if (nonEmptyRows >= 2 && nonEmptyColumns >= 2) {
        shape = Shape.TWO_WAY;
      } else if (nonEmptyRows <= 1 && columns >= 2) {
        shape = Shape.ONE_ROW;
      } else if (rows >= 2) {
        shape = Shape.ONE_COLUMN;
      } else {
        shape = Shape.ONE_CELL;
      }
    }

    SuppressedTable result() {
      suppressPrimary();
      switch (shape) {
        case TWO_WAY -> {
          List<Integer> primary = new ArrayList<>();
          List<Cost> costs = new ArrayList<>();
          for (int cell = 0; cell < counts.length; cell++) {
            if (marks[cell].isSuppressed()) {
              primary.add(cell);
              costs.add(cheapestProtection(cell).cost());
            }
          }
          List<Integer> order = new ArrayList<>(IntStream.range(0, primary.size()).boxed().toList());
          order.sort(Comparator.comparing(costs::get, Comparator.reverseOrder()));
          for (int i : order) {
            for (int cell : cheapestProtection(primary.get(i)).cells()) {
              marks[cell] = Suppression.COMPLEMENTARY;
            }
          }
        }
        case ONE_ROW -> {
          for (int r = 0; r < rows; r++) {
            protectLine(line(r * columns, 1, columns));
          }
        }
        case ONE_COLUMN -> {
          for (int c = 0; c < columns; c++) {
            protectLine(line(c, columns, rows));
          }
        }
        case ONE_CELL -> {
          // nothing to pair the cell with: its totals are withheld instead
        }
      }
      withholdTotals();
      protectTotals();
      return publish();
    }

    /**
     * Withholds the totals that are single cells of a suppressed cell (by the shape of the
     * table) and those between 1 and {@code k - 1}.
     */
    private void withholdTotals() {
      for (int cell = 0; cell < counts.length; cell++) {
        if (marks[cell].isSuppressed()) {
          withholdTotalsOf(cell);
        }
      }
      for (int r = 0; r < rows; r++) {
        rowWithheld[r] |= rowTotals[r] > 0 && rowTotals[r] < k;
      }
      for (int c = 0; c < columns; c++) {
        columnWithheld[c] |= columnTotals[c] > 0 && columnTotals[c] < k;
      }
      grandWithheld |= grandTotal > 0 && grandTotal < k;
    }

    /** Withholds the totals that equal a suppressed cell because of the shape of the table. */
    private void withholdTotalsOf(int cell) {
      if (shape == Shape.ONE_ROW || shape == Shape.ONE_CELL) {
        columnWithheld[cell % columns] = true;
      }
      if (shape == Shape.ONE_COLUMN || shape == Shape.ONE_CELL) {
        rowWithheld[cell / columns] = true;
      }
      if (shape == Shape.ONE_CELL) {
        grandWithheld = true;
      }
    }

    // ------------------------------------------------------------------ the network of figures
    //
    // Edges: cell r*columns+c (row r -> column c), then one per row total (row margin -> row),
    // one per column total (column -> column margin), and the grand total (column margin -> row
    // margin). Nodes: rows 0..rows-1, columns rows..rows+columns-1, the row margin, the column
    // margin. Every published figure is an equation "flow in = flow out" at one node, so a
    // withheld figure can take another value exactly when it lies on a cycle of withheld edges
    // along which the edges that lose 1 are non-zero.

    private int rowMargin() {
      return rows + columns;
    }

    private int columnMargin() {
      return rows + columns + 1;
    }

    private int edges() {
      return counts.length + rows + columns + 1;
    }

    private int from(int edge) {
      int cells = counts.length;
      if (edge < cells) {
        return edge / columns;
      } else if (edge < cells + rows) {
        return rowMargin();
      } else if (edge < cells + rows + columns) {
        return rows + (edge - cells - rows);
      }
      return columnMargin();
    }

    private int to(int edge) {
      int cells = counts.length;
      if (edge < cells) {
        return rows + edge % columns;
      } else if (edge < cells + rows) {
        return edge - cells;
      } else if (edge < cells + rows + columns) {
        return columnMargin();
      }
      return rowMargin();
    }

    private int value(int edge) {
      int cells = counts.length;
      if (edge < cells) {
        return counts[edge];
      } else if (edge < cells + rows) {
        return rowTotals[edge - cells];
      } else if (edge < cells + rows + columns) {
        return columnTotals[edge - cells - rows];
      }
      return grandTotal;
    }

    private boolean withheld(int edge) {
      int cells = counts.length;
      if (edge < cells) {
        return marks[edge].isSuppressed();
      } else if (edge < cells + rows) {
        return rowWithheld[edge - cells];
      } else if (edge < cells + rows + columns) {
        return columnWithheld[edge - cells - rows];
      }
      return grandWithheld;
    }

    private void withhold(int edge) {
      int cells = counts.length;
      if (edge < cells) {
        marks[edge] = Suppression.COMPLEMENTARY;
        withholdTotalsOf(edge);
      } else if (edge < cells + rows) {
        rowWithheld[edge - cells] = true;
      } else if (edge < cells + rows + columns) {
        columnWithheld[edge - cells - rows] = true;
      } else {
        grandWithheld = true;
      }
    }

    /**
     * The cost of withholding a published figure, or null if it may not be used: a total of zero
     * (its row or column is empty, so the total says nothing that its published zeros do not),
     * or the grand total, which stays published as it is often known from elsewhere (another
     * row or column total always does instead).
     */
    private Cost edgeCost(int edge) {
      if (withheld(edge)) {
        return Cost.NONE;
      }
      if (edge < counts.length) {
        return cost(edge);
      }
      int value = value(edge);
      return value == 0 || edge == edges() - 1 ? null : new Cost(0, value, 1);
    }

    /**
     * Makes every withheld total unrecoverable, completing the cheapest cycle through each that
     * is not on one yet; repeats until nothing changes, as a cell withheld on the way may
     * withhold the totals it equals.
     */
    private void protectTotals() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int edge = counts.length; edge < edges(); edge++) {
          if (!withheld(edge)) {
            continue;
          }
          Cycle best = null;
          for (int sign : value(edge) > 0 ? new int[] {+1, -1} : new int[] {+1}) {
            Cycle cycle = cheapestTotalCycle(edge, sign);
            if (cycle != null && (best == null || cycle.cost().compareTo(best.cost()) < 0)) {
              best = cycle;
            }
          }
          if (best != null && !best.cells().isEmpty()) {
            for (int added : best.cells()) {
              withhold(added);
              complementaryTotals |= added >= counts.length;
            }
            changed = true;
          }
        }
      }
    }

    /**
     * The cheapest cycle of the network through a withheld total along which the total changes
     * by {@code sign}: a shortest path (Dijkstra) from its head back to its tail for +1, from
     * its tail to its head for −1; along the path an edge is taken forwards (gaining 1) or
     * backwards (losing 1, only if it is non-zero).
     *
     * @return the cycle, its {@link Cycle#cells()} the edges it would newly withhold, or null
     */
    private Cycle cheapestTotalCycle(int start, int sign) {
      int nodes = rows + columns + 2;
      int source = sign > 0 ? to(start) : from(start);
      int target = sign > 0 ? from(start) : to(start);
      Cost[] distance = new Cost[nodes];
      int[] via = new int[nodes];
      int[] previous = new int[nodes];
      boolean[] settled = new boolean[nodes];
      distance[source] = Cost.NONE;
      while (true) {
        int node = nearest(distance, settled);
        if (node < 0) {
          return null;
        }
        if (node == target) {
          break;
        }
        settled[node] = true;
        for (int edge = 0; edge < edges(); edge++) {
          if (edge == start) {
            continue;
          }
          int next;
          if (from(edge) == node) {
            next = to(edge);
          } else if (to(edge) == node && value(edge) > 0) {
            next = from(edge);
          } else {
            continue;
          }
          Cost step = edgeCost(edge);
          if (settled[next] || step == null) {
            continue;
          }
          Cost cost = distance[node].plus(step);
          if (distance[next] == null || cost.compareTo(distance[next]) < 0) {
            distance[next] = cost;
            via[next] = edge;
            previous[next] = node;
          }
        }
      }
      List<Integer> added = new ArrayList<>();
      for (int node = target; node != source; node = previous[node]) {
        if (!withheld(via[node])) {
          added.add(via[node]);
        }
      }
      return new Cycle(distance[target], added);
    }

    private void suppressPrimary() {
      for (int cell = 0; cell < counts.length; cell++) {
        int count = counts[cell];
        if (count < k && (count > 0 || zeroCells == ZeroCells.SENSITIVE && !shownByTotals(cell))) {
          marks[cell] = Suppression.PRIMARY;
        }
      }
    }

    /** Whether a zero cell is shown to be zero by a total that stays published whatever happens. */
    private boolean shownByTotals(int cell) {
      boolean emptyRow = rowTotals[cell / columns] == 0;
      boolean emptyColumn = columnTotals[cell % columns] == 0;
      return switch (shape) {
        case TWO_WAY -> emptyRow || emptyColumn;
        case ONE_ROW, ONE_CELL -> emptyRow;
        case ONE_COLUMN -> emptyColumn;
      };
    }

    private static List<Integer> line(int first, int step, int length) {
      List<Integer> cells = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        cells.add(first + i * step);
      }
      return cells;
    }

    /**
     * Protects the suppressed cells of the only non-empty line (row or column) of a table:
     * at least two suppressed cells, at least one non-zero.
     */
    private void protectLine(List<Integer> line) {
      int suppressed = 0;
      boolean nonZero = false;
      for (int cell : line) {
        if (marks[cell].isSuppressed()) {
          suppressed++;
          nonZero |= counts[cell] > 0;
        }
      }
      if (suppressed == 0) {
        return;
      }
      if (!nonZero || suppressed < 2) {
        int smallest = -1;
        for (int cell : line) {
          if (!marks[cell].isSuppressed() && counts[cell] > 0 && (smallest < 0 || counts[cell] < counts[smallest])) {
            smallest = cell;
          }
        }
        if (smallest >= 0) {
          marks[smallest] = Suppression.COMPLEMENTARY;
          suppressed++;
        }
      }
      if (suppressed < 2) {
        for (int cell : line) {
          if (!marks[cell].isSuppressed()) {
            marks[cell] = Suppression.COMPLEMENTARY;
            return;
          }
        }
      }
    }

    /**
     * The cheapest cycle that proves a suppressed cell of a two-way table unrecoverable: of
     * cost {@link Cost#NONE}, adding no cell, if it lies on one already.
     */
    private Cycle cheapestProtection(int cell) {
      Cycle best = null;
      for (int sign : counts[cell] > 0 ? new int[] {+1, -1} : new int[] {+1}) {
        Cycle cycle = cheapestCycle(cell, sign);
        if (cycle != null && (best == null || cycle.cost().compareTo(best.cost()) < 0)) {
          best = cycle;
        }
      }
      if (best == null) {
        // cannot happen: a two-way table has another non-empty row and column to cycle through
        throw new IllegalStateException("disclosure control: no cycle protects row '"
            + table.rowLabels().get(cell / columns) + "', column '" + table.columnLabels().get(cell % columns) + "'");
      }
      return best;
    }

    /**
     * The cheapest cycle through {@code start} along which {@code start} changes by
     * {@code sign}, found as a shortest path (Dijkstra) from its column back to its row: from a
     * column to a row through a cell that changes by {@code -sign}, from a row to a column
     * through one that changes by {@code sign}. A cell may lose 1 only if it is non-zero. Already
     * suppressed cells cost nothing, so a cycle of cost {@link Cost#NONE} means the cell is
     * protected already.
     *
     * @return the cycle, or null if there is none
     */
    private Cycle cheapestCycle(int start, int sign) {
      int nodes = rows + columns;
      int source = rows + start % columns;
      int target = start / columns;
      Cost[] distance = new Cost[nodes];
      int[] via = new int[nodes];
      int[] previous = new int[nodes];
      boolean[] settled = new boolean[nodes];
      distance[source] = Cost.NONE;
      while (true) {
        int node = nearest(distance, settled);
        if (node < 0) {
          return null;
        }
        if (node == target) {
          break;
        }
        settled[node] = true;
        boolean fromColumn = node >= rows;
        int change = fromColumn ? -sign : sign;
        int others = fromColumn ? rows : columns;
        for (int i = 0; i < others; i++) {
          int cell = fromColumn ? i * columns + (node - rows) : node * columns + i;
          int next = fromColumn ? i : rows + i;
          if (cell == start || settled[next] || change < 0 && counts[cell] == 0) {
            continue;
          }
          Cost cost = distance[node].plus(cost(cell));
          if (distance[next] == null || cost.compareTo(distance[next]) < 0) {
            distance[next] = cost;
            via[next] = cell;
            previous[next] = node;
          }
        }
      }
      List<Integer> added = new ArrayList<>();
      for (int node = target; node != source; node = previous[node]) {
        if (!marks[via[node]].isSuppressed()) {
          added.add(via[node]);
        }
      }
      return new Cycle(distance[target], added);
    }

    /** The unsettled node of least known distance in a shortest-path search, or -1 if none is reachable. */
    private static int nearest(Cost[] distance, boolean[] settled) {
      int node = -1;
      for (int n = 0; n < distance.length; n++) {
        if (!settled[n] && distance[n] != null && (node < 0 || distance[n].compareTo(distance[node]) < 0)) {
          node = n;
        }
      }
      return node;
    }

    private Cost cost(int cell) {
      if (marks[cell].isSuppressed()) {
        return Cost.NONE;
      }
      return counts[cell] == 0 ? new Cost(1, 0, 1) : new Cost(0, counts[cell], 1);
    }

    private SuppressedTable publish() {
      int[] cells = counts.clone();
      int[] publishedRows = rowTotals.clone();
      int[] publishedColumns = columnTotals.clone();
      int grand = grandWithheld ? SuppressedTable.WITHHELD : grandTotal;
      for (int cell = 0; cell < cells.length; cell++) {
        if (marks[cell].isSuppressed()) {
          cells[cell] = SuppressedTable.WITHHELD;
        }
      }
      List<String> smallRows = new ArrayList<>();
      List<String> smallColumns = new ArrayList<>();
      for (int r = 0; r < publishedRows.length; r++) {
        if (rowWithheld[r]) {
          publishedRows[r] = SuppressedTable.WITHHELD;
        }
        if (rowTotals[r] > 0 && rowTotals[r] < k) {
          smallRows.add(table.rowLabels().get(r));
        }
      }
      for (int c = 0; c < publishedColumns.length; c++) {
        if (columnWithheld[c]) {
          publishedColumns[c] = SuppressedTable.WITHHELD;
        }
        if (columnTotals[c] > 0 && columnTotals[c] < k) {
          smallColumns.add(table.columnLabels().get(c));
        }
      }
      return new SuppressedTable(table.rowLabels(), table.columnLabels(), k, zeroCells, cells, marks, publishedRows,
          publishedColumns, grand, smallRows, smallColumns, complementaryTotals);
    }
  }
}
