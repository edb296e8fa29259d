package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.assessment.Assessment;
import org.ctnat.core.framework.IndicatorId;
import org.ctnat.core.instrument.Instrument;

/**
 * Compares assessments made with one instrument: countries side by side, or rounds in one country
 * over time (see {@link Comparison}).
 *
 * <p>Every assessment must have been made with the instrument's id. Versions may differ — a
 * revised version keeps the ids of the indicators it shares — so the instrument given defines the
 * rows, and judgements of indicators it lacks are left out; an indicator it has but an older
 * version lacked shows as not judged there. Pass the latest version to compare on its rows.
 *
 * <p>Stateless and thread-safe.
 */
public final class Comparisons {

  private Comparisons() {}

  /**
   * Compares assessments in the order given.
   *
   * @param instrument the instrument whose framework gives the rows
   * @param assessments the assessments, in column order (earliest round, or first country, first)
   * @return the comparison
   * @throws IllegalArgumentException if the list is empty or an assessment was made with an
   *     instrument of another id
   */
  public static Comparison of(Instrument instrument, List<Assessment> assessments) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("comparison of " + instrument.id() + ": needs at least one assessment");
    }
    for (Assessment assessment : assessments) {
      if (!assessment.instrumentId().equals(instrument.id())) {
        throw new IllegalArgumentException("comparison of " + instrument.id() + ": every assessment must use "
            + instrument.id() + ", but " + assessment.id() + " was made with " + assessment.instrumentId() + " "
            + assessment.instrumentVersion());
      }
    }
    List<GapReport> reports = assessments.stream().map(a -> Gaps.of(instrument, a)).toList();
    List<ComparisonStep> steps = new ArrayList<>();
    for (int i = 1; i < reports.size(); i++) {
      steps.add(step(reports.get(i - 1), reports.get(i)));
    }
    return new Comparison(instrument.id(), reports, steps);
  }

  private static ComparisonStep step(GapReport from, GapReport to) {
    List<IndicatorId> newlyMet = new ArrayList<>();
    List<IndicatorId> regressed = new ArrayList<>();
    for (CriterionProfile before : from.criteria()) {
      CriterionProfile after = to.criterion(before.criterion()).orElseThrow();
      for (IndicatorId indicator : before.indicators()) {
        boolean wasMet = before.isMet(indicator.dimension(), indicator.level());
        boolean isMet = after.isMet(indicator.dimension(), indicator.level());
        if (!wasMet && isMet) {
          newlyMet.add(indicator);
        } else if (wasMet && !isMet) {
          regressed.add(indicator);
        }
      }
    }
    return new ComparisonStep(from.assessment(), to.assessment(), newlyMet, regressed);
  }
}
