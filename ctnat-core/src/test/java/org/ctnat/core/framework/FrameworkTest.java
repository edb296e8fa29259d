package org.ctnat.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Thematic areas and the framework: criterion ids unique within an area and across areas. */
class FrameworkTest {

  private static Criterion criterion(String id) {
    return Criterion.of(CriterionId.of(id), LocalizedText.of("Criterion " + id),
        LocalizedText.of("F1"), LocalizedText.of("F2"), LocalizedText.of("O1"), LocalizedText.of("O2"));
  }

  private static ThematicArea area(String id, String... criteria) {
    return ThematicArea.of(AreaId.of(id), LocalizedText.of("Area " + id),
        List.of(criteria).stream().map(FrameworkTest::criterion).toList());
  }

  @Test
  void areaWithTheSameCriterionIdTwiceIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> area("1", "1.1", "1.2", "1.1"));
    assertTrue(e.getMessage().contains("area 1"), e.getMessage());
    assertTrue(e.getMessage().contains("criterion ids must be unique"), e.getMessage());
    assertTrue(e.getMessage().contains("'1.1'"), e.getMessage());
  }

  @Test
  void frameworkWithTheSameCriterionIdInTwoAreasIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Framework.of(List.of(area("1", "1.1"), area("2", "2.1", "1.1"))));
    assertTrue(e.getMessage().contains("framework"), e.getMessage());
    assertTrue(e.getMessage().contains("criterion ids must be unique"), e.getMessage());
    assertTrue(e.getMessage().contains("'1.1'"), e.getMessage());
  }

  @Test
  void frameworkWithTheSameAreaIdTwiceIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Framework.of(List.of(area("1", "1.1"), area("1", "1.2"))));
    assertTrue(e.getMessage().contains("framework"), e.getMessage());
    assertTrue(e.getMessage().contains("area ids must be unique"), e.getMessage());
  }

  @Test
  void areaCopyWithADuplicateCriterionIsRejected() {
    ThematicArea area = area("1", "1.1");
    assertThrows(IllegalArgumentException.class, () -> area.withCriteria(List.of(criterion("1.1"), criterion("1.1"))));
  }

  @Test
  void frameworkFindsCriteriaIndicatorsAndTheirAreas() {
    Framework framework = Framework.of(List.of(area("1", "1.1", "1.2"), area("2", "2.1")));
    assertEquals(3, framework.criteria().size());
    assertEquals(12, framework.indicators().size());
    assertEquals(AreaId.of("2"), framework.areaOf(CriterionId.of("2.1")).orElseThrow().id());
    assertEquals("O1", framework.indicator(IndicatorId.parse("1.2-O1")).orElseThrow().statement().english());
    assertTrue(framework.indicator(IndicatorId.parse("9.9-O1")).isEmpty());
    assertTrue(framework.area(AreaId.of("3")).isEmpty());
  }

  @Test
  void emptyAreaIsAllowed() {
    assertTrue(area("5").criteria().isEmpty());
  }
}
