package org.ctnat.core.framework;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of a criterion, numbered within its area: {@code "1.3"} is the third criterion of
 * area 1 (indicators, screening checklists and other identification tools).
 *
 * <p>Ids order numerically part by part, so {@code 1.10} comes after {@code 1.9}.
 * {@code toString()} returns the id, and {@link #of(String)} reads it back.
 *
 * @param value the id: letters, digits, '.', '_' or '-', at most 64 characters
 */
public record CriterionId(String value) implements Comparable<CriterionId> {

  /** Checks the id. */
  public CriterionId {
    Checks.matches("criterion id", value, Checks.ID);
  }

  /**
   * The criterion id with this value.
   *
   * @param value such as {@code "1.3"}
   * @return the id
   */
  public static CriterionId of(String value) {
    return new CriterionId(value);
  }

  @Override
  public int compareTo(CriterionId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
