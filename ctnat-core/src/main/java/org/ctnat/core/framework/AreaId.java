package org.ctnat.core.framework;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of a thematic area: {@code "1"} (identification and referral) to {@code "5"}
 * (cooperation and coordination) in the standard instrument.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back.
 *
 * @param value the id: letters, digits, '.', '_' or '-', at most 64 characters
 */
public record AreaId(String value) implements Comparable<AreaId> {

  /** Checks the id. */
  public AreaId {
    Checks.matches("area id", value, Checks.ID);
  }

  /**
   * The area id with this value.
   *
   * @param value such as {@code "1"}
   * @return the id
   */
  public static AreaId of(String value) {
    return new AreaId(value);
  }

  @Override
  public int compareTo(AreaId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
