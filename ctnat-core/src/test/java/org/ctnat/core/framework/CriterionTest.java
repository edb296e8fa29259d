package org.ctnat.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The four-indicator rule of a criterion: framework and operational, levels 1 and 2. */
class CriterionTest {

  private static final CriterionId ID = CriterionId.of("1.1");

  private static Indicator indicator(CriterionId criterion, Dimension dimension, Level level) {
    return Indicator.of(criterion, dimension, level,
        LocalizedText.of("Indicator " + dimension + " " + level));
  }

  private static Indicator f1() {
    return indicator(ID, Dimension.FRAMEWORK, Level.ONE);
  }

  private static Indicator f2() {
    return indicator(ID, Dimension.FRAMEWORK, Level.TWO);
  }

  private static Indicator o1() {
    return indicator(ID, Dimension.OPERATIONAL, Level.ONE);
  }

  private static Indicator o2() {
    return indicator(ID, Dimension.OPERATIONAL, Level.TWO);
  }

  private static IllegalArgumentException refused(ImmutableCriterion.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build);
  }

  private static ImmutableCriterion.Builder criterion() {
    return Criterion.builder().id(ID).title(LocalizedText.of("National referral mechanism"));
  }

  private static void assertMentions(Exception e, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  @Test
  void criterionWithFourIndicatorsOnePerCellIsAccepted() {
    Criterion c = criterion().addIndicator(f1()).addIndicator(f2()).addIndicator(o1()).addIndicator(o2()).build();
    assertEquals(List.of(f1(), f2(), o1(), o2()), c.indicators());
    assertEquals(o1(), c.indicator(Dimension.OPERATIONAL, Level.ONE));
  }

  @Test
  void criterionKeepsItsIndicatorsInCanonicalOrderWhateverTheGivenOrder() {
    Criterion shuffled = criterion().addIndicator(o2()).addIndicator(f2()).addIndicator(o1()).addIndicator(f1()).build();
    assertEquals(List.of(f1(), f2(), o1(), o2()), shuffled.indicators());
    Criterion ordered = criterion().addIndicator(f1()).addIndicator(f2()).addIndicator(o1()).addIndicator(o2()).build();
    assertEquals(ordered, shuffled);
    assertEquals(ordered.hashCode(), shuffled.hashCode());
  }

  @Test
  void criterionOfBuildsTheFourIndicatorsWithDerivedIds() {
    Criterion c = Criterion.of(ID, LocalizedText.of("T"), LocalizedText.of("a"), LocalizedText.of("b"),
        LocalizedText.of("c"), LocalizedText.of("d"));
    assertEquals(List.of("1.1-F1", "1.1-F2", "1.1-O1", "1.1-O2"),
        c.indicators().stream().map(i -> i.id().toString()).toList());
    assertEquals("c", c.indicator(Dimension.OPERATIONAL, Level.ONE).statement().english());
  }

  @Test
  void criterionWithThreeIndicatorsIsRejected() {
    IllegalArgumentException e = refused(criterion().addIndicator(f1()).addIndicator(f2()).addIndicator(o1()));
    assertMentions(e, "criterion 1.1", "exactly four indicators", "has 3");
  }

  @Test
  void criterionWithFiveIndicatorsIsRejected() {
    IllegalArgumentException e = refused(criterion()
        .addIndicator(f1()).addIndicator(f2()).addIndicator(o1()).addIndicator(o2()).addIndicator(o2()));
    assertMentions(e, "criterion 1.1", "exactly four indicators", "has 5");
  }

  @Test
  void criterionWithoutIndicatorsIsRejected() {
    assertMentions(refused(criterion()), "criterion 1.1", "exactly four indicators", "has 0");
  }

  @Test
  void criterionWithTwoFrameworkLevelOneIndicatorsIsRejected() {
    Indicator otherF1 = Indicator.of(ID, Dimension.FRAMEWORK, Level.ONE, LocalizedText.of("Another F1"));
    IllegalArgumentException e = refused(criterion()
        .addIndicator(f1()).addIndicator(otherF1).addIndicator(o1()).addIndicator(o2()));
    assertMentions(e, "criterion 1.1", "exactly one indicator per dimension and level", "1.1-F1 appears twice");
  }

  @Test
  void criterionWithAnIndicatorOfAnotherCriterionIsRejected() {
    Indicator foreign = indicator(CriterionId.of("1.2"), Dimension.OPERATIONAL, Level.TWO);
    IllegalArgumentException e = refused(criterion()
        .addIndicator(f1()).addIndicator(f2()).addIndicator(o1()).addIndicator(foreign));
    assertMentions(e, "criterion 1.1", "indicator 1.2-O2 belongs to criterion 1.2");
  }

  @Test
  void copyWithThreeIndicatorsIsRejectedLikeANewCriterion() {
    Criterion c = criterion().addIndicator(f1()).addIndicator(f2()).addIndicator(o1()).addIndicator(o2()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.withIndicators(List.of(f1(), f2(), o1())));
    assertMentions(e, "criterion 1.1", "exactly four indicators");
  }

  @Test
  void indicatorIdNamesCriterionDimensionAndLevel() {
    assertEquals(IndicatorId.parse("1.1-O2"), o2().id());
    assertEquals("1.1-O2", o2().id().toString());
  }
}
