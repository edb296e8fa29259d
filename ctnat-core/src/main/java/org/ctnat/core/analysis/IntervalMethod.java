package org.ctnat.core.analysis;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;

/**
 * How the confidence interval of a share is computed, from Apache Commons Statistics.
 * {@link #WILSON} is the default: it behaves well for the small samples and extreme shares
 * (0 of 7, 7 of 7) that needs assessments produce, where the normal approximation fails.
 */
public enum IntervalMethod {
  /** The Wilson score interval (default). */
  WILSON(BinomialConfidenceInterval.WILSON_SCORE),
  /** The Jeffreys interval (equal-tailed, Bayesian with the Jeffreys prior). */
  JEFFREYS(BinomialConfidenceInterval.JEFFREYS),
  /** The Clopper-Pearson "exact" interval: conservative, never narrower than it should be. */
  CLOPPER_PEARSON(BinomialConfidenceInterval.CLOPPER_PEARSON),
  /** The Agresti-Coull interval. */
  AGRESTI_COULL(BinomialConfidenceInterval.AGRESTI_COULL),
  /** The normal approximation (Wald); poor for small samples, offered for comparison. */
  NORMAL_APPROXIMATION(BinomialConfidenceInterval.NORMAL_APPROXIMATION);

  private final BinomialConfidenceInterval interval;

  IntervalMethod(BinomialConfidenceInterval interval) {
    this.interval = interval;
  }

  /**
   * The interval for {@code count} successes in {@code denominator} trials.
   *
   * @param count the successes, 0 to denominator
   * @param denominator the trials, at least 1
   * @param level the confidence level, strictly between 0 and 1 (e.g. 0.95)
   * @return the interval
   * @throws IllegalArgumentException if the arguments are out of range
   */
  public ConfidenceInterval interval(int count, int denominator, double level) {
    if (denominator < 1 || count < 0 || count > denominator) {
      throw new IllegalArgumentException("confidence interval: need 0 <= count <= denominator and "
          + "denominator >= 1, but count was " + count + " and denominator " + denominator);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, but was " + level);
    }
    var result = interval.fromErrorRate(denominator, count, 1 - level);
    // rounding can put a bound a hair outside [0, 1] (e.g. -7e-18 for 0 of 31)
    double lower = Math.min(1, Math.max(0, result.getLowerBound()));
    double upper = Math.min(1, Math.max(lower, result.getUpperBound()));
    return new ConfidenceInterval(lower, upper, level, this);
  }
}
