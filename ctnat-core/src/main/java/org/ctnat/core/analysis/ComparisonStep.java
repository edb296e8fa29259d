package org.ctnat.core.analysis;

import java.util.List;
import java.util.Objects;
import org.ctnat.core.assessment.AssessmentId;
import org.ctnat.core.framework.IndicatorId;

/**
 * What changed between two consecutive assessments of a {@link Comparison}: the indicators
 * <em>newly met</em> (not met in the first — not met, undetermined or not judged — and met in the
 * second) and those that <em>regressed</em> (met in the first, not met in the second, for whatever
 * reason; the statuses in the comparison tell which).
 *
 * <p>Lists are in instrument order. Between two rounds in one country this is progress and
 * backsliding; between two countries side by side, it is where the second is ahead and behind.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param from the earlier (or left) assessment
 * @param to the later (or right) assessment
 * @param newlyMet the indicators met in {@code to} but not in {@code from}
 * @param regressed the indicators met in {@code from} but not in {@code to}
 */
public record ComparisonStep(AssessmentId from, AssessmentId to, List<IndicatorId> newlyMet,
    List<IndicatorId> regressed) {

  /** Copies the lists and checks for nulls. */
  public ComparisonStep {
    Objects.requireNonNull(from, "comparison step: from");
    Objects.requireNonNull(to, "comparison step: to");
    newlyMet = List.copyOf(newlyMet);
    regressed = List.copyOf(regressed);
  }

  /**
   * Whether nothing changed from met to not met or back.
   *
   * @return true if no indicator is newly met and none regressed
   */
  public boolean isUnchanged() {
    return newlyMet.isEmpty() && regressed.isEmpty();
  }

  @Override
  public String toString() {
    return from + " \u2192 " + to + ": newly met " + (newlyMet.isEmpty() ? "none" : newlyMet)
        + "; regressed " + (regressed.isEmpty() ? "none" : regressed);
  }
}
