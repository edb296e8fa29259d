package org.ctnat.core.questionbank;

import org.ctnat.core.internal.Checks;
import org.ctnat.core.internal.Ids;

/**
 * The id of a question of the interview guide, numbered as in the guide: {@code "3.3"}.
 *
 * <p>{@code toString()} returns the id, and {@link #of(String)} reads it back. Ids order
 * numerically part by part ({@code 4.1.9} before {@code 4.1.10}).
 *
 * @param value the id: letters, digits, '.', '_' or '-', at most 64 characters
 */
public record InterviewQuestionId(String value) implements Comparable<InterviewQuestionId> {

  /** Checks the id. */
  public InterviewQuestionId {
    Checks.matches("interview question id", value, Checks.ID);
  }

  /**
   * The id with this value.
   *
   * @param value such as {@code "3.3"}
   * @return the id
   */
  public static InterviewQuestionId of(String value) {
    return new InterviewQuestionId(value);
  }

  @Override
  public int compareTo(InterviewQuestionId other) {
    return Ids.compareNumbered(value, other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
