package org.ctnat.core.questionbank;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of a section of the survey or of the interview guide: {@code "1"} to {@code "8"} in the standard instrument.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back. Ids order
 * numerically part by part ({@code 4.1.9} before {@code 4.1.10}).
 *
 * @param value the id: letters, digits, '.', '_' or '-', at most 64 characters
 */
public record SectionId(String value) implements Comparable<SectionId> {

  /** Checks the id. */
  public SectionId {
    Checks.matches("section id", value, Checks.ID);
  }

  /**
   * The id with this value.
   *
   * @param value such as {@code "3"}
   * @return the id
   */
  public static SectionId of(String value) {
    return new SectionId(value);
  }

  @Override
  public int compareTo(SectionId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
