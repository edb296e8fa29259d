package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.ctnat.core.questionbank.ItemId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Count tables: shape, totals, copies and combination. */
class CountTableTest {

  private static final List<String> GENDERS = List.of("female", "male");
  private static final List<String> ANSWERS = List.of("adequate", "neither", "inadequate");

  private static CountTable byGender(int[][] cells) {
    return CountTable.of(GENDERS, ANSWERS, cells);
  }

  /** Tables by gender and answer with counts up to 1000. */
  private static Gen<CountTable> tables() {
    return lists().of(integers().between(0, 1000)).ofSize(6).map(counts -> CountTable.builder()
        .rowLabels(GENDERS).columnLabels(ANSWERS).counts(counts).build());
  }

  @Test
  void totalsAreDerivedFromTheCounts() {
    CountTable table = byGender(new int[][] {{4, 2, 9}, {12, 0, 6}});
    assertEquals(List.of(15, 18), table.rowTotals());
    assertEquals(List.of(16, 2, 15), table.columnTotals());
    assertEquals(33, table.grandTotal());
    assertEquals(12, table.count("male", "adequate"));
    assertEquals(2, table.count(0, 1));
    assertEquals(2, table.rows());
    assertEquals(3, table.columns());
  }

  @Test
  void theCellsAreCopiedInAndOut() {
    int[][] cells = {{4, 2, 9}, {12, 0, 6}};
    CountTable table = byGender(cells);
    cells[0][0] = 99;
    table.toArray()[0][0] = 99;
    assertEquals(4, table.count(0, 0));
  }

  @Test
  void aTallyIsOneRowOfItsCategories() {
    Tally tally = Tally.builder().item(ItemId.of("3.1.4")).categories(List.of("adequate", "neither", "inadequate"))
        .counts(List.of(4, 2, 1)).eligible(7).answered(7).build();
    CountTable table = CountTable.of(tally);
    assertEquals(List.of("3.1.4"), table.rowLabels());
    assertEquals(tally.categories(), table.columnLabels());
    assertEquals(List.of(4, 2, 1), table.counts());
    assertEquals(7, table.rowTotal(0));
  }

  @Test
  void aFreeTextTallyHasNothingToTabulate() {
    Tally text = Tally.builder().item(ItemId.of("2.6")).categories(List.of()).counts(List.of()).eligible(7)
        .answered(5).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountTable.of(text));
    assertEquals("count table: the tally of 2.6 must have categories, but has none (a free-text item)",
        e.getMessage());
  }

  @Test
  void aNegativeCountIsRejectedNamingItsRowAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> byGender(new int[][] {{4, 2, 9}, {12, -1, 6}}));
    assertEquals("count table: counts must be >= 0, but row 'male', column 'neither' was -1", e.getMessage());
  }

  @Test
  void aRowOfTheWrongLengthIsRejectedNamingTheRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> byGender(new int[][] {{4, 2, 9}, {12, 0}}));
    assertEquals("count table: row 'male' must have one cell per column label [adequate, neither, inadequate], "
        + "but has 2", e.getMessage());
  }

  @Test
  void aMissingRowIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> byGender(new int[][] {{4, 2, 9}}));
    assertEquals("count table: need one row of cells per row label, but got 1 rows for the 2 labels "
        + "[female, male]", e.getMessage());
  }

  @Test
  void repeatedOrBlankLabelsAreRejected() {
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> CountTable.of(List.of("female", "female"), ANSWERS, new int[2][3]));
    assertEquals("count table: row labels must be unique, but 'female' appears more than once",
        repeated.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> CountTable.of(GENDERS, List.of("adequate", " "), new int[2][2]));
    assertEquals("count table: column labels must not be blank, but got ' ' in [adequate,  ]", blank.getMessage());
  }

  @Test
  void countsThatDoNotFillTheTableAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CountTable.builder().rowLabels(GENDERS).columnLabels(ANSWERS).counts(List.of(1, 2, 3)).build());
    assertEquals("count table: need rows × columns = 2 × 3 = 6 counts, but got 3", e.getMessage());
  }

  @Test
  void aGrandTotalBeyondAnIntIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> byGender(new int[][] {{Integer.MAX_VALUE, 1, 0}, {0, 0, 0}}));
    assertEquals("count table: the grand total must be at most 2147483647, but was 2147483648", e.getMessage());
  }

  @Test
  void unknownLabelsAndIndexesAreRejectedWithTheValue() {
    CountTable table = byGender(new int[2][3]);
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class, () -> table.count("other", "neither"));
    assertEquals("count table has no row 'other'; its rows are [female, male]", row.getMessage());
    IllegalArgumentException column = assertThrows(IllegalArgumentException.class, () -> table.columnTotal(3));
    assertEquals("count table: need 0 <= column < 3, but column was 3", column.getMessage());
  }

  @Test
  void withReplacesOneCountInACopy() {
    CountTable table = byGender(new int[][] {{4, 2, 9}, {12, 0, 6}});
    CountTable changed = table.with("male", "neither", 3);
    assertEquals(3, changed.count("male", "neither"));
    assertEquals(0, table.count("male", "neither"));
    assertEquals(36, changed.grandTotal());
  }

  @Test
  void tablesWithOtherLabelsCannotBeAdded() {
    CountTable table = byGender(new int[2][3]);
    CountTable other = CountTable.empty(List.of("male", "female"), ANSWERS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.plus(other));
    assertEquals("cannot add the count table [male, female] × [adequate, neither, inadequate] to the count table "
        + "[female, male] × [adequate, neither, inadequate]", e.getMessage());
  }

  @Test
  void itPrintsAsATableWithTotals() {
    assertEquals(String.join(System.lineSeparator(),
        "Count table, 2 × 3, total 33",
        "          adequate  neither  inadequate  total",
        "  female         4        2           9     15",
        "  male          12        0           6     18",
        "  total         16        2          15     33"),
        byGender(new int[][] {{4, 2, 9}, {12, 0, 6}}).toString());
  }

  @Test
  void theTotalsAddUpToTheGrandTotal() {
    qt().forAll(tables()).checkAssert(table -> {
      assertEquals(table.grandTotal(), table.rowTotals().stream().mapToInt(Integer::intValue).sum());
      assertEquals(table.grandTotal(), table.columnTotals().stream().mapToInt(Integer::intValue).sum());
    });
  }

  @Test
  void aTableReadsBackFromItsArray() {
    qt().forAll(tables()).checkAssert(table ->
        assertEquals(table, CountTable.of(table.rowLabels(), table.columnLabels(), table.toArray())));
  }

  @Test
  void addingTablesIsAssociativeAndCommutativeWithTheEmptyTableAsIdentity() {
    qt().forAll(tables(), tables(), tables()).checkAssert((a, b, c) -> {
      assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
      assertEquals(a.plus(b), b.plus(a));
      assertEquals(a, a.plus(CountTable.empty(GENDERS, ANSWERS)));
      assertEquals(a.grandTotal() + b.grandTotal(), a.plus(b).grandTotal());
    });
  }
}
