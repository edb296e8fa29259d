package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.ctnat.core.analysis.DisclosureControl.ZeroCells;
import org.ctnat.core.questionbank.ItemId;
import org.junit.jupiter.api.Test;

/** Small-cell suppression: primary cells, complementary cells, and what the totals reveal. */
class DisclosureControlTest {

  /** A table with rows g0, g1, … and columns a, b, c, …. */
  static CountTable table(int[]... cells) {
    List<String> rows = IntStream.range(0, cells.length).mapToObj(r -> "g" + r).toList();
    List<String> columns = IntStream.range(0, cells.length == 0 ? 0 : cells[0].length)
        .mapToObj(c -> String.valueOf((char) ('a' + c))).toList();
    return CountTable.of(rows, columns, cells);
  }

  /** The marks row by row: P primary, C complementary, . published. */
  static List<String> marks(SuppressedTable table) {
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < table.columns(); c++) {
        line.append(switch (table.mark(r, c)) {
          case PUBLISHED -> '.';
          case PRIMARY -> 'P';
          case COMPLEMENTARY -> 'C';
        });
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Every total is published, except those between 1 and k - 1, which are withheld. */
  private static void assertEveryTotalPublished(CountTable original, SuppressedTable table) {
    for (int r = 0; r < original.rows(); r++) {
      int total = original.rowTotal(r);
      assertEquals(total > 0 && total < table.k() ? OptionalInt.empty() : OptionalInt.of(total),
          table.rowTotal(r), "row " + r);
    }
    for (int c = 0; c < original.columns(); c++) {
      int total = original.columnTotal(c);
      assertEquals(total > 0 && total < table.k() ? OptionalInt.empty() : OptionalInt.of(total),
          table.columnTotal(c), "column " + c);
    }
  }


  @Test
  void aCellOfThreeIsSuppressedWhenKIsFive() {
    CountTable original = table(new int[] {3, 10, 20}, new int[] {12, 15, 30}, new int[] {8, 40, 50});
    SuppressedTable table = DisclosureControl.suppress(original, 5);
    assertEquals(Suppression.PRIMARY, table.mark("g0", "a"));
    assertEquals(OptionalInt.empty(), table.published("g0", "a"));
    assertEquals(1, table.primaryCount());
    assertEquals(5, table.k());
  }

  @Test
  void theCheapestCycleOfComplementsIsChosenNotTheSmallestNeighbours() {
    // the smallest neighbours of the 3 are 10 (row) and 8 (column), but closing that cycle costs
    // 10 + 8 + 40; the cycle through 10, 12 and 15 costs 37
    CountTable original = table(new int[] {3, 10, 20}, new int[] {12, 15, 30}, new int[] {8, 40, 50});
    SuppressedTable table = DisclosureControl.suppress(original, 5);
    assertEquals(List.of("PC.", "CC.", "..."), marks(table));
    assertEquals(3, table.complementaryCount());
    assertEveryTotalPublished(original, table);
  }

  @Test
  void theHardestCellIsProtectedFirstSoThatItsComplementsServeItsNeighbour() {
    // the 2 can only be protected through the zero below it; taking it first, the same cycle
    // protects the 4, and the 9 and 6 stay published
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {4, 2, 9}, new int[] {12, 0, 6}), 5);
    assertEquals(List.of("PP.", "CC."), marks(table));
  }

  @Test
  void aSmallCellIsProtectedInItsRowAndItsColumn() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {3, 7}, new int[] {8, 9}), 5);
    assertEquals(List.of("PC", "CC"), marks(table));
  }

  @Test
  void twoSmallCellsInARowShareTheirComplements() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {2, 3, 20}, new int[] {10, 12, 30}), 5);
    assertEquals(List.of("PP.", "CC."), marks(table));
    assertEquals(4, table.suppressedCount());
  }

  @Test
  void twoSmallCellsInAColumnShareTheirComplements() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {2, 10}, new int[] {3, 12},
        new int[] {20, 30}), 5);
    assertEquals(List.of("PC", "PC", ".."), marks(table));
  }

  @Test
  void cellsAtOrAboveKAreNotPrimary() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {5, 6}, new int[] {7, 8}), 5);
    assertEquals(0, table.suppressedCount());
    assertEquals(OptionalInt.of(5), table.published(0, 0));
  }

  @Test
  void whenEveryCellIsBelowKEveryCellIsSuppressedAndSmallTotalsAreWithheld() {
    CountTable original = table(new int[] {1, 2}, new int[] {3, 4});
    SuppressedTable table = DisclosureControl.suppress(original, 5);
    assertEquals(List.of("PP", "PP"), marks(table));
    assertEquals(0, table.complementaryCount());
    // 3 and 4 are below k; 7 and 6 are withheld too, or 10 − 7 and 10 − 6 would give them
    assertEquals(OptionalInt.empty(), table.rowTotal(0));
    assertEquals(OptionalInt.empty(), table.rowTotal(1));
    assertEquals(OptionalInt.empty(), table.columnTotal(0));
    assertEquals(OptionalInt.empty(), table.columnTotal(1));
    assertEquals(OptionalInt.of(10), table.grandTotal());
    assertEquals(List.of("g0"), table.rowsBelowK());
    assertEquals(List.of("a"), table.columnsBelowK());
  }

  @Test
  void aSingleWithheldRowTotalIsNotTheGrandTotalMinusThePublishedOnes() {
    // Armenia 3 of 24 would be 24 − 12 − 9: the row sharing a column of suppressed cells with
    // Armenia loses its total too
    CountTable original = CountTable.of(List.of("Armenia", "Azerbaijan", "Georgia"), List.of("yes", "no"),
        new int[][] {{1, 2}, {5, 7}, {4, 5}});
    SuppressedTable table = DisclosureControl.suppress(original, 5);
    assertEquals(List.of("PP", "..", "PC"), marks(table));
    assertEquals(OptionalInt.empty(), table.rowTotal(0));
    assertEquals(OptionalInt.of(12), table.rowTotal(1));
    assertEquals(OptionalInt.empty(), table.rowTotal(2), "withheld so that Armenia's is not 24 − 12 − 9");
    assertEquals(OptionalInt.of(24), table.grandTotal());
    assertTrue(table.toString().contains("with others so that none can be derived from the grand total"),
        table::toString);
  }

  @Test
  void aSingleWithheldColumnTotalIsNotTheGrandTotalMinusThePublishedOnes() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {1, 9, 12}, new int[] {2, 8, 6}), 5);
    assertEquals(OptionalInt.empty(), table.columnTotal(0), "3 is below k");
    assertEquals(1, IntStream.range(1, 3).filter(c -> table.columnTotal(c).isEmpty()).count(),
        "one more column total is withheld");
    assertEquals(OptionalInt.of(38), table.grandTotal());
    assertEquals(OptionalInt.of(22), table.rowTotal(0));
    assertEquals(OptionalInt.of(16), table.rowTotal(1));
  }

  @Test
  void aThresholdOfOneOrLessSuppressesNothing() {
    CountTable original = table(new int[] {1, 0, 2}, new int[] {0, 1, 9});
    for (int k : new int[] {0, 1}) {
      SuppressedTable table = DisclosureControl.suppress(original, k);
      assertEquals(0, table.suppressedCount(), "k=" + k);
      assertEveryTotalPublished(original, table);
    }
  }

  @Test
  void aZeroIsPublishedByDefault() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {0, 7}, new int[] {9, 8}), 5);
    assertEquals(0, table.suppressedCount());
    assertEquals(OptionalInt.of(0), table.published(0, 0));
  }

  @Test
  void aSensitiveZeroIsSuppressedAndProtected() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {0, 7}, new int[] {9, 8}), 5,
        ZeroCells.SENSITIVE);
    assertEquals(List.of("PC", "CC"), marks(table));
    assertEquals(ZeroCells.SENSITIVE, table.zeroCells());
    assertTrue(table.toString().contains("zeros included"), table::toString);
  }

  @Test
  void aSensitiveZeroInAnEmptyRowOrColumnIsPublishedBecauseTheTotalShowsIt() {
    SuppressedTable table = DisclosureControl.suppress(
        table(new int[] {0, 7, 6}, new int[] {0, 0, 0}, new int[] {0, 9, 8}), 5, ZeroCells.SENSITIVE);
    assertEquals(0, table.suppressedCount(), () -> String.join("/", marks(table)));
  }

  @Test
  void aRowWhoseTotalIsBelowKHasItsCountsAndItsTotalWithheld() {
    CountTable original = table(new int[] {0, 2, 0}, new int[] {10, 12, 15});
    SuppressedTable table = DisclosureControl.suppress(original, 5);
    // the 2 is the only count of its row: a zero of the row must join it, and the zero may only gain
    assertEquals(List.of("CP.", "CC."), marks(table));
    assertEquals(OptionalInt.empty(), table.rowTotal(0));
    assertEquals(OptionalInt.empty(), table.rowTotal(1), "or the 2 would be 39 − 37");
    IntStream.range(0, 3).forEach(c -> assertEquals(OptionalInt.of(original.columnTotal(c)), table.columnTotal(c)));
    assertEquals(OptionalInt.of(39), table.grandTotal());
    assertEquals(List.of("g0"), table.rowsBelowK());
  }

  @Test
  void aZeroIsAComplementOnlyWhenNoCycleOfNonZeroCountsExists() {
    // the 3 shares its column only with a zero: any cycle through it uses that zero
    SuppressedTable forced = DisclosureControl.suppress(table(new int[] {3, 0, 6}, new int[] {0, 0, 9}), 5);
    assertEquals(List.of("P.C", "C.C"), marks(forced));
    // a cycle through the zero would cost 7 + 20, one without it 7 + 90 + 60: fewer zeros come first
    SuppressedTable avoided = DisclosureControl.suppress(table(new int[] {3, 0, 60}, new int[] {7, 20, 90}), 5);
    assertEquals(List.of("P.C", "C.C"), marks(avoided));
    assertEquals(OptionalInt.of(0), avoided.published(0, 1));
  }

  @Test
  void aOneRowTableOfATallyNeedsTwoSuppressedCellsAndWithholdsTheirColumnTotals() {
    // 2016 Azerbaijan, 3.1.4: adequate 4, neither 2, inadequate 1 of 7
    Tally tally = Tally.builder().item(ItemId.of("3.1.4"))
        .categories(List.of("adequate", "neither", "somewhat", "inadequate"))
        .counts(List.of(4, 2, 0, 1)).eligible(7).answered(7).build();
    SuppressedTable table = DisclosureControl.suppress(CountTable.of(tally), 5);
    assertEquals(List.of("PP.P"), marks(table));
    assertEquals(OptionalInt.of(7), table.rowTotal(0));
    assertEquals(OptionalInt.of(7), table.grandTotal());
    assertEquals(OptionalInt.empty(), table.columnTotal(0), "a column total of a one-row table is its cell");
    assertEquals(OptionalInt.of(0), table.columnTotal(2));
  }

  @Test
  void aOneRowTableWithOneSmallCountSuppressesTheSmallestOtherCount() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {12, 3, 0, 9, 9}), 5);
    assertEquals(List.of(".P.C."), marks(table));
    assertEquals(OptionalInt.of(33), table.rowTotal(0));
    assertEquals(OptionalInt.empty(), table.columnTotal(3));
    assertEquals(OptionalInt.of(9), table.columnTotal(4));
  }

  @Test
  void aOneRowTableWhoseOnlyCountIsSmallSuppressesAZero() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {0, 3, 0}), 5);
    // 3 and a zero share the total 3, itself below k and withheld
    assertEquals(List.of("CP."), marks(table));
    assertEquals(OptionalInt.empty(), table.rowTotal(0));
    assertEquals(OptionalInt.empty(), table.grandTotal());
    assertEquals(OptionalInt.empty(), table.columnTotal(0));
    assertEquals(OptionalInt.of(0), table.columnTotal(2));
  }

  @Test
  void aOneRowTableOfSensitiveZerosSuppressesACountWithThem() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {0, 9, 0, 12}), 5, ZeroCells.SENSITIVE);
    assertEquals(List.of("PCP."), marks(table));
  }

  @Test
  void aTableWhoseOtherRowsAreEmptyIsTreatedAsOneRow() {
    CountTable original = table(new int[] {0, 0, 0}, new int[] {3, 8, 9});
    SuppressedTable table = DisclosureControl.suppress(original, 5);
    assertEquals(List.of("...", "PC."), marks(table));
    assertEquals(OptionalInt.empty(), table.columnTotal(0));
    assertEquals(OptionalInt.of(9), table.columnTotal(2));
    assertEquals(OptionalInt.of(0), table.rowTotal(0));
    assertEquals(OptionalInt.of(20), table.rowTotal(1));
  }

  @Test
  void aOneColumnTableWithholdsTheRowTotalsOfItsSuppressedCells() {
    SuppressedTable table = DisclosureControl.suppress(table(new int[] {3}, new int[] {12}, new int[] {9}), 5);
    assertEquals(List.of("P", ".", "C"), marks(table));
    assertEquals(OptionalInt.empty(), table.rowTotal(0));
    assertEquals(OptionalInt.of(12), table.rowTotal(1));
    assertEquals(OptionalInt.of(24), table.columnTotal(0));
  }

  @Test
  void aOneCellTableBelowKPublishesNothing() {
    SuppressedTable small = DisclosureControl.suppress(table(new int[] {3}), 5);
    assertEquals(List.of("P"), marks(small));
    assertEquals(OptionalInt.empty(), small.rowTotal(0));
    assertEquals(OptionalInt.empty(), small.columnTotal(0));
    assertEquals(OptionalInt.empty(), small.grandTotal());
    SuppressedTable large = DisclosureControl.suppress(table(new int[] {7}), 5);
    assertEquals(OptionalInt.of(7), large.grandTotal());
  }

  @Test
  void aTableWithoutCellsSuppressesNothing() {
    CountTable empty = CountTable.of(List.of("g0", "g1"), List.of(), new int[2][0]);
    SuppressedTable table = DisclosureControl.suppress(empty, 5, ZeroCells.SENSITIVE);
    assertEquals(0, table.suppressedCount());
    assertEquals(OptionalInt.of(0), table.rowTotal(1));
  }

  @Test
  void theAuditFindsASuppressedCellAloneInItsRowRecoverable() {
    int[][] counts = {{3, 7}, {8, 9}};
    boolean[][] hidden = {{true, false}, {false, false}};
    assertTrue(DisclosureAudit.alternative(DisclosureAudit.of(counts, hidden), 0, 0, 3).isEmpty());
  }

  @Test
  void theAuditFindsACycleThroughZerosRecoverable() {
    int[][] counts = {{3, 0, 6}, {0, 0, 9}};
    boolean[][] hidden = {{true, true, false}, {true, true, false}};
    DisclosureAudit.Published published = DisclosureAudit.of(counts, hidden);
    assertTrue(DisclosureAudit.alternative(published, 0, 0, 3).isEmpty(), "non-negativity pins the 3");
    boolean[][] withNonZeros = {{true, false, true}, {true, false, true}};
    assertFalse(DisclosureAudit.alternative(DisclosureAudit.of(counts, withNonZeros), 0, 0, 3).isEmpty());
  }

  @Test
  void theAuditFindsACycleOfNonZeroCountsSafe() {
    int[][] counts = {{3, 7}, {8, 9}};
    boolean[][] hidden = {{true, true}, {true, true}};
    int[][] other = DisclosureAudit.alternative(DisclosureAudit.of(counts, hidden), 0, 0, 3).orElseThrow();
    assertEquals(4, other[0][0]);
    assertEquals(6, other[0][1]);
  }

  @Test
  void aNegativeThresholdIsRejectedWithItsValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DisclosureControl.suppress(table(new int[] {1}), -2));
    assertEquals("disclosure control: the threshold k must be >= 0, but was -2", e.getMessage());
  }

  @Test
  void aMissingTableOrRuleIsRejectedByName() {
    NullPointerException table = assertThrows(NullPointerException.class, () -> DisclosureControl.suppress(null, 5));
    assertTrue(table.getMessage().contains("table"), table.getMessage());
    NullPointerException rule = assertThrows(NullPointerException.class,
        () -> DisclosureControl.suppress(table(new int[] {1}), 5, null));
    assertTrue(rule.getMessage().contains("zeroCells"), rule.getMessage());
  }
}
