package org.ctnat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula neutralisation: the OWASP quote prefix, and an escape that keeps every text intact. */
class CsvCellsTest {

  @Test
  void formulaPayloadsAreQuotedOut() {
    assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")",
        CsvCells.neutralise("=HYPERLINK(\"http://evil.example\",\"x\")"));
    assertEquals("'+cmd|' /C calc'!A0", CsvCells.neutralise("+cmd|' /C calc'!A0"));
    assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
    assertEquals("'@SUM(A1:A9)", CsvCells.neutralise("@SUM(A1:A9)"));
    assertEquals("'\tx", CsvCells.neutralise("\tx"));
    assertEquals("'\rx", CsvCells.neutralise("\rx"));
  }

  @Test
  void aTextStartingWithAQuoteIsQuotedTooSoThatItSurvives() {
    assertEquals("''=not a formula", CsvCells.neutralise("'=not a formula"));
    assertEquals("'=not a formula", CsvCells.restore("''=not a formula"));
    assertEquals("''quoted'", CsvCells.neutralise("'quoted'"));
    assertEquals("'quoted'", CsvCells.restore("''quoted'"));
    assertEquals("''", CsvCells.neutralise("'"));
    assertEquals("'", CsvCells.restore("''"));
  }

  @Test
  void ordinaryTextsAndHandMadeQuotesAreLeftAlone() {
    for (String text : List.of("", "adequate", "1", "AZEsur1", "2+3=5", " =1", "a'b")) {
      assertEquals(text, CsvCells.neutralise(text));
      assertEquals(text, CsvCells.restore(text));
      assertFalse(CsvCells.needsNeutralising(text), text);
    }
    assertEquals("'abc", CsvCells.restore("'abc"), "a quote before an ordinary character stays");
    assertEquals("'", CsvCells.restore("'"));
    assertTrue(CsvCells.needsNeutralising("=1"));
  }

  @Test
  void restoringANeutralisedTextGivesItBackForEveryText() {
    qt().withExamples(2000).forAll(strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 6),
            strings().allPossible().ofLengthBetween(0, 4))
        .checkAssert((ascii, any) -> {
          for (String text : List.of(ascii, any, "'" + ascii, "=" + any)) {
            assertEquals(text, CsvCells.restore(CsvCells.neutralise(text)));
          }
        });
  }

  @Test
  void neutralisingARestoredCellGivesItBackForEveryCellAWriterProduces() {
    String alphabet = "'=+-@\t\rab ";
    qt().withExamples(2000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 6))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(i -> text.append(alphabet.charAt(i)));
          String cell = CsvCells.neutralise(text.toString());
          assertEquals(cell, CsvCells.neutralise(CsvCells.restore(cell)));
          assertFalse(!cell.isEmpty() && CsvCells.FORMULA_TRIGGERS.indexOf(cell.charAt(0)) >= 0,
              "no written cell starts with a trigger: " + cell);
        });
  }
}
