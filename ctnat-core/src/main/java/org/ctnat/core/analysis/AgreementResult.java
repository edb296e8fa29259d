package org.ctnat.core.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The agreement between coders — assessors judging the same indicators, or analysts coding the
 * same interviews — measured by Krippendorff's alpha ({@link Agreement}).
 *
 * <p>Alpha is 1 for perfect agreement, 0 when the coders agree no more than chance would make
 * them, and negative when they disagree systematically; Krippendorff advises relying on data with
 * alpha of at least 0.8 and drawing only tentative conclusions between 0.667 and 0.8. Alpha is
 * <em>undefined</em> (empty) when fewer than two values can be paired (no unit was coded by two
 * coders) or when the pairable values show no variation (every coder gave every unit the same
 * value), since then agreement cannot be told from chance.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param alpha the coefficient, or empty when undefined
 * @param units the units coded by at least one coder
 * @param coders the coders who gave at least one value
 * @param pairableValues the values in units coded by at least two coders (Krippendorff's n)
 */
public record AgreementResult(OptionalDouble alpha, int units, int coders, int pairableValues) {

  /** Checks the counts. */
  public AgreementResult {
    Objects.requireNonNull(alpha, "agreement result: alpha");
    if (units < 0 || coders < 0 || pairableValues < 0) {
      throw new IllegalArgumentException("agreement result: counts must not be negative, but were units="
          + units + ", coders=" + coders + ", pairableValues=" + pairableValues);
    }
  }

  @Override
  public String toString() {
    return "Krippendorff's alpha (nominal) " + (alpha.isPresent()
        ? String.format(Locale.ROOT, "%.3f", alpha.getAsDouble()) : "undefined")
        + ": " + units + " units, " + coders + " coders, " + pairableValues + " pairable values";
  }
}
