package org.ctnat.core.assessment;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The months an assessment covers, from the first to the last, both included — the period of the
 * desk review, interviews and survey ("October 2015 to March 2016").
 *
 * <p>{@code toString()} writes {@code 2015-10 – 2016-03} (ISO year-months around an en dash with
 * spaces) and {@link #parse(String)} reads it back; a one-month period is {@code 2016-03 – 2016-03}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param start the first month
 * @param end the last month, not before {@code start}
 */
public record AssessmentPeriod(YearMonth start, YearMonth end) implements Comparable<AssessmentPeriod> {

  private static final String SEPARATOR = " \u2013 ";

  /** Checks that the period does not end before it starts. */
  public AssessmentPeriod {
    Objects.requireNonNull(start, "assessment period: start");
    Objects.requireNonNull(end, "assessment period: end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("assessment period must not end before it starts, but ran from "
          + start + " to " + end);
    }
  }

  /**
   * The period between two months.
   *
   * @param start the first month
   * @param end the last month
   * @return the period
   */
  public static AssessmentPeriod of(YearMonth start, YearMonth end) {
    return new AssessmentPeriod(start, end);
  }

  /**
   * Reads a period written as {@code 2015-10 – 2016-03}; a hyphen with spaces ({@code 2015-10 - 2016-03})
   * is accepted as well.
   *
   * @param text the period
   * @return the period
   * @throws IllegalArgumentException if the text is not of that form or the period ends before it starts
   */
  public static AssessmentPeriod parse(String text) {
    Objects.requireNonNull(text, "assessment period");
    String[] parts = text.strip().split(" [\u2013-] ", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "assessment period must look like '2015-10 \u2013 2016-03', but was '" + text + "'");
    }
    try {
      return of(YearMonth.parse(parts[0].strip()), YearMonth.parse(parts[1].strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "assessment period must look like '2015-10 \u2013 2016-03', but was '" + text + "'", e);
    }
  }

  /**
   * How many months the period covers.
   *
   * @return at least 1
   */
  public long months() {
    return ChronoUnit.MONTHS.between(start, end) + 1;
  }

  /**
   * Whether the period covers a month.
   *
   * @param month the month
   * @return true if it is between start and end, both included
   */
  public boolean contains(YearMonth month) {
    return !month.isBefore(start) && !month.isAfter(end);
  }

  /** Orders periods by start, then by end. */
  @Override
  public int compareTo(AssessmentPeriod other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  @Override
  public String toString() {
    return start + SEPARATOR + end;
  }
}
