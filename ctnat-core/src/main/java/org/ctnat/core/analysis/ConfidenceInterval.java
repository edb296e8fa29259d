package org.ctnat.core.analysis;

import java.util.Locale;

/**
 * A confidence interval for a share, as proportions between 0 and 1.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 * @param level the confidence level, e.g. 0.95
 * @param method how it was computed
 */
public record ConfidenceInterval(double lower, double upper, double level, IntervalMethod method) {

  /** Checks the bounds. */
  public ConfidenceInterval {
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      throw new IllegalArgumentException("confidence interval: need 0 <= lower <= upper <= 1, but was ["
          + lower + ", " + upper + "]");
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.0f–%.0f%%", lower * 100, upper * 100);
  }
}
