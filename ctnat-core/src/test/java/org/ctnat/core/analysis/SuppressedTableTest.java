package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A suppressed table shows what may be published and nothing else. */
class SuppressedTableTest {

  private static final CountTable BY_GENDER = CountTable.of(List.of("female", "male"),
      List.of("adequate", "neither", "inadequate"), new int[][] {{4, 2, 9}, {12, 0, 6}});

  @Test
  void itPrintsWithheldCellsAsXWithALegend() {
    assertEquals(String.join(System.lineSeparator(),
        "Suppressed table, k=5: 4 of 6 cells suppressed",
        "          adequate  neither  inadequate  total",
        "  female         x        x           9     15",
        "  male           x        x           6     18",
        "  total          x        x          15     33",
        "  cells below k=5 suppressed (x), with others so that none can be derived from the totals",
        "  totals below k=5 are withheld (x): columns [neither], with others so that none can be derived from the "
            + "grand total"),
        DisclosureControl.suppress(BY_GENDER, 5).toString());
  }

  @Test
  void aOneRowTablePrintsItsWithheldColumnTotalsAsX() {
    CountTable tally = CountTable.of(List.of("3.1.4"), List.of("adequate", "neither", "inadequate"),
        new int[][] {{4, 2, 1}});
    assertEquals(String.join(System.lineSeparator(),
        "Suppressed table, k=5: 3 of 3 cells suppressed",
        "         adequate  neither  inadequate  total",
        "  3.1.4         x        x           x      7",
        "  total         x        x           x      7",
        "  cells below k=5 suppressed (x), with others so that none can be derived from the totals",
        "  totals below k=5 are withheld (x): columns [adequate, neither, inadequate]"),
        DisclosureControl.suppress(tally, 5).toString());
  }

  @Test
  void cellsAreReadByLabel() {
    SuppressedTable table = DisclosureControl.suppress(BY_GENDER, 5);
    assertEquals(OptionalInt.of(9), table.published("female", "inadequate"));
    assertEquals(OptionalInt.empty(), table.published("male", "adequate"));
    assertEquals(Suppression.COMPLEMENTARY, table.mark("male", "adequate"));
    assertEquals(Suppression.PRIMARY, table.mark("female", "neither"));
    assertEquals(2, table.primaryCount());
    assertEquals(2, table.complementaryCount());
    assertEquals(List.of("female", "male"), table.rowLabels());
    assertEquals(3, table.columns());
  }

  @Test
  void tablesThatDifferOnlyInWithheldCountsAreIndistinguishable() {
    // same totals, every cell withheld: nothing the suppressed table holds tells them apart
    SuppressedTable one = DisclosureControl.suppress(CountTable.of(List.of("r", "s"), List.of("a", "b"),
        new int[][] {{3, 7}, {8, 9}}), 5);
    SuppressedTable other = DisclosureControl.suppress(CountTable.of(List.of("r", "s"), List.of("a", "b"),
        new int[][] {{4, 6}, {7, 10}}), 5);
    assertEquals(one, other);
    assertEquals(one.hashCode(), other.hashCode());
    assertEquals(one.toString(), other.toString());
  }

  @Test
  void primaryAndComplementaryCellsLookTheSameWhenPrinted() {
    String printed = DisclosureControl.suppress(BY_GENDER, 5).toString();
    assertTrue(!printed.contains("PRIMARY") && !printed.contains("COMPLEMENTARY"), printed);
  }

  @Test
  void tablesSuppressedAtDifferentThresholdsDiffer() {
    assertNotEquals(DisclosureControl.suppress(BY_GENDER, 0), DisclosureControl.suppress(BY_GENDER, 1));
  }

  @Test
  void unknownLabelsAndIndexesAreRejectedWithTheValue() {
    SuppressedTable table = DisclosureControl.suppress(BY_GENDER, 5);
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
        () -> table.published("other", "adequate"));
    assertEquals("suppressed table has no row 'other'; its rows are [female, male]", row.getMessage());
    IllegalArgumentException column = assertThrows(IllegalArgumentException.class, () -> table.mark(0, 3));
    assertEquals("suppressed table: need 0 <= column < 3, but column was 3", column.getMessage());
    IllegalArgumentException total = assertThrows(IllegalArgumentException.class, () -> table.rowTotal(-1));
    assertEquals("suppressed table: need 0 <= row < 2, but row was -1", total.getMessage());
  }

  @Test
  void onlyPrimaryAndComplementaryMarksAreSuppressed() {
    assertEquals(List.of(false, true, true), List.of(Suppression.PUBLISHED.isSuppressed(),
        Suppression.PRIMARY.isSuppressed(), Suppression.COMPLEMENTARY.isSuppressed()));
  }
}
