package org.ctnat.core.questionbank;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of a response scale shared by grids: {@code "adequacy"}, {@code "frequency"}, {@code "agreement"}, {@code "ease"}.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back. Ids order
 * numerically part by part ({@code 4.1.9} before {@code 4.1.10}).
 *
 * @param value the id: letters, digits, '.', '_' or '-', at most 64 characters
 */
public record ScaleId(String value) implements Comparable<ScaleId> {

  /** Checks the id. */
  public ScaleId {
    Checks.matches("scale id", value, Checks.ID);
  }

  /**
   * The id with this value.
   *
   * @param value such as {@code "adequacy"}
   * @return the id
   */
  public static ScaleId of(String value) {
    return new ScaleId(value);
  }

  @Override
  public int compareTo(ScaleId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
