package org.ctnat.core.assessment;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of an assessment, such as {@code AZE-2016} for the 2016 assessment of Azerbaijan, or
 * {@code GEO-2018-r2} for the second round in Georgia.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back. The form is that of
 * respondent ids, so that validation can name the assessment as the subject of a violation.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param value letters, digits, '.', '_' or '-', at most 64 characters
 */
public record AssessmentId(String value) implements Comparable<AssessmentId> {

  /** Checks the id. */
  public AssessmentId {
    Checks.matches("assessment id", value, Checks.ID);
  }

  /**
   * The id with this value.
   *
   * @param value such as {@code "AZE-2016"}
   * @return the id
   */
  public static AssessmentId of(String value) {
    return new AssessmentId(value);
  }

  @Override
  public int compareTo(AssessmentId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
