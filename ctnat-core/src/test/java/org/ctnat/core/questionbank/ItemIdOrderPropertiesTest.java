package org.ctnat.core.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Item, section and scale ids order numerically part by part (4.1.9 before 4.1.10). */
class ItemIdOrderPropertiesTest {

  @Test
  void itemIdsCompareNumericallyPartByPart() {
    qt().forAll(integers().between(0, 200), integers().between(0, 200), integers().between(0, 200),
            integers().between(0, 200))
        .checkAssert((a, b, c, d) -> {
          ItemId x = ItemId.of("4." + a + "." + b);
          ItemId y = ItemId.of("4." + c + "." + d);
          int expected = a.equals(c) ? Integer.compare(b, d) : Integer.compare(a, c);
          assertEquals(Integer.signum(expected), Integer.signum(x.compareTo(y)), x + " vs " + y);
          assertEquals(x.equals(y), x.compareTo(y) == 0, x + " vs " + y);
        });
  }

  @Test
  void aQuestionComesBeforeItsStatements() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000)).checkAssert((a, b) -> {
      ItemId grid = ItemId.of(a + "." + b);
      ItemId statement = ItemId.of(a + "." + b + ".1");
      assertEquals(-1, Integer.signum(grid.compareTo(statement)));
      assertEquals(1, Integer.signum(statement.compareTo(grid)));
    });
  }

  @Test
  void sectionAndInterviewQuestionIdsCompareNumerically() {
    qt().forAll(integers().between(0, 1000), integers().between(0, 1000)).checkAssert((a, b) -> {
      assertEquals(Integer.signum(Integer.compare(a, b)),
          Integer.signum(SectionId.of(String.valueOf(a)).compareTo(SectionId.of(String.valueOf(b)))));
      assertEquals(Integer.signum(Integer.compare(a, b)),
          Integer.signum(InterviewQuestionId.of("3." + a).compareTo(InterviewQuestionId.of("3." + b))));
    });
  }
}
