package org.ctnat.core.questionbank;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of a survey item (a question, or a statement of a grid), numbered as in the survey: {@code "2.2"}, {@code "3.1.5"}.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back. Ids order
 * numerically part by part ({@code 4.1.9} before {@code 4.1.10}).
 *
 * @param value the id: letters, digits, '.', '_' or '-', at most 64 characters
 */
public record ItemId(String value) implements Comparable<ItemId> {

  /** Checks the id. */
  public ItemId {
    Checks.matches("item id", value, Checks.ID);
  }

  /**
   * The id with this value.
   *
   * @param value such as {@code "3.1.5"}
   * @return the id
   */
  public static ItemId of(String value) {
    return new ItemId(value);
  }

  @Override
  public int compareTo(ItemId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
