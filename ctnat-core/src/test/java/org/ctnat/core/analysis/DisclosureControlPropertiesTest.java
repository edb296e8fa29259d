package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.ctnat.core.analysis.DisclosureControl.ZeroCells;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of small-cell suppression that hold for every table and threshold: nothing
 * published is below k, nothing withheld — cell or total — can be recovered, and nothing
 * published changes.
 */
class DisclosureControlPropertiesTest {

  private static final int EXAMPLES = 3000;

  /** A table to protect, a threshold and a rule for zeros. */
  record Case(CountTable table, int k, ZeroCells zeroCells) {
    SuppressedTable suppressed() {
      return DisclosureControl.suppress(table, k, zeroCells);
    }

    @Override
    public String toString() {
      return "k=" + k + ", zeros " + zeroCells + ", " + table;
    }
  }

  /** Counts as in small surveys: a quarter zeros, a third below 8, the rest up to 36. */
  private static Gen<Integer> counts() {
    return integers().between(0, 19).map(v -> v < 5 ? 0 : v < 12 ? v - 4 : (v - 10) * 4);
  }

  /**
   * Tables of 1–4 rows and 1–5 columns; one in six keeps counts in its first row only, one in
   * six in its first column only, so that tables shaped like one tally are common.
   */
  private static Gen<Case> cases() {
    return integers().between(1, 4).zip(integers().between(1, 5), (rows, columns) -> new int[] {rows, columns})
        .flatMap(size -> lists().of(counts()).ofSize(size[0] * size[1]).zip(integers().between(0, 5),
            integers().between(0, 7), booleans().all(), (counts, shape, k, sensitive) -> {
              int rows = size[0];
              int columns = size[1];
              int[][] cells = new int[rows][columns];
              for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                  boolean kept = shape == 0 ? r == 0 : shape != 1 || c == 0;
                  cells[r][c] = kept ? counts.get(r * columns + c) : 0;
                }
              }
              return new Case(CountTable.of(labels("g", rows), labels("q", columns), cells), k,
                  sensitive ? ZeroCells.SENSITIVE : ZeroCells.NOT_SENSITIVE);
            }))
        .describedAs(Case::toString);
  }

  private static List<String> labels(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
  }

  @Test
  void noPublishedCountIsBelowK() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable table = c.suppressed();
      for (int r = 0; r < table.rows(); r++) {
        for (int col = 0; col < table.columns(); col++) {
          OptionalInt shown = table.published(r, col);
          if (shown.isPresent()) {
            int count = shown.getAsInt();
            assertFalse(count > 0 && count < c.k(), "published " + count + " at " + r + "," + col);
            if (count == 0 && c.k() > 0 && c.zeroCells() == ZeroCells.SENSITIVE) {
              assertTrue(c.table().rowTotal(r) == 0 || c.table().columnTotal(col) == 0,
                  "a sensitive zero is published only where a total shows it, at " + r + "," + col);
            }
          }
        }
      }
    });
  }

  @Test
  void everySuppressedCellCouldHoldAnotherCount() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable table = c.suppressed();
      DisclosureAudit.Published published = DisclosureAudit.of(table);
      for (int r = 0; r < table.rows(); r++) {
        for (int col = 0; col < table.columns(); col++) {
          if (table.mark(r, col).isSuppressed()) {
            int original = c.table().count(r, col);
            assertTrue(DisclosureAudit.alternative(published, r, col, original).isPresent(),
                "the " + table.mark(r, col) + " cell " + r + "," + col + " (" + original
                    + ") can be recovered from" + System.lineSeparator() + table);
          }
        }
      }
    });
  }

  @Test
  void noWithheldTotalCouldHoldOnlyOneValue() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable table = c.suppressed();
      DisclosureAudit.Published published = DisclosureAudit.of(table);
      CountTable original = c.table();
      for (int r = 0; r < table.rows(); r++) {
        if (table.rowTotal(r).isEmpty()) {
          assertTrue(DisclosureAudit.totalAlternative(published, DisclosureAudit.Margin.ROW, r,
              original.rowTotal(r)).isPresent(), "the total of row " + r + " (" + original.rowTotal(r)
                  + ") can be recovered from" + System.lineSeparator() + table);
        }
      }
      for (int col = 0; col < table.columns(); col++) {
        if (table.columnTotal(col).isEmpty()) {
          assertTrue(DisclosureAudit.totalAlternative(published, DisclosureAudit.Margin.COLUMN, col,
              original.columnTotal(col)).isPresent(), "the total of column " + col + " ("
                  + original.columnTotal(col) + ") can be recovered from" + System.lineSeparator() + table);
        }
      }
      if (table.grandTotal().isEmpty()) {
        assertTrue(DisclosureAudit.totalAlternative(published, DisclosureAudit.Margin.GRAND, 0,
            original.grandTotal()).isPresent(), "the grand total can be recovered from" + System.lineSeparator()
                + table);
      }
    });
  }

  /**
   * The obvious relations — a row's cells add up to its total, a column's to its total, the
   * row totals and the column totals to the grand total — never leave exactly one figure
   * unknown, which a reader would then get by subtraction.
   */
  @Test
  void noRowColumnOrMarginHasExactlyOneWithheldFigure() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable table = c.suppressed();
      for (int r = 0; r < table.rows(); r++) {
        int unknown = table.rowTotal(r).isEmpty() ? 1 : 0;
        for (int col = 0; col < table.columns(); col++) {
          unknown += table.published(r, col).isEmpty() ? 1 : 0;
        }
        assertTrue(unknown != 1, "row " + r + " has one withheld figure:" + System.lineSeparator() + table);
      }
      for (int col = 0; col < table.columns(); col++) {
        int unknown = table.columnTotal(col).isEmpty() ? 1 : 0;
        for (int r = 0; r < table.rows(); r++) {
          unknown += table.published(r, col).isEmpty() ? 1 : 0;
        }
        assertTrue(unknown != 1, "column " + col + " has one withheld figure:" + System.lineSeparator() + table);
      }
      int grand = table.grandTotal().isEmpty() ? 1 : 0;
      int rowMargin = grand;
      for (int r = 0; r < table.rows(); r++) {
        rowMargin += table.rowTotal(r).isEmpty() ? 1 : 0;
      }
      int columnMargin = grand;
      for (int col = 0; col < table.columns(); col++) {
        columnMargin += table.columnTotal(col).isEmpty() ? 1 : 0;
      }
      assertTrue(rowMargin != 1, "the row totals and the grand total have one withheld figure:"
          + System.lineSeparator() + table);
      assertTrue(columnMargin != 1, "the column totals and the grand total have one withheld figure:"
          + System.lineSeparator() + table);
    });
  }

  @Test
  void suppressionNeverChangesAPublishedCount() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable table = c.suppressed();
      for (int r = 0; r < table.rows(); r++) {
        for (int col = 0; col < table.columns(); col++) {
          int count = c.table().count(r, col);
          boolean published = table.published(r, col).isPresent();
          assertEquals(published, table.mark(r, col) == Suppression.PUBLISHED);
          if (published) {
            assertEquals(count, table.published(r, col).getAsInt());
          }
          if (c.zeroCells() == ZeroCells.NOT_SENSITIVE) {
            assertEquals(count > 0 && count < c.k(), table.mark(r, col) == Suppression.PRIMARY,
                "primary exactly when below k, at " + r + "," + col);
          }
        }
      }
    });
  }

  @Test
  void publishedTotalsAreTheOriginalTotals() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable table = c.suppressed();
      CountTable original = c.table();
      for (int r = 0; r < table.rows(); r++) {
        int total = original.rowTotal(r);
        table.rowTotal(r).ifPresent(shown -> assertEquals(total, shown));
      }
      for (int col = 0; col < table.columns(); col++) {
        int total = original.columnTotal(col);
        table.columnTotal(col).ifPresent(shown -> assertEquals(total, shown));
      }
      table.grandTotal().ifPresent(shown -> assertEquals(original.grandTotal(), shown));
    });
  }

  @Test
  void aTwoWayTableKeepsEveryTotalUnlessOneIsBelowK() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      CountTable original = c.table();
      long rows = original.rowTotals().stream().filter(t -> t > 0).count();
      long columns = original.columnTotals().stream().filter(t -> t > 0).count();
      SuppressedTable table = c.suppressed();
      boolean smallRow = original.rowTotals().stream().anyMatch(t -> t > 0 && t < table.k());
      boolean smallColumn = original.columnTotals().stream().anyMatch(t -> t > 0 && t < table.k());
      if (rows >= 2 && columns >= 2) {
        // a total of at least k is withheld only to protect a total below k: the cycle that
        // protects a withheld column total can run through row totals, and the other way round
        // (k=2, rows 0 0 8 / 0 1 1 / 2 0 0: the column total 1 is protected with row totals)
        IntStream.range(0, table.rows()).forEach(r -> assertTrue(table.rowTotal(r).isPresent()
            || original.rowTotal(r) > 0 && (original.rowTotal(r) < table.k() || smallRow || smallColumn),
            "row " + r));
        IntStream.range(0, table.columns()).forEach(col -> assertTrue(table.columnTotal(col).isPresent()
            || original.columnTotal(col) > 0 && (original.columnTotal(col) < table.k() || smallRow || smallColumn),
            "column " + col));
        if (!smallRow && !smallColumn) {
          IntStream.range(0, table.rows()).forEach(r -> assertTrue(table.rowTotal(r).isPresent(), "row " + r));
          IntStream.range(0, table.columns()).forEach(col -> assertTrue(table.columnTotal(col).isPresent(),
              "column " + col));
        }
      }
      if (table.rows() * table.columns() > 1 && (original.grandTotal() == 0 || original.grandTotal() >= table.k())) {
        assertEquals(OptionalInt.of(original.grandTotal()), table.grandTotal());
      }
      IntStream.range(0, table.rows()).forEach(r -> assertTrue(original.rowTotal(r) == 0
          || original.rowTotal(r) >= table.k() || table.rowTotal(r).isEmpty(), "a total below k is never shown"));
      IntStream.range(0, table.columns()).forEach(col -> assertTrue(original.columnTotal(col) == 0
          || original.columnTotal(col) >= table.k() || table.columnTotal(col).isEmpty(), "a total below k is never shown"));
    });
  }

  @Test
  void theSameTableAlwaysGivesTheSameSuppression() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable first = c.suppressed();
      CountTable copy = CountTable.of(c.table().rowLabels(), c.table().columnLabels(), c.table().toArray());
      SuppressedTable second = DisclosureControl.suppress(copy, c.k(), c.zeroCells());
      assertEquals(first, second);
      assertEquals(first.hashCode(), second.hashCode());
      assertEquals(first.toString(), second.toString());
    });
  }

  @Test
  void aTableWithNoCountBelowKIsPublishedWhole() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      boolean small = c.table().counts().stream().anyMatch(n -> n > 0 && n < c.k());
      if (!small) {
        SuppressedTable table = DisclosureControl.suppress(c.table(), c.k());
        assertEquals(0, table.suppressedCount());
        assertEquals(OptionalInt.of(c.table().grandTotal()), table.grandTotal());
      }
    });
  }

  @Test
  void aThresholdOfOneOrLessSuppressesNothingUnlessZerosAreSensitive() {
    qt().withExamples(500).forAll(cases()).checkAssert(c -> {
      for (int k = 0; k <= 1; k++) {
        SuppressedTable table = DisclosureControl.suppress(c.table(), k);
        assertEquals(0, table.suppressedCount(), "k=" + k);
      }
      assertEquals(0, DisclosureControl.suppress(c.table(), 0, ZeroCells.SENSITIVE).suppressedCount());
    });
  }

  @Test
  void everyPrimaryCellStaysPrimaryAtAHigherThreshold() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      SuppressedTable lower = c.suppressed();
      SuppressedTable higher = DisclosureControl.suppress(c.table(), c.k() + 1, c.zeroCells());
      for (int r = 0; r < lower.rows(); r++) {
        for (int col = 0; col < lower.columns(); col++) {
          if (lower.mark(r, col) == Suppression.PRIMARY) {
            assertEquals(Suppression.PRIMARY, higher.mark(r, col), r + "," + col);
          }
        }
      }
    });
  }
}
