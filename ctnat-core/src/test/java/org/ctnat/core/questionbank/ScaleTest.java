package org.ctnat.core.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctnat.core.framework.LocalizedText;
import org.junit.jupiter.api.Test;

/** Scales: unique point codes, two substantive points, ordered polarities, non-substantive last. */
class ScaleTest {

  private static ScalePoint point(String code, Polarity polarity) {
    return ScalePoint.of(code, LocalizedText.of(code), polarity);
  }

  private static ScalePoint dontKnow() {
    return ScalePoint.nonSubstantive("dont_know", LocalizedText.of("Don't know"));
  }

  private static Scale scale(ScalePoint... points) {
    return Scale.of(ScaleId.of("adequacy"), LocalizedText.of("Adequacy"), List.of(points));
  }

  private static void assertRejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  @Test
  void scaleFromPositiveThroughNeutralToNegativeThenDontKnowIsAccepted() {
    Scale s = scale(point("adequate", Polarity.POSITIVE), point("neither", Polarity.NEUTRAL),
        point("inadequate", Polarity.NEGATIVE), dontKnow());
    assertEquals(3, s.substantivePoints().size());
    assertEquals(3, s.indexOf("dont_know"));
    assertEquals(-1, s.indexOf("maybe"));
    assertTrue(s.point("neither").orElseThrow().substantive());
    assertTrue(!s.point("dont_know").orElseThrow().substantive());
  }

  @Test
  void scaleWithSeveralPointsOfOnePolarityIsAccepted() {
    Scale s = scale(point("always", Polarity.POSITIVE), point("often", Polarity.POSITIVE),
        point("rarely", Polarity.NEGATIVE), point("never", Polarity.NEGATIVE));
    assertEquals(4, s.points().size());
  }

  @Test
  void scaleWithADuplicatePointCodeIsRejected() {
    assertRejected(() -> scale(point("adequate", Polarity.POSITIVE), point("adequate", Polarity.NEGATIVE)),
        "scale adequacy", "point codes must be unique", "'adequate'");
  }

  @Test
  void scaleWithOneSubstantivePointIsRejected() {
    assertRejected(() -> scale(point("adequate", Polarity.POSITIVE), dontKnow()),
        "scale adequacy", "at least two substantive points", "has 1");
  }

  @Test
  void scaleWithOnlyNonSubstantivePointsIsRejected() {
    assertRejected(() -> scale(dontKnow(), ScalePoint.nonSubstantive("not_applicable", LocalizedText.of("N/A"))),
        "scale adequacy", "at least two substantive points", "has 0");
  }

  @Test
  void scaleWithANegativePointBeforeAPositiveOneIsRejected() {
    assertRejected(() -> scale(point("inadequate", Polarity.NEGATIVE), point("adequate", Polarity.POSITIVE)),
        "scale adequacy", "ordered from positive through neutral to negative", "'adequate'", "NEGATIVE");
  }

  @Test
  void scaleWithANeutralPointAfterANegativeOneIsRejected() {
    assertRejected(() -> scale(point("adequate", Polarity.POSITIVE), point("inadequate", Polarity.NEGATIVE),
            point("neither", Polarity.NEUTRAL)),
        "scale adequacy", "ordered from positive through neutral to negative", "'neither'");
  }

  @Test
  void scaleWithANonSubstantivePointBeforeASubstantiveOneIsRejected() {
    assertRejected(() -> scale(point("adequate", Polarity.POSITIVE), dontKnow(),
            point("inadequate", Polarity.NEGATIVE)),
        "scale adequacy", "non-substantive points must come after all substantive points", "'inadequate'");
  }

  @Test
  void scalePointWithABadCodeIsRejected() {
    assertRejected(() -> point("not adequate", Polarity.NEGATIVE), "scale point code", "'not adequate'");
    assertRejected(() -> point("1st", Polarity.NEGATIVE), "scale point code", "'1st'");
  }

  @Test
  void scaleCopyWithDisorderedPointsIsRejectedLikeANewScale() {
    Scale s = scale(point("adequate", Polarity.POSITIVE), point("inadequate", Polarity.NEGATIVE));
    assertRejected(() -> s.withPoints(List.of(point("inadequate", Polarity.NEGATIVE), point("adequate", Polarity.POSITIVE))),
        "scale adequacy");
  }
}
