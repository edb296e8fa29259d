package org.ctnat.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ctnat.core.assessment.AssessmentId;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;

/**
 * The gap analysis of one assessment ({@link Gaps#of}): the report's indicator table — per area,
 * per criterion, the status of the four indicators with the ones not met marked — the indicators
 * identified for potential improvement, the kinds of gap per criterion, and the consistency
 * warnings.
 *
 * <p>Every list is in instrument order (areas, then criteria, then F1, F2, O1, O2). An indicator
 * is <em>flagged</em> iff it is not met: judged not met, undetermined, or not judged at all; the
 * undetermined and unjudged indicators are also listed on their own, because they call for more
 * evidence rather than for improvement. The numbers add up: {@link #met()} plus the number flagged
 * is {@link #indicators()}.
 *
 * <p>{@code toString()} prints the indicator table, area by area, with {@value
 * CriterionProfile#MARKER} on flagged cells, and the warnings.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param assessment the assessment analysed
 * @param areas the area profiles, in instrument order
 * @param warnings the consistency warnings, by indicator in instrument order, then by kind
 */
public record GapReport(AssessmentId assessment, List<AreaProfile> areas, List<ConsistencyWarning> warnings) {

  /** Copies the lists and checks for nulls. */
  public GapReport {
    Objects.requireNonNull(assessment, "gap report: assessment");
    areas = List.copyOf(areas);
    warnings = List.copyOf(warnings);
  }

  /**
   * Every criterion's profile, area by area.
   *
   * @return the profiles, in instrument order
   */
  public List<CriterionProfile> criteria() {
    return areas.stream().flatMap(a -> a.criteria().stream()).toList();
  }

  /**
   * One criterion's profile.
   *
   * @param criterion the criterion id
   * @return the profile, or empty if the instrument has no such criterion
   */
  public Optional<CriterionProfile> criterion(CriterionId criterion) {
    return criteria().stream().filter(c -> c.criterion().equals(criterion)).findFirst();
  }

  /**
   * One area's profile.
   *
   * @param area the area id
   * @return the profile, or empty if the instrument has no such area
   */
  public Optional<AreaProfile> area(AreaId area) {
    return areas.stream().filter(a -> a.area().equals(area)).findFirst();
  }

  /**
   * The status of one indicator.
   *
   * @param indicator the indicator id
   * @return the status, or empty if not judged
   * @throws IllegalArgumentException if the instrument has no such indicator
   */
  public Optional<JudgementStatus> status(IndicatorId indicator) {
    return criterion(indicator.criterion())
        .orElseThrow(() -> new IllegalArgumentException("gap report of " + assessment
            + ": the instrument has no criterion " + indicator.criterion() + ", so no indicator " + indicator))
        .status(indicator.dimension(), indicator.level());
  }

  /**
   * Whether an indicator is identified for potential improvement.
   *
   * @param indicator the indicator id
   * @return true iff it is not met
   * @throws IllegalArgumentException if the instrument has no such indicator
   */
  public boolean isFlagged(IndicatorId indicator) {
    return status(indicator).filter(JudgementStatus::isMet).isEmpty();
  }

  /**
   * The indicators identified for potential improvement: every indicator not met.
   *
   * @return the indicator ids, in instrument order
   */
  public List<IndicatorId> flagged() {
    return criteria().stream().flatMap(c -> c.flagged().stream()).toList();
  }

  /**
   * The indicators judged undetermined (also among {@link #flagged()}).
   *
   * @return the indicator ids, in instrument order
   */
  public List<IndicatorId> undetermined() {
    return flagged().stream().filter(i -> status(i).filter(s -> s == JudgementStatus.UNDETERMINED).isPresent())
        .toList();
  }

  /**
   * The indicators with no judgement (also among {@link #flagged()}).
   *
   * @return the indicator ids, in instrument order
   */
  public List<IndicatorId> unjudged() {
    return flagged().stream().filter(i -> status(i).isEmpty()).toList();
  }

  /**
   * How many indicators are met.
   *
   * @return the sum of all criteria scores
   */
  public int met() {
    return areas.stream().mapToInt(AreaProfile::met).sum();
  }

  /**
   * How many indicators the instrument has.
   *
   * @return four per criterion
   */
  public int indicators() {
    return areas.stream().mapToInt(AreaProfile::indicators).sum();
  }

  /**
   * The criteria that show one kind of gap.
   *
   * @param kind the kind of gap
   * @return the criteria ids, in instrument order
   */
  public List<CriterionId> criteriaWith(GapKind kind) {
    return criteria().stream().filter(c -> c.gaps().contains(kind)).map(CriterionProfile::criterion).toList();
  }

  /**
   * The warnings of one kind.
   *
   * @param kind the kind of warning
   * @return the warnings, in instrument order
   */
  public List<ConsistencyWarning> warnings(ConsistencyWarning.Kind kind) {
    return warnings.stream().filter(w -> w.kind() == kind).toList();
  }

  @Override
  public String toString() {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Gap analysis of %s: %d of %d indicators met, %d identified for potential improvement",
        assessment, met(), indicators(), indicators() - met()));
    out.append(nl).append(String.format(Locale.ROOT, "  %-9s %-5s %-5s %-5s %-5s  score  gaps",
        "criterion", "F1", "F2", "O1", "O2"));
    for (AreaProfile area : areas) {
      out.append(nl).append("  ").append(area.heading());
      area.criteria().forEach(c -> out.append(nl).append("  ").append(c));
    }
    out.append(nl).append("  ").append(CriterionProfile.legend());
    if (!warnings.isEmpty()) {
      out.append(nl).append("  ").append(warnings.size()).append(warnings.size() == 1 ? " warning:" : " warnings:");
      warnings.forEach(w -> out.append(nl).append("    ").append(w));
    }
    return out.toString();
  }
}
