package org.ctnat.core.response;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Every violation found in some collected data, in the order found — never only the first.
 * Reports combine with {@link #plus(ValidationReport)}; {@link #empty()} is the report of valid
 * data.
 *
 * <p>{@code toString()} prints one violation per line, or "valid".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {

  private static final ValidationReport EMPTY = ImmutableValidationReport.builder().build();

  ValidationReport() {}

  /**
   * The violations, in the order found.
   *
   * @return the violations
   */
  public abstract List<Violation> violations();

  /**
   * The report of valid data.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * A report of these violations.
   *
   * @param violations the violations
   * @return the report
   */
  public static ValidationReport of(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : ImmutableValidationReport.builder().addAllViolations(violations).build();
  }

  /**
   * Whether no rule was broken.
   *
   * @return true if there are no violations
   */
  public boolean isValid() {
    return violations().isEmpty();
  }

  /**
   * This report followed by another.
   *
   * @param other the other report
   * @return the combined report
   */
  public ValidationReport plus(ValidationReport other) {
    if (other.isValid()) {
      return this;
    }
    if (isValid()) {
      return other;
    }
    List<Violation> all = new ArrayList<>(violations());
    all.addAll(other.violations());
    return of(all);
  }

  /**
   * The violations of one subject.
   *
   * @param subject the respondent, interview or group
   * @return its violations, in order
   */
  public List<Violation> of(RespondentId subject) {
    return violations().stream().filter(v -> v.subject().equals(subject)).toList();
  }

  /**
   * How many violations of each rule.
   *
   * @return counts by rule, only rules broken
   */
  public Map<ViolationRule, Integer> countByRule() {
    Map<ViolationRule, Integer> counts = new EnumMap<>(ViolationRule.class);
    violations().forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
    return counts;
  }

  @Override
  public String toString() {
    if (isValid()) {
      return "valid";
    }
    StringBuilder out = new StringBuilder(violations().size() + " violation"
        + (violations().size() == 1 ? "" : "s") + ":");
    violations().forEach(v -> out.append(System.lineSeparator()).append("  ").append(v));
    return out.toString();
  }
}
