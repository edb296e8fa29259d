package org.ctnat.core.response;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The pseudonymous id of a survey respondent, an interview or a workshop group — in the
 * 2016 tool "first three letters of country + sur + number", e.g. {@code AZEsur1}, or
 * {@code AZEint3} for an interview. Never a name.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back.
 *
 * @param value letters, digits, '.', '_' or '-', at most 64 characters
 */
public record RespondentId(String value) implements Comparable<RespondentId> {

  /** Checks the id. */
  public RespondentId {
    Checks.matches("respondent id", value, Checks.ID);
  }

  /**
   * The id with this value.
   *
   * @param value such as {@code AZEsur1}
   * @return the id
   */
  public static RespondentId of(String value) {
    return new RespondentId(value);
  }

  @Override
  public int compareTo(RespondentId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
