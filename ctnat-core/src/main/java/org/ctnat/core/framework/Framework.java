package org.ctnat.core.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The CT-NAT judgement framework: thematic areas, their criteria and the four indicators of
 * each criterion — the table of Annex E, and the table a report uses to compare countries.
 *
 * <p>Criterion ids are unique across the whole framework (checked when built). Lookups are
 * linear in the number of criteria (25 in the standard instrument).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Framework {

  Framework() {}

  /**
   * The thematic areas, in instrument order.
   *
   * @return the areas
   */
  public abstract List<ThematicArea> areas();

  /**
   * A framework of these areas.
   *
   * @param areas the areas
   * @return the framework
   */
  public static Framework of(List<ThematicArea> areas) {
    return ImmutableFramework.builder().addAllAreas(areas).build();
  }

  /**
   * A copy with other areas.
   *
   * @param areas the areas
   * @return the copy
   */
  public abstract Framework withAreas(Iterable<? extends ThematicArea> areas);

  /**
   * Every criterion, area by area.
   *
   * @return the criteria in instrument order
   */
  @Value.Lazy
  public List<Criterion> criteria() {
    List<Criterion> all = new ArrayList<>();
    areas().forEach(a -> all.addAll(a.criteria()));
    return Collections.unmodifiableList(all);
  }

  /**
   * Every indicator, criterion by criterion, each in the order F1, F2, O1, O2.
   *
   * @return the indicators in instrument order
   */
  @Value.Lazy
  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    criteria().forEach(c -> all.addAll(c.indicators()));
    return Collections.unmodifiableList(all);
  }

  /**
   * One area.
   *
   * @param id the area id
   * @return the area, or empty
   */
  public Optional<ThematicArea> area(AreaId id) {
    return areas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * One criterion.
   *
   * @param id the criterion id
   * @return the criterion, or empty
   */
  public Optional<Criterion> criterion(CriterionId id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * One indicator.
   *
   * @param id the indicator id
   * @return the indicator, or empty if its criterion does not exist
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return criterion(id.criterion()).map(c -> c.indicator(id.dimension(), id.level()));
  }

  /**
   * The area a criterion belongs to.
   *
   * @param id the criterion id
   * @return the area, or empty if no area has the criterion
   */
  public Optional<ThematicArea> areaOf(CriterionId id) {
    return areas().stream().filter(a -> a.criterion(id).isPresent()).findFirst();
  }

  @Value.Check
  void check() {
    Checks.unique("framework", "area id", areas(), ThematicArea::id);
    Checks.unique("framework", "criterion id", criteria(), Criterion::id);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("Framework: %d areas, %d criteria, %d indicators",
        areas().size(), criteria().size(), indicators().size()));
    for (ThematicArea area : areas()) {
      out.append(System.lineSeparator()).append(area);
    }
    return out.toString();
  }
}
