package org.ctnat.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.framework.LocalizedText;

/**
 * The indicator table of one thematic area: its criteria's profiles in instrument order, how
 * many of its indicators are met out of how many, and the mean criterion score.
 *
 * <p>An area without criteria (possible in an adapted instrument) has no indicators and no mean
 * score. {@code toString()} is the area's block of the table: a heading line, then one row per
 * criterion.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param area the area
 * @param title the area's title
 * @param criteria the profiles of its criteria, in instrument order
 */
public record AreaProfile(AreaId area, LocalizedText title, List<CriterionProfile> criteria) {

  /** Copies the list and checks for nulls. */
  public AreaProfile {
    Objects.requireNonNull(area, "area profile: area");
    Objects.requireNonNull(title, "area profile " + area + ": title");
    criteria = List.copyOf(criteria);
  }

  /**
   * How many of the area's indicators are met.
   *
   * @return the sum of the criteria scores
   */
  public int met() {
    return criteria.stream().mapToInt(CriterionProfile::score).sum();
  }

  /**
   * How many indicators the area has.
   *
   * @return four per criterion
   */
  public int indicators() {
    return CriterionProfile.MAX_SCORE * criteria.size();
  }

  /**
   * The mean of the criteria scores.
   *
   * @return between 0 and 4, or empty when the area has no criteria
   */
  public OptionalDouble meanScore() {
    return criteria.stream().mapToInt(CriterionProfile::score).average();
  }

  /**
   * The area's indicators identified for potential improvement.
   *
   * @return the indicator ids, in instrument order
   */
  public List<IndicatorId> flagged() {
    return criteria.stream().flatMap(c -> c.flagged().stream()).toList();
  }

  /**
   * The profile of one of the area's criteria.
   *
   * @param criterion the criterion id
   * @return the profile, or empty if the area has no such criterion
   */
  public Optional<CriterionProfile> criterion(CriterionId criterion) {
    return criteria.stream().filter(c -> c.criterion().equals(criterion)).findFirst();
  }

  /** The heading line of the area's block. */
  String heading() {
    return String.format(Locale.ROOT, "area %s %s: %d of %d met%s", area, title, met(), indicators(),
        meanScore().isPresent() ? String.format(Locale.ROOT, ", mean score %.2f", meanScore().getAsDouble()) : "");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(heading());
    criteria.forEach(c -> out.append(System.lineSeparator()).append("  ").append(c));
    return out.toString();
  }
}
