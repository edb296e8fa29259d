package org.ctnat.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Area, criterion and indicator ids: their form, parsing and order. */
class IdsTest {

  private static void assertRejected(Runnable make, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  @Test
  void criterionIdWithWhiteSpaceIsRejected() {
    assertRejected(() -> CriterionId.of("1 3"), "criterion id", "'1 3'");
  }

  @Test
  void criterionIdThatIsEmptyOrStartsWithAPunctuationMarkIsRejected() {
    assertRejected(() -> CriterionId.of(""), "criterion id", "''");
    assertRejected(() -> CriterionId.of(".1"), "criterion id", "'.1'");
    assertRejected(() -> CriterionId.of("-1"), "criterion id", "'-1'");
    assertRejected(() -> CriterionId.of("1/3"), "criterion id", "'1/3'");
  }

  @Test
  void criterionIdLongerThanSixtyFourCharactersIsRejected() {
    String max = "1".repeat(64);
    assertEquals(max, CriterionId.of(max).toString());
    assertRejected(() -> CriterionId.of(max + "1"), "criterion id");
  }

  @Test
  void nullCriterionIdIsANullPointer() {
    assertThrows(NullPointerException.class, () -> CriterionId.of(null));
  }

  @Test
  void areaIdWithWhiteSpaceIsRejected() {
    assertRejected(() -> AreaId.of("area 1"), "area id", "'area 1'");
  }

  @Test
  void indicatorIdIsParsedFromItsWrittenForm() {
    IndicatorId id = IndicatorId.parse("1.3-F1");
    assertEquals(CriterionId.of("1.3"), id.criterion());
    assertEquals(Dimension.FRAMEWORK, id.dimension());
    assertEquals(Level.ONE, id.level());
    assertEquals("5.2-O2", IndicatorId.parse("5.2-O2").toString());
    assertEquals(CriterionId.of("a-b"), IndicatorId.parse("a-b-O1").criterion());
  }

  @Test
  void indicatorIdWithoutDashIsRejected() {
    assertRejected(() -> IndicatorId.parse("1.3F1"), "indicator id", "'1.3F1'");
  }

  @Test
  void indicatorIdWithoutCriterionIsRejected() {
    assertRejected(() -> IndicatorId.parse("-F1"), "indicator id", "'-F1'");
  }

  @Test
  void indicatorIdWithTooLongSuffixIsRejected() {
    assertRejected(() -> IndicatorId.parse("1.3-F12"), "indicator id", "'1.3-F12'");
    assertRejected(() -> IndicatorId.parse("1.3-F"), "indicator id", "'1.3-F'");
    assertRejected(() -> IndicatorId.parse(""), "indicator id", "''");
  }

  @Test
  void indicatorIdWithUnknownDimensionOrLevelIsRejected() {
    assertRejected(() -> IndicatorId.parse("1.3-X1"), "-F1, -F2, -O1 or -O2", "'1.3-X1'");
    assertRejected(() -> IndicatorId.parse("1.3-f1"), "-F1, -F2, -O1 or -O2", "'1.3-f1'");
    assertRejected(() -> IndicatorId.parse("1.3-F3"), "-F1, -F2, -O1 or -O2", "'1.3-F3'");
    assertRejected(() -> IndicatorId.parse("1.3-O0"), "-F1, -F2, -O1 or -O2", "'1.3-O0'");
  }

  @Test
  void indicatorIdWithABadCriterionIsRejected() {
    assertRejected(() -> IndicatorId.parse("1 3-F1"), "criterion id", "'1 3'");
  }

  @Test
  void dimensionLettersAndLevelNumbersOutsideTheFrameworkAreRejected() {
    assertRejected(() -> Dimension.ofLetter('X'), "'X'");
    assertRejected(() -> Level.of(3), "3");
    assertEquals(Dimension.OPERATIONAL, Dimension.ofLetter('O'));
    assertEquals(Level.TWO, Level.of(2));
  }

  @Test
  void criterionIdsOrderNumericallyPartByPart() {
    List<CriterionId> ids = new ArrayList<>(List.of(
        CriterionId.of("1.10"), CriterionId.of("2.1"), CriterionId.of("1.9"), CriterionId.of("1"),
        CriterionId.of("10.1"), CriterionId.of("1.9.1")));
    ids.sort(null);
    assertEquals(List.of("1", "1.9", "1.9.1", "1.10", "2.1", "10.1"), ids.stream().map(CriterionId::toString).toList());
  }

  @Test
  void indicatorIdsOrderByCriterionThenFrameworkBeforeOperationalThenLevel() {
    List<IndicatorId> ids = new ArrayList<>(List.of(
        IndicatorId.parse("1.10-F1"), IndicatorId.parse("1.9-O2"), IndicatorId.parse("1.9-O1"),
        IndicatorId.parse("1.9-F2"), IndicatorId.parse("1.9-F1")));
    ids.sort(null);
    assertEquals(List.of("1.9-F1", "1.9-F2", "1.9-O1", "1.9-O2", "1.10-F1"),
        ids.stream().map(IndicatorId::toString).toList());
  }

  @Test
  void idsThatDifferOnlyInLeadingZerosAreOrderedConsistentlyWithEquals() {
    CriterionId padded = CriterionId.of("1.01");
    CriterionId plain = CriterionId.of("1.1");
    assertNotEquals(padded, plain);
    assertNotEquals(0, padded.compareTo(plain));
    assertEquals(-Integer.signum(padded.compareTo(plain)), Integer.signum(plain.compareTo(padded)));
    assertEquals(2, new java.util.TreeSet<>(java.util.List.of(padded, plain)).size());
    assertTrue(CriterionId.of("1.9").compareTo(CriterionId.of("1.10")) < 0);
  }
}
