package org.ctnat.core.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * A count out of a stated denominator — "4 of 7" — with its proportion and, when the
 * denominator is not zero, a confidence interval.
 *
 * @param count how many
 * @param denominator out of how many
 */
public record Share(int count, int denominator) {

  /** The confidence level used when none is given: 95%. */
  public static final double DEFAULT_LEVEL = 0.95;

  /** Checks the counts. */
  public Share {
    if (count < 0 || denominator < 0 || count > denominator) {
      throw new IllegalArgumentException("share: need 0 <= count <= denominator, but was " + count
          + " of " + denominator);
    }
  }

  /**
   * The proportion.
   *
   * @return count / denominator, or empty when the denominator is zero
   */
  public Optional<Double> proportion() {
    return denominator == 0 ? Optional.empty() : Optional.of((double) count / denominator);
  }

  /**
   * The 95% Wilson interval.
   *
   * @return the interval, or empty when the denominator is zero
   */
  public Optional<ConfidenceInterval> interval() {
    return interval(IntervalMethod.WILSON, DEFAULT_LEVEL);
  }

  /**
   * A confidence interval.
   *
   * @param method how to compute it
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, or empty when the denominator is zero
   */
  public Optional<ConfidenceInterval> interval(IntervalMethod method, double level) {
    return denominator == 0 ? Optional.empty() : Optional.of(method.interval(count, denominator, level));
  }

  @Override
  public String toString() {
    return count + " of " + denominator + proportion()
        .map(p -> String.format(Locale.ROOT, " (%.0f%%, 95%% CI %s)", p * 100, interval().orElseThrow()))
        .orElse("");
  }
}
