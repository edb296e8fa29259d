package org.ctnat.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ctnat.core.assessment.AssessmentId;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.InstrumentId;

/**
 * Several assessments made with one instrument, side by side ({@link Comparisons#of}): countries
 * compared in one table, as the CT-NAT report's table is meant to be used, or rounds in one
 * country over time. Per indicator the status in each assessment; per criterion and area the
 * scores; between consecutive assessments what was newly met and what regressed.
 *
 * <p>Columns are in the order the assessments were given (the same assessment may appear more
 * than once); rows are in instrument order. Each column is the {@link GapReport} of its assessment.
 *
 * <p>{@code toString()} prints the indicator table with {@value CriterionProfile#MARKER} on flagged
 * cells, the criterion scores, the area totals and the changes.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param instrument the instrument id shared by all the assessments
 * @param reports the gap report of each assessment, in the order given; at least one
 * @param steps the changes between consecutive assessments, one fewer than the reports
 */
public record Comparison(InstrumentId instrument, List<GapReport> reports, List<ComparisonStep> steps) {

  /** Copies the lists and checks their sizes. */
  public Comparison {
    Objects.requireNonNull(instrument, "comparison: instrument");
    reports = List.copyOf(reports);
    steps = List.copyOf(steps);
    if (reports.isEmpty() || steps.size() != reports.size() - 1) {
      throw new IllegalArgumentException("comparison of " + instrument
          + ": needs at least one report and one step fewer than reports, but has " + reports.size()
          + " reports and " + steps.size() + " steps");
    }
  }

  /**
   * The assessments compared, in the order given.
   *
   * @return the assessment ids
   */
  public List<AssessmentId> assessments() {
    return reports.stream().map(GapReport::assessment).toList();
  }

  /**
   * The indicators compared: every indicator of the instrument.
   *
   * @return the indicator ids, in instrument order
   */
  public List<IndicatorId> indicators() {
    return reports.get(0).criteria().stream().flatMap(c -> c.indicators().stream()).toList();
  }

  /**
   * One indicator's status in each assessment.
   *
   * @param indicator the indicator
   * @return one status per assessment, in order; empty where not judged
   * @throws IllegalArgumentException if the instrument has no such indicator
   */
  public List<Optional<JudgementStatus>> statuses(IndicatorId indicator) {
    return reports.stream().map(r -> r.status(indicator)).toList();
  }

  /**
   * One criterion's score in each assessment.
   *
   * @param criterion the criterion
   * @return one score (0–4) per assessment, in order
   * @throws IllegalArgumentException if the instrument has no such criterion
   */
  public List<Integer> criterionScores(CriterionId criterion) {
    return reports.stream().map(r -> r.criterion(criterion).orElseThrow(() -> new IllegalArgumentException(
        "comparison of " + instrument + ": the instrument has no criterion " + criterion)).score()).toList();
  }

  /**
   * How many of one area's indicators are met in each assessment.
   *
   * @param area the area
   * @return one count per assessment, in order
   * @throws IllegalArgumentException if the instrument has no such area
   */
  public List<Integer> areaMet(AreaId area) {
    return reports.stream().map(r -> area(r, area).met()).toList();
  }

  /**
   * One area's mean criterion score in each assessment.
   *
   * @param area the area
   * @return one mean per assessment, in order; empty for an area without criteria
   * @throws IllegalArgumentException if the instrument has no such area
   */
  public List<OptionalDouble> areaMeanScores(AreaId area) {
    return reports.stream().map(r -> area(r, area).meanScore()).toList();
  }

  private AreaProfile area(GapReport report, AreaId area) {
    return report.area(area).orElseThrow(() -> new IllegalArgumentException(
        "comparison of " + instrument + ": the instrument has no area " + area));
  }

  @Override
  public String toString() {
    String nl = System.lineSeparator();
    List<String> ids = assessments().stream().map(AssessmentId::value).toList();
    int width = Math.max(6, ids.stream().mapToInt(String::length).max().orElse(0));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Comparison of %d assessment%s of %s",
        ids.size(), ids.size() == 1 ? "" : "s", instrument));
    out.append(nl).append(row("indicator", ids, width));
    for (IndicatorId indicator : indicators()) {
      out.append(nl).append(row(indicator.toString(),
          statuses(indicator).stream().map(CriterionProfile::cell).toList(), width));
    }
    out.append(nl).append(row("score", ids, width));
    for (CriterionProfile criterion : reports.get(0).criteria()) {
      out.append(nl).append(row(criterion.criterion().toString(), criterionScores(criterion.criterion()).stream()
          .map(s -> s + "/" + CriterionProfile.MAX_SCORE).toList(), width));
    }
    for (AreaProfile area : reports.get(0).areas()) {
      out.append(nl).append(row("area " + area.area(), areaMet(area.area()).stream()
          .map(m -> m + "/" + area.indicators()).toList(), width));
    }
    out.append(nl).append(row("total", reports.stream().map(r -> r.met() + "/" + r.indicators()).toList(), width));
    out.append(nl).append("  ").append(CriterionProfile.legend());
    steps.forEach(s -> out.append(nl).append("  ").append(s));
    return out.toString();
  }

  /** One line of the table: the label, then one padded cell per assessment. */
  private static String row(String label, List<String> cells, int width) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", label));
    cells.forEach(c -> line.append(String.format(Locale.ROOT, "  %-" + width + "s", c)));
    return line.toString().stripTrailing();
  }
}
