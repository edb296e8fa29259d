package org.ctnat.core.assessment;

/**
 * What an assessor concluded about one indicator from the evidence.
 *
 * <p>Every status other than {@link #MET} flags the indicator as an "area identified for
 * potential improvement" in the gap analysis; {@link #UNDETERMINED} is also listed apart, because
 * it says the evidence did not allow a judgement rather than that the indicator fails.
 */
public enum JudgementStatus {
  /** The evidence shows the indicator is met. */
  MET,
  /** The evidence shows the indicator is not met: an area for potential improvement. */
  NOT_MET,
  /** The evidence was insufficient or contradictory; no judgement could be made. */
  UNDETERMINED;

  /**
   * Whether the indicator is met.
   *
   * @return true only for {@link #MET}
   */
  public boolean isMet() {
    return this == MET;
  }
}
