package org.ctnat.core.framework;

import java.util.List;
import java.util.Optional;
import org.ctnat.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A thematic area of the CT-NAT framework — identification and referral, protection and
 * assistance, investigation and prosecution, prevention, or cooperation and coordination —
 * with its criteria (five in the standard instrument; an adapted instrument may have more or
 * fewer).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThematicArea {

  ThematicArea() {}

  /**
   * The area's id, e.g. {@code 1}.
   *
   * @return the id
   */
  public abstract AreaId id();

  /**
   * The area's title, e.g. "Identification and referral".
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The criteria, in instrument order.
   *
   * @return the criteria, possibly empty
   */
  public abstract List<Criterion> criteria();

  /**
   * An area.
   *
   * @param id the id
   * @param title the title
   * @param criteria the criteria
   * @return the area
   */
  public static ThematicArea of(AreaId id, LocalizedText title, List<Criterion> criteria) {
    return builder().id(id).title(title).addAllCriteria(criteria).build();
  }

  /**
   * A builder for an area.
   *
   * @return a new builder
   */
  public static ImmutableThematicArea.Builder builder() {
    return ImmutableThematicArea.builder();
  }

  /**
   * One of this area's criteria.
   *
   * @param id the criterion id
   * @return the criterion, or empty if the area has none with that id
   */
  public Optional<Criterion> criterion(CriterionId id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * A copy with another title.
   *
   * @param title the new title
   * @return the copy
   */
  public abstract ThematicArea withTitle(LocalizedText title);

  /**
   * A copy with other criteria.
   *
   * @param criteria the criteria
   * @return the copy
   */
  public abstract ThematicArea withCriteria(Iterable<? extends Criterion> criteria);

  @Value.Check
  void check() {
    Checks.unique("area " + id(), "criterion id", criteria(), Criterion::id);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(id()).append(' ').append(title());
    for (Criterion criterion : criteria()) {
      out.append(System.lineSeparator()).append("  ").append(criterion.id()).append(' ')
          .append(criterion.title());
    }
    return out.toString();
  }
}
