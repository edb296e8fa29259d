package org.ctnat.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Shares with their denominators and intervals. */
class ShareTest {

  @Test
  void zeroDenominatorHasNoProportionAndNoInterval() {
    Share none = new Share(0, 0);
    assertTrue(none.proportion().isEmpty());
    assertTrue(none.interval().isEmpty());
    assertEquals("0 of 0", none.toString());
  }

  @Test
  void extremeSharesStillHaveSensibleWilsonIntervals() {
    ConfidenceInterval all = new Share(7, 7).interval().orElseThrow();
    assertEquals(1.0, all.upper(), 1e-9);
    assertTrue(all.lower() > 0.5 && all.lower() < 0.7, all::toString);
    ConfidenceInterval none = new Share(0, 7).interval().orElseThrow();
    assertEquals(0.0, none.lower(), 1e-9);
  }

  @Test
  void boundsStayWithinZeroAndOneForEveryMethod() {
    for (IntervalMethod method : IntervalMethod.values()) {
      ConfidenceInterval ci = new Share(0, 31).interval(method, 0.95).orElseThrow();
      assertEquals(0.0, ci.lower(), 0.0, method.name());
    }
  }

  @Test
  void impossibleCountsAreRejectedWithTheValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Share(8, 7));
    assertTrue(e.getMessage().contains("8 of 7"), e.getMessage());
    IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
        () -> new Share(1, 2).interval(IntervalMethod.WILSON, 1.5));
    assertTrue(level.getMessage().contains("1.5"), level.getMessage());
  }

  @Test
  void everyMethodGivesAnIntervalAroundTheProportion() {
    qt().withExamples(2000).forAll(integers().between(1, 500), integers().between(0, 1000))
        .checkAssert((n, permille) -> {
          int x = n * permille / 1000;
          double p = (double) x / n;
          for (IntervalMethod method : IntervalMethod.values()) {
            ConfidenceInterval ci = new Share(x, n).interval(method, 0.95).orElseThrow();
            assertTrue(ci.lower() <= p + 1e-9 && p - 1e-9 <= ci.upper(), method + " " + ci + " for " + x + "/" + n);
          }
        });
  }
}
